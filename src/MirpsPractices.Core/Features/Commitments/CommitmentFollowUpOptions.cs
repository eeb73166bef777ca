namespace MirpsPractices.Core.Features.Commitments;

/// <summary>How long a commitment may go without a progress note before it is flagged "no recent update" (section "Commitments").</summary>
public sealed class CommitmentFollowUpOptions
{
    public const string Section = "Commitments";

    public int StalePeriodDays { get; set; } = 90;
}
