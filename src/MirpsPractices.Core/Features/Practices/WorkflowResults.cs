using MirpsPractices.Core.Domain;

namespace MirpsPractices.Core.Features.Practices;

/// <summary>What the authorization handlers need to know about a practice, without loading its content.</summary>
public sealed record PracticeAccess(int Id, string SubmitterId, PracticeState State, int? RevisionOfId)
{
    public bool IsPublic => State == PracticeState.Published && RevisionOfId is null;
}

public enum WorkflowOutcome
{
    Ok,
    NotFound,
    /// <summary>Someone else changed the practice since the form was loaded; nothing was written.</summary>
    Conflict,
    /// <summary>The lifecycle does not allow the action in the current state.</summary>
    NotAllowed,
    CommentRequired,
    SafeguardingRequired,
    Invalid,
}

public sealed record WorkflowResult(WorkflowOutcome Outcome, Guid? ConcurrencyStamp = null, int? PracticeId = null)
{
    /// <summary>True when an idempotent request was a repeat and returned what the first one created.</summary>
    public bool Replayed { get; init; }

    public bool Succeeded => Outcome == WorkflowOutcome.Ok;

    public static WorkflowResult Ok(Guid stamp, int? practiceId = null) => new(WorkflowOutcome.Ok, stamp, practiceId);

    public static WorkflowResult Fail(WorkflowOutcome outcome) => new(outcome);
}

/// <summary>The mail boundary of the workflow, implemented by the web host (it owns the localized texts).</summary>
public interface IWorkflowNotifier
{
    /// <summary>To every moderator: a practice was submitted (or resubmitted) and waits in the queue.</summary>
    Task PracticeSubmittedAsync(int practiceId, string title, CancellationToken cancellationToken = default);

    /// <summary>To the submitter: a moderator decided (changes requested, published, rejected, archived, withdrawn).</summary>
    Task DecisionMadeAsync(int practiceId, string title, string submitterId, LifecycleAction action, string? comment, CancellationToken cancellationToken = default);
}
