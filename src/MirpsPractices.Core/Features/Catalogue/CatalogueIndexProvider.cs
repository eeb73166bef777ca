using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MirpsPractices.Core.Data;

namespace MirpsPractices.Core.Features.Catalogue;

/// <summary>
/// Keeps the current <see cref="CatalogueIndex"/> of this instance, and the full-text matches of recent searches against it.
/// <para>
/// Freshness: <see cref="InvalidateAsync"/> (called by IPublicCatalogueCache.EvictAsync whenever a practice is published,
/// changed or withdrawn) drops the snapshot here and writes a new catalogue version to the distributed cache — Redis when
/// several instances run — which every instance compares on each search: a publication on one instance rebuilds the index of
/// all before their next search. The first search after a change waits for the rebuild (one at a time); the others reuse it.
/// A snapshot is also rebuilt after <see cref="MaxAge"/>, the same bound as the cached public pages; that rebuild runs in the
/// background (with <paramref name="scopes"/>) while every request keeps using the aged snapshot, which nothing has made wrong.
/// Done in a request, it made that request wait, and with it every request the output cache holds behind a page it regenerates.
/// </para>
/// </summary>
public sealed class CatalogueIndexProvider(
    IDistributedCache shared, TimeProvider clock, ILogger<CatalogueIndexProvider> logger, IServiceScopeFactory? scopes = null) : IDisposable
{
    public const string VersionKey = "catalogue-index-version";
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(10);

    /// <summary>Matched positions kept for recent searches, all searches together (4 bytes each: at most 8 MB).</summary>
    private const int MaxCachedPositions = 2_000_000;

    private readonly SemaphoreSlim _building = new(1, 1);
    private volatile Snapshot? _current;

    public async Task<CatalogueIndex> GetAsync(AppDbContext db, CancellationToken cancellationToken) =>
        (await SnapshotAsync(db, cancellationToken)).Index;

    /// <summary>The full-text matches of <paramref name="text"/>, from the searches cache when the same words were asked since the last change.</summary>
    public async Task<(CatalogueIndex Index, TextMatches Matches)> MatchesAsync(
        AppDbContext db, FullTextQuery text, Func<IQueryable<FullTextHit>> hits, CancellationToken cancellationToken)
    {
        var snapshot = await SnapshotAsync(db, cancellationToken);
        var key = string.Join(' ', text.FoldedTerms);
        if (snapshot.Searches.TryGetValue(key, out var cached))
        {
            return (snapshot.Index, cached);
        }
        var matches = snapshot.Index.Matches(await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(hits(), cancellationToken));
        if (Interlocked.Add(ref snapshot.CachedPositions, matches.Count) > MaxCachedPositions)
        {
            snapshot.Searches.Clear();
            Interlocked.Exchange(ref snapshot.CachedPositions, matches.Count);
        }
        snapshot.Searches[key] = matches;
        return (snapshot.Index, matches);
    }

    public async Task InvalidateAsync(CancellationToken cancellationToken = default)
    {
        _current = null;
        try
        {
            await shared.SetStringAsync(VersionKey, Guid.NewGuid().ToString("N"), cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "The catalogue version could not be shared; other instances keep their catalogue index until it expires");
        }
    }

    private async Task<Snapshot> SnapshotAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var version = await SharedVersionAsync(cancellationToken);
        var current = _current;
        if (IsFresh(current, version))
        {
            return current!;
        }
        // Only aged (same version): one request rebuilds, the others keep the current snapshot meanwhile — nothing changed.
        // A new version (a publication) makes everyone wait for the rebuild, so no reader sees the old catalogue.
        var onlyAged = current is not null && (version is null || current.Version == version);
        if (onlyAged)
        {
            if (!_building.Wait(0, CancellationToken.None))
            {
                return current!;
            }
            if (scopes is not null)
            {
                // Not the request's token: the rebuild outlives the request that noticed the age.
                _ = Task.Run(() => RebuildAgedAsync(current!, scopes), CancellationToken.None);
                return current!;
            }
        }
        else
        {
            await _building.WaitAsync(cancellationToken);
        }
        try
        {
            current = _current;
            if (IsFresh(current, version))
            {
                return current!;
            }
            current = new Snapshot(await BuildAsync(db, cancellationToken), version ?? current?.Version, clock.GetUtcNow());
            _current = current;
            return current;
        }
        finally
        {
            _building.Release();
        }
    }

    /// <summary>Replaces <paramref name="aged"/> with a fresh build, unless an invalidation dropped it meanwhile (then the next reader builds the new version).</summary>
    private async Task RebuildAgedAsync(Snapshot aged, IServiceScopeFactory serviceScopes)
    {
        try
        {
            await using var scope = serviceScopes.CreateAsyncScope();
            var index = await BuildAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), CancellationToken.None);
            Interlocked.CompareExchange(ref _current, new Snapshot(index, aged.Version, clock.GetUtcNow()), aged);
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "The aged catalogue index could not be rebuilt; the current one is kept and the next search tries again");
        }
        finally
        {
            _building.Release();
        }
    }

    private async Task<CatalogueIndex> BuildAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var elapsed = Stopwatch.StartNew();
        var index = await CatalogueIndex.BuildAsync(db, cancellationToken);
        logger.LogInformation("Catalogue index built: {Practices} published practices in {Elapsed} ms", index.Count, elapsed.ElapsedMilliseconds);
        return index;
    }

    private bool IsFresh(Snapshot? snapshot, string? version) =>
        snapshot is not null
        && (version is null || snapshot.Version == version)
        && clock.GetUtcNow() - snapshot.BuiltAt < MaxAge;

    /// <summary>The version all instances agree on; null when the distributed cache cannot be read (then only age counts).</summary>
    private async Task<string?> SharedVersionAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await shared.GetStringAsync(VersionKey, cancellationToken) ?? "";
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Debug only: the output cache store already reports an unreachable Redis, once a minute.
            logger.LogDebug(ex, "The catalogue version could not be read from the distributed cache");
            return null;
        }
    }

    public void Dispose() => _building.Dispose();

    private sealed class Snapshot(CatalogueIndex index, string? version, DateTimeOffset builtAt)
    {
        public CatalogueIndex Index { get; } = index;
        public string? Version { get; } = version;
        public DateTimeOffset BuiltAt { get; } = builtAt;
        public ConcurrentDictionary<string, TextMatches> Searches { get; } = new(StringComparer.Ordinal);
        public int CachedPositions;
    }
}
