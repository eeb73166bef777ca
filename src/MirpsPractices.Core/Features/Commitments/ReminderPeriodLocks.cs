namespace MirpsPractices.Core.Features.Commitments;

/// <summary>
/// A lock per reminder period shared by the instances of the portal, taken before the database claim so that instances
/// working through the same due reminders skip each other's instead of racing on the claim's unique index. The database
/// claim stays what guarantees a single send: a lock that cannot be taken because the shared store is down counts as taken.
/// </summary>
public interface IReminderPeriodLocks
{
    /// <summary>False when another instance holds this period's lock.</summary>
    Task<bool> TryTakeAsync(DueReminder reminder, CancellationToken ct);

    /// <summary>Releases a lock this instance took, after a send that failed, so the next run may try the period again.</summary>
    Task GiveBackAsync(DueReminder reminder, CancellationToken ct);
}

/// <summary>One instance, or several without Redis: the database claim alone.</summary>
public sealed class DatabaseClaimOnly : IReminderPeriodLocks
{
    public Task<bool> TryTakeAsync(DueReminder reminder, CancellationToken ct) => Task.FromResult(true);

    public Task GiveBackAsync(DueReminder reminder, CancellationToken ct) => Task.CompletedTask;
}
