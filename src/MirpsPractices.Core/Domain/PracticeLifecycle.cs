namespace MirpsPractices.Core.Domain;

/// <summary>The lifecycle state machine of domain.md: which actor may take which action from which state.</summary>
public static class PracticeLifecycle
{
    public sealed record Transition(LifecycleAction Action, PracticeState From, PracticeState To, LifecycleActor Actor, bool CommentRequired);

    public static readonly IReadOnlyList<Transition> Transitions =
    [
        new(LifecycleAction.Submit, PracticeState.Draft, PracticeState.Submitted, LifecycleActor.Submitter, false),
        new(LifecycleAction.Submit, PracticeState.ChangesRequested, PracticeState.Submitted, LifecycleActor.Submitter, false),
        new(LifecycleAction.ReturnToDraft, PracticeState.Submitted, PracticeState.Draft, LifecycleActor.Submitter, false),
        new(LifecycleAction.StartReview, PracticeState.Submitted, PracticeState.InReview, LifecycleActor.Moderator, false),
        new(LifecycleAction.RequestChanges, PracticeState.InReview, PracticeState.ChangesRequested, LifecycleActor.Moderator, true),
        new(LifecycleAction.Publish, PracticeState.InReview, PracticeState.Published, LifecycleActor.Moderator, false),
        new(LifecycleAction.Reject, PracticeState.InReview, PracticeState.Rejected, LifecycleActor.Moderator, true),
        new(LifecycleAction.WithdrawFromPublication, PracticeState.Published, PracticeState.ChangesRequested, LifecycleActor.Moderator, true),
        new(LifecycleAction.Archive, PracticeState.Published, PracticeState.Archived, LifecycleActor.Moderator, false),
        new(LifecycleAction.Archive, PracticeState.Rejected, PracticeState.Archived, LifecycleActor.Moderator, false),
    ];

    public static Transition? Find(PracticeState from, LifecycleAction action, LifecycleActor actor) =>
        Transitions.FirstOrDefault(t => t.From == from && t.Action == action && t.Actor == actor);

    public static IEnumerable<Transition> AvailableFrom(PracticeState from, LifecycleActor actor) =>
        Transitions.Where(t => t.From == from && t.Actor == actor);

    /// <summary>States in which the submitter may still change the content.</summary>
    public static bool IsEditableBySubmitter(PracticeState state) =>
        state is PracticeState.Draft or PracticeState.ChangesRequested;
}

public sealed class IllegalTransitionException(PracticeState from, LifecycleAction action, LifecycleActor actor)
    : InvalidOperationException($"{actor} may not {action} a practice in state {from}.")
{
    public PracticeState From { get; } = from;
    public LifecycleAction Action { get; } = action;
    public LifecycleActor Actor { get; } = actor;
}

public sealed class CommentRequiredException(LifecycleAction action)
    : InvalidOperationException($"{action} requires a comment.")
{
    public LifecycleAction Action { get; } = action;
}
