using System.Globalization;
using MirpsPractices.Core.Domain;
using MirpsPractices.Core.Features.Commitments;
using StackExchange.Redis;

namespace MirpsPractices.Web.Infrastructure;

/// <summary>
/// Reminder period locks in the shared Redis: <c>SET key token NX PX lease</c>, held for the claim lease of the database
/// (<see cref="CommitmentReminder.ClaimLease"/>) and released, after a failed send, only by the instance that holds it.
/// While Redis can't answer, the lock counts as taken and the database claim decides alone.
/// </summary>
public sealed class RedisReminderPeriodLocks(SharedRedisConnection redis, ILogger<RedisReminderPeriodLocks> logger) : IReminderPeriodLocks
{
    private const string ReleaseScript = """
        if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
        return 0
        """;

    // One token per instance of the portal (this class is a singleton): a lock is released only by whoever took it.
    private readonly string _token = Guid.NewGuid().ToString("N");

    public static string KeyOf(string prefix, int commitmentId, DateOnly periodStart) =>
        $"{prefix}reminder:{commitmentId.ToString(CultureInfo.InvariantCulture)}:{periodStart.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";

    public async Task<bool> TryTakeAsync(DueReminder reminder, CancellationToken ct)
    {
        try
        {
            var database = await redis.DatabaseAsync();
            return await database.StringSetAsync(Key(reminder), _token, CommitmentReminder.ClaimLease, When.NotExists).WaitAsync(ct);
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            logger.LogWarning(ex, "Redis unreachable for the reminder lock of commitment {CommitmentId}; the database claim decides alone", reminder.CommitmentId);
            return true;
        }
    }

    public async Task GiveBackAsync(DueReminder reminder, CancellationToken ct)
    {
        try
        {
            var database = await redis.DatabaseAsync();
            await database.ScriptEvaluateAsync(ReleaseScript, [Key(reminder)], [_token]).WaitAsync(ct);
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            // The lock then expires with its lease.
            logger.LogWarning(ex, "Redis unreachable to release the reminder lock of commitment {CommitmentId}", reminder.CommitmentId);
        }
    }

    private RedisKey Key(DueReminder reminder) => KeyOf(redis.Prefix, reminder.CommitmentId, reminder.PeriodStart);
}
