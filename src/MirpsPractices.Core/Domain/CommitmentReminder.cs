namespace MirpsPractices.Core.Domain;

/// <summary>
/// The reminder of one stale period of one commitment. The row is inserted (the claim) before any mail goes out, and the
/// unique index on (commitment, period start) lets exactly one instance win it: no period is reminded twice.
/// </summary>
public class CommitmentReminder
{
    /// <summary>An unsent claim older than this is taken to belong to an instance that stopped, and may be claimed again.</summary>
    public static readonly TimeSpan ClaimLease = TimeSpan.FromMinutes(15);

    public int Id { get; set; }
    public int CommitmentId { get; set; }

    /// <summary>The first day of the stale period this reminder is for.</summary>
    public DateOnly PeriodStart { get; set; }

    public DateTime ClaimedAtUtc { get; set; }

    /// <summary>Which running instance holds the claim (a random id per process).</summary>
    public string ClaimedBy { get; set; } = "";

    /// <summary>Set once every recipient's message went out; null while the claim is being worked on.</summary>
    public DateTime? SentAtUtc { get; set; }

    public int Recipients { get; set; }

    /// <summary>
    /// The first day of the current stale period, or null when the commitment is not flagged "no recent update"
    /// (<see cref="Commitment.HasNoRecentUpdate"/>). A commitment last updated on day L with a period of P days is first
    /// flagged on day L+P+1; each further P days without a note start a new period (L+2P+1, L+3P+1…), and a new note
    /// starts the count again from its own date.
    /// </summary>
    public static DateOnly? PeriodStartOn(CommitmentStatus status, DateOnly? lastNote, DateTime createdAtUtc, DateOnly today, int periodDays)
    {
        if (periodDays < 1 || !Commitment.HasNoRecentUpdate(status, lastNote, createdAtUtc, today, periodDays))
        {
            return null;
        }
        var last = lastNote ?? DateOnly.FromDateTime(createdAtUtc);
        var periods = (today.DayNumber - last.DayNumber - 1) / periodDays;
        return last.AddDays(periods * periodDays + 1);
    }
}
