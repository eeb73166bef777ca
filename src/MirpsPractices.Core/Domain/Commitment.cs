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

    /// <summary>How far along it is, 0–100, as the last progress note set it (a joint commitment's is rolled up from its parts).</summary>
    public int Percent { get; set; }

    /// <summary>Why it is delayed or withdrawn: the note that set that stage.</summary>
    public string? StageReason { get; set; }

    /// <summary>The joint commitment this one is one organisation's part of.</summary>
    public int? ParentCommitmentId { get; set; }

    /// <summary>How a joint commitment's progress is rolled up from its parts.</summary>
    public CommitmentRollUp RollUp { get; set; }

    /// <summary>This part's weight in a weighted roll-up (1 by default).</summary>
    public int Weight { get; set; } = 1;

    public List<CommitmentOrganisation> Organisations { get; set; } = [];
    public List<CommitmentPractice> LinkedPractices { get; set; } = [];
    public List<CommitmentRecommendation> LinkedRecommendations { get; set; } = [];
    public List<CommitmentProgressNote> ProgressNotes { get; set; } = [];

    /// <summary>
    /// Records a dated note and the stage and percentage it sets. Fulfilled means 100 %; without a percentage the
    /// current one is kept. Delayed and withdrawn keep the note as their reason.
    /// </summary>
    public CommitmentProgressNote RecordProgress(DateOnly date, string text, CommitmentStatus stage, int? percent, string authorId)
    {
        if (percent is < 0 or > 100)
        {
            throw new ArgumentOutOfRangeException(nameof(percent), percent, "A percentage is between 0 and 100.");
        }
        Status = stage;
        Percent = stage == CommitmentStatus.Fulfilled ? 100 : percent ?? Percent;
        StageReason = stage is CommitmentStatus.Delayed or CommitmentStatus.Withdrawn ? text.Trim() : null;
        var note = new CommitmentProgressNote { Date = date, Text = text.Trim(), AuthorId = authorId, Status = stage, Percent = Percent };
        ProgressNotes.Add(note);
        return note;
    }

    /// <summary>
    /// No recent update: still open (not fulfilled or withdrawn) and no progress note, or creation when there is none,
    /// within the last <paramref name="periodDays"/> days.
    /// </summary>
    public static bool HasNoRecentUpdate(CommitmentStatus status, DateOnly? lastNote, DateTime createdAtUtc, DateOnly today, int periodDays) =>
        status is not (CommitmentStatus.Fulfilled or CommitmentStatus.Withdrawn)
        && (lastNote ?? DateOnly.FromDateTime(createdAtUtc)) < today.AddDays(-periodDays);

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

    /// <summary>The stage this note set.</summary>
    public CommitmentStatus Status { get; set; }

    /// <summary>The percentage this note set.</summary>
    public int Percent { get; set; }
}
