using System.Buffers;
using System.IO.Pipelines;
using Microsoft.AspNetCore.OutputCaching;

namespace MirpsPractices.Web.Infrastructure;

/// <summary>
/// Wraps a shared output-cache store (Redis) so that an unreachable store costs caching, never a page: a failed read is a
/// miss (the page is rendered), a failed write is skipped, a failed eviction is logged. Pages then come fresh from the
/// database until the store is back; entries that missed an eviction expire after at most PublicPageCachePolicy's 10 minutes.
/// </summary>
public sealed class ResilientOutputCacheStore(IOutputCacheStore inner, ILogger<ResilientOutputCacheStore> logger) : IOutputCacheBufferStore
{
    private long _lastWarningTicks;

    public async ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken)
    {
        try
        {
            await inner.EvictByTagAsync(tag, cancellationToken);
        }
        catch (Exception ex) when (IsStoreFailure(ex, cancellationToken))
        {
            logger.LogError(ex, "Output cache eviction of tag {Tag} failed; other instances may show stale public pages until they expire", tag);
        }
    }

    public async ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken)
    {
        try
        {
            return await inner.GetAsync(key, cancellationToken);
        }
        catch (Exception ex) when (IsStoreFailure(ex, cancellationToken))
        {
            Warn(ex);
            return null;
        }
    }

    public async ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken)
    {
        try
        {
            await inner.SetAsync(key, value, tags, validFor, cancellationToken);
        }
        catch (Exception ex) when (IsStoreFailure(ex, cancellationToken))
        {
            Warn(ex);
        }
    }

    public async ValueTask<bool> TryGetAsync(string key, PipeWriter destination, CancellationToken cancellationToken)
    {
        try
        {
            if (inner is IOutputCacheBufferStore buffered)
            {
                return await buffered.TryGetAsync(key, destination, cancellationToken);
            }
            var bytes = await inner.GetAsync(key, cancellationToken);
            if (bytes is null)
            {
                return false;
            }
            await destination.WriteAsync(bytes, cancellationToken);
            return true;
        }
        catch (Exception ex) when (IsStoreFailure(ex, cancellationToken))
        {
            Warn(ex);
            return false;
        }
    }

    public async ValueTask SetAsync(string key, ReadOnlySequence<byte> value, ReadOnlyMemory<string> tags, TimeSpan validFor, CancellationToken cancellationToken)
    {
        try
        {
            if (inner is IOutputCacheBufferStore buffered)
            {
                await buffered.SetAsync(key, value, tags, validFor, cancellationToken);
            }
            else
            {
                await inner.SetAsync(key, value.ToArray(), tags.ToArray(), validFor, cancellationToken);
            }
        }
        catch (Exception ex) when (IsStoreFailure(ex, cancellationToken))
        {
            Warn(ex);
        }
    }

    private static bool IsStoreFailure(Exception ex, CancellationToken cancellationToken) =>
        !(ex is OperationCanceledException && cancellationToken.IsCancellationRequested);

    /// <summary>At most one warning a minute: an outage must be visible in the logs without flooding them.</summary>
    private void Warn(Exception ex)
    {
        var now = DateTime.UtcNow.Ticks;
        var last = Interlocked.Read(ref _lastWarningTicks);
        if (now - last > TimeSpan.TicksPerMinute && Interlocked.CompareExchange(ref _lastWarningTicks, now, last) == last)
        {
            logger.LogWarning(ex, "The shared output cache is unreachable; public pages are rendered without it");
        }
    }
}
