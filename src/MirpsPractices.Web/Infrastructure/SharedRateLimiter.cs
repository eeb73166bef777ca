using System.Security.Cryptography;
using System.Text;
using System.Threading.RateLimiting;
using StackExchange.Redis;

namespace MirpsPractices.Web.Infrastructure;

/// <summary>
/// The counters of the rate limits in Redis, shared by every instance of the portal, so that a client spreading its sign-in
/// attempts over the instances behind a load balancer gets the configured allowance once, not once per instance.
/// </summary>
public sealed class SharedRateLimitCounters(SharedRedisConnection redis, ILogger<SharedRateLimitCounters> logger)
{
    // The first hit of a window starts the window's expiry, in the same atomic step as the count.
    private const string IncrementScript = """
        local count = redis.call('INCR', KEYS[1])
        if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
        return count
        """;

    private static readonly TimeSpan WarningInterval = TimeSpan.FromMinutes(1);
    private readonly string _prefix = redis.Prefix + "rate:";
    private long _lastWarningTicks;

    /// <summary>
    /// Counts one request of <paramref name="partitionKey"/> in the current window of <paramref name="policy"/>; null when Redis
    /// could not answer (the caller then counts on this instance). The client's address or name is stored only as a hash.
    /// </summary>
    public async Task<long?> IncrementAsync(string policy, string partitionKey, TimeSpan window, CancellationToken cancellationToken)
    {
        try
        {
            var database = await redis.DatabaseAsync();
            var key = $"{_prefix}{policy}:{Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(partitionKey)), 0, 16)}";
            var count = await database
                .ScriptEvaluateAsync(IncrementScript, [key], [(long)window.TotalMilliseconds])
                .WaitAsync(cancellationToken);
            return (long)count;
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            WarnAtMostOnceAMinute(ex);
            return null;
        }
    }

    private void WarnAtMostOnceAMinute(Exception ex)
    {
        var now = DateTime.UtcNow.Ticks;
        var last = Interlocked.Read(ref _lastWarningTicks);
        if (now - last >= WarningInterval.Ticks && Interlocked.CompareExchange(ref _lastWarningTicks, now, last) == last)
        {
            logger.LogWarning(ex, "Redis unreachable for the shared rate limits; each instance counts on its own meanwhile");
        }
    }
}

/// <summary>
/// A fixed window whose count lives in <see cref="SharedRateLimitCounters"/>. While Redis can't answer, this instance's own
/// window counts instead: the limit still holds per instance, and a Redis outage never turns sign-in away.
/// </summary>
public sealed class SharedFixedWindowRateLimiter(SharedRateLimitCounters counters, string policy, string partitionKey, FixedWindowRateLimiterOptions options) : RateLimiter
{
    private static readonly RateLimitLease Granted = new Lease(true);
    private static readonly RateLimitLease Refused = new Lease(false);
    // Not granted synchronously: the rate-limiting middleware then asks AcquireAsync, where Redis can be awaited.
    private static readonly RateLimitLease AskAsynchronously = new Lease(false);

    private readonly Lock _fallbackLock = new();
    private FixedWindowRateLimiter? _fallback;
    private long _lastUsedTimestamp = TimeProvider.System.GetTimestamp();

    /// <summary>Idle since the last request; the partitioned limiter drops idle limiters (the count stays in Redis).</summary>
    public override TimeSpan? IdleDuration =>
        _fallback is { } fallback ? fallback.IdleDuration : TimeProvider.System.GetElapsedTime(Interlocked.Read(ref _lastUsedTimestamp));

    public override RateLimiterStatistics? GetStatistics() => _fallback?.GetStatistics();

    protected override RateLimitLease AttemptAcquireCore(int permitCount) => AskAsynchronously;

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        Interlocked.Exchange(ref _lastUsedTimestamp, TimeProvider.System.GetTimestamp());
        var count = await counters.IncrementAsync(policy, partitionKey, options.Window, cancellationToken);
        if (count is long shared)
        {
            return shared <= options.PermitLimit ? Granted : Refused;
        }
        return await Fallback().AcquireAsync(permitCount, cancellationToken);
    }

    private FixedWindowRateLimiter Fallback()
    {
        lock (_fallbackLock)
        {
            return _fallback ??= new FixedWindowRateLimiter(options);
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _fallback?.Dispose();
        }
        base.Dispose(disposing);
    }

    private sealed class Lease(bool isAcquired) : RateLimitLease
    {
        public override bool IsAcquired { get; } = isAcquired;

        public override IEnumerable<string> MetadataNames => [];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            return false;
        }
    }
}
