using MirpsPractices.Core.Domain;

namespace MirpsPractices.Core.Features.Reports;

/// <summary>Everything a systematisation report says, independent of its format (Word or printable HTML).</summary>
public sealed record SystematisationReport(
    ReportScope Scope,
    ReportSession? Session,
    DateTime GeneratedAtUtc,
    HeadlineFigures Figures,
    IReadOnlyList<AreaSection> Areas,
    CoordinationMatrix Matrix,
    IReadOnlyList<ReportPractice> Practices,
    IReadOnlyList<ReportRecommendation> Recommendations,
    IReadOnlyList<ReportCommitment> Commitments);

public sealed record ReportSession(int Id, DateOnly Date, string Title, string Language);

public sealed record HeadlineFigures(
    int Practices,
    int Countries,
    int Organisations,
    int PeopleReached,
    int PeoplePlacedInJobs,
    int PeopleTrained,
    int JointRecommendations,
    int Commitments,
    int CommitmentsFulfilled);

public sealed record AreaSection(StrategyArea Area, IReadOnlyList<ReportPractice> Practices);

public sealed record ReportPractice(
    int Id,
    string Title,
    string Language,
    IReadOnlyList<string> CountryCodes,
    IReadOnlyList<StrategyArea> StrategyAreas,
    IReadOnlyList<ReportMechanism> Mechanisms,
    IReadOnlyList<ReportActor> Organisations,
    string LessonsLearned,
    string ReplicationConditions,
    int? PeopleReached,
    int? PeoplePlacedInJobs,
    int? PeopleTrained)
{
    /// <summary>Written in the other language and without a reviewed translation into the report's (issue 12): shown as written, and marked.</summary>
    public bool Untranslated { get; init; }
}

public sealed record ReportMechanism(CoordinationMechanism Mechanism, string Description);

public sealed record ReportActor(string Name, ActorType ActorType, ParticipationRole Role);

/// <summary>Actor type × actor type: how many practices have both types taking part (the diagonal: practices with that type).</summary>
public sealed record CoordinationMatrix(IReadOnlyList<ActorType> ActorTypes, IReadOnlyList<IReadOnlyList<int>> Counts)
{
    public int this[ActorType row, ActorType column] => Counts[IndexOf(row)][IndexOf(column)];

    private int IndexOf(ActorType type) => ActorTypes.ToList().IndexOf(type);
}

public sealed record ReportRecommendation(
    int Id,
    string Title,
    string Text,
    string Language,
    RecommendationLevel Level,
    IReadOnlyList<ActorType> ActorTypes,
    bool IsJoint,
    RecommendationImplementationStatus ImplementationStatus,
    IReadOnlyList<ReportEvidence> Evidence)
{
    /// <summary>Written in the other language and without a reviewed translation into the report's (issue 12).</summary>
    public bool Untranslated { get; init; }
}

public sealed record ReportEvidence(int PracticeId, string Title, string Language);

public sealed record ReportCommitment(
    int Id,
    string Title,
    IReadOnlyList<string> Organisations,
    CommitmentKind Kind,
    string? ReplicatedPractice,
    string? TargetCountryCode,
    string? TargetLocality,
    DateOnly DueDate,
    CommitmentStatus Status,
    bool IsOverdue)
{
    /// <summary>Commitments carry no language column: they are taken as Spanish (issue 12), or the reviewed translation's.</summary>
    public string Language { get; init; } = RecordLanguages.Spanish;

    /// <summary>Written in the other language and without a reviewed translation into the report's (issue 12).</summary>
    public bool Untranslated { get; init; }
}
