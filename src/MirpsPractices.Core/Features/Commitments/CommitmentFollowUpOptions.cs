namespace MirpsPractices.Core.Features.Commitments;

/// <summary>How long a commitment may go without a progress note before it is flagged "no recent update" (section "Commitments").</summary>
public sealed class CommitmentFollowUpOptions
{
    public const string Section = "Commitments";

    public int StalePeriodDays { get; set; } = 90;

    /// <summary>Whether this instance runs the reminder job (e-mails to the members of a stale commitment's organisations).</summary>
    public bool RemindersEnabled { get; set; } = true;

    /// <summary>How often the reminder job looks for stale commitments.</summary>
    public int ReminderCheckMinutes { get; set; } = 60;
}
