namespace MirpsPractices.Core.Domain;

/// <summary>An organisation's pledge to collaborate, possibly to replicate a practice elsewhere.</summary>
public class Commitment : IHasConcurrencyStamp
{
    public int Id { get; set; }
    public string Title { get; set; } = "";
    public string Description { get; set; } = "";
    public CommitmentKind Kind { get; set; }
    public string? WithWhom { get; set; }
    public int? ReplicatedPracticeId { get; set; }
    public string? TargetCountryCode { get; set; }
    public string? TargetLocality { get; set; }
    public DateOnly DueDate { get; set; }
    public CommitmentStatus Status { get; set; }
    public int? SessionId { get; set; }
    public required string CreatedById { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime UpdatedAtUtc { get; set; }
    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();

    public List<CommitmentOrganisation> Organisations { get; set; } = [];
    public List<CommitmentPractice> LinkedPractices { get; set; } = [];
    public List<CommitmentRecommendation> LinkedRecommendations { get; set; } = [];
    public List<CommitmentProgressNote> ProgressNotes { get; set; } = [];

    /// <summary>Overdue: past its due date and neither fulfilled nor withdrawn.</summary>
    public bool IsOverdue(DateOnly today) =>
        DueDate < today && Status is not (CommitmentStatus.Fulfilled or CommitmentStatus.Withdrawn);
}

public class CommitmentOrganisation
{
    public int CommitmentId { get; set; }
    public int OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
}

public class CommitmentPractice
{
    public int CommitmentId { get; set; }
    public int PracticeId { get; set; }
}

public class CommitmentRecommendation
{
    public int CommitmentId { get; set; }
    public int RecommendationId { get; set; }
}

public class CommitmentProgressNote
{
    public int Id { get; set; }
    public int CommitmentId { get; set; }
    public DateOnly Date { get; set; }
    public string Text { get; set; } = "";
    public required string AuthorId { get; set; }
}
