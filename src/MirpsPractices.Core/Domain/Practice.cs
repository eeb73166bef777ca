namespace MirpsPractices.Core.Domain;

/// <summary>A good practice of coordination in a labour-integration programme (domain.md).</summary>
public class Practice : IHasConcurrencyStamp
{
    public int Id { get; set; }

    /// <summary>Readable, stable part of the public URL; the id keeps it unique.</summary>
    public string Slug { get; set; } = "";
    public string Title { get; set; } = "";
    public string Summary { get; set; } = "";
    public string Context { get; set; } = "";
    public string Description { get; set; } = "";
    public string? Locality { get; set; }
    public DateOnly? StartDate { get; set; }
    public DateOnly? EndDate { get; set; }
    public ImplementationStatus ImplementationStatus { get; set; }
    public string Results { get; set; } = "";
    public PracticeIndicators Indicators { get; set; } = new();
    public string AgeGenderDiversityApproach { get; set; } = "";
    public string Challenges { get; set; } = "";
    public string LessonsLearned { get; set; } = "";
    public string ReplicationConditions { get; set; } = "";
    public string SustainabilityAndFunding { get; set; } = "";

    /// <summary>Language the record is written in ("es" or "en"); content is never machine-translated.</summary>
    public string Language { get; set; } = RecordLanguages.Spanish;

    public PracticeState State { get; private set; } = PracticeState.Draft;
    public required string SubmitterId { get; set; }
    public ApplicationUser? Submitter { get; set; }
    public int? SubmitterOrganisationId { get; set; }
    public string? AssignedModeratorId { get; set; }
    public int? CallForPracticesId { get; set; }

    /// <summary>When set, this row is a proposed revision of a published practice, which stays public until the revision is published.</summary>
    public int? RevisionOfId { get; set; }

    /// <summary>Number of the last submitted version (0 while never submitted).</summary>
    public int CurrentVersion { get; set; }

    public DateTime CreatedAtUtc { get; set; }
    public DateTime UpdatedAtUtc { get; set; }
    public DateTime? SubmittedAtUtc { get; set; }
    public DateTime? PublishedAtUtc { get; set; }
    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();

    public List<PracticeCountry> Countries { get; set; } = [];
    public List<PracticeSubnationalArea> SubnationalAreas { get; set; } = [];
    public List<PracticeStrategyArea> StrategyAreas { get; set; } = [];
    public List<PracticePopulation> Populations { get; set; } = [];
    public List<PracticeOrganisation> Organisations { get; set; } = [];
    public List<PracticeMechanism> Mechanisms { get; set; } = [];
    public List<PracticeIndicator> OtherIndicators { get; set; } = [];
    public List<PracticeEvidenceLink> EvidenceLinks { get; set; } = [];
    public List<PracticeBuildingBlock> BuildingBlocks { get; set; } = [];
    public List<PracticeCriterionAssessment> Criteria { get; set; } = [];
    public List<PracticeStateChange> StateChanges { get; set; } = [];

    public bool IsPublic => State == PracticeState.Published && RevisionOfId is null;

    /// <summary>Applies a lifecycle action, refusing an illegal transition, and records it in the audit trail.</summary>
    public PracticeStateChange Apply(LifecycleAction action, LifecycleActor actor, string userId, DateTime nowUtc, string? comment = null)
    {
        var transition = PracticeLifecycle.Find(State, action, actor)
            ?? throw new IllegalTransitionException(State, action, actor);
        if (transition.CommentRequired && string.IsNullOrWhiteSpace(comment))
        {
            throw new CommentRequiredException(action);
        }

        var change = new PracticeStateChange
        {
            Action = action,
            FromState = State,
            ToState = transition.To,
            UserId = userId,
            AtUtc = nowUtc,
            Comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim(),
        };
        State = transition.To;
        UpdatedAtUtc = nowUtc;
        if (action == LifecycleAction.Submit)
        {
            SubmittedAtUtc = nowUtc;
            CurrentVersion++;
        }
        if (transition.To == PracticeState.Published)
        {
            PublishedAtUtc ??= nowUtc;
        }
        StateChanges.Add(change);
        return change;
    }

    /// <summary>Only for seeding and synthetic data, where history is written separately.</summary>
    public void ForceState(PracticeState state) => State = state;
}

/// <summary>The quantitative indicators a reader of a good practice looks for first.</summary>
public class PracticeIndicators
{
    public int? PeopleReached { get; set; }
    public int? WomenReached { get; set; }
    public int? PeoplePlacedInJobs { get; set; }
    public int? PeopleTrained { get; set; }
    public int? BusinessesStarted { get; set; }
    public int? QualificationsRecognised { get; set; }
}

public interface IHasConcurrencyStamp
{
    Guid ConcurrencyStamp { get; set; }
}
