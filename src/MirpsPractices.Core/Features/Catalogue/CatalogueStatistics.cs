using Microsoft.EntityFrameworkCore;
using MirpsPractices.Core.Data;
using MirpsPractices.Core.Domain;

namespace MirpsPractices.Core.Features.Catalogue;

public sealed record CoordinationPair(ActorType A, ActorType B, int Practices);

public sealed record CatalogueStatisticsData(
    int PublishedPractices,
    IReadOnlyDictionary<string, int> ByCountry,
    IReadOnlyDictionary<StrategyArea, int> ByStrategyArea,
    IReadOnlyDictionary<ActorType, int> ByActorType,
    IReadOnlyDictionary<int, int> ByYearPublished,
    IReadOnlyList<CoordinationPair> CoordinationMatrix)
{
    /// <summary>Practices in which both actor types take part (both orders are listed; the diagonal is the practices with that type).</summary>
    public int Together(ActorType a, ActorType b) =>
        CoordinationMatrix.FirstOrDefault(p => p.A == a && p.B == b)?.Practices ?? 0;
}

/// <summary>Aggregates of the published catalogue for the statistics page; every figure is one GROUP BY on an index.</summary>
public sealed class CatalogueStatistics(AppDbContext db, CatalogueSearch search)
{
    public async Task<CatalogueStatisticsData> GetAsync(CancellationToken cancellationToken)
    {
        var published = search.Published;
        var ids = published.Select(p => p.Id);
        var total = await published.CountAsync(cancellationToken);
        var byCountry = await db.PracticeCountries.Where(x => ids.Contains(x.PracticeId))
            .GroupBy(x => x.CountryCode).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        var byArea = await db.PracticeStrategyAreas.Where(x => ids.Contains(x.PracticeId))
            .GroupBy(x => x.Area).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        var typed = db.PracticeOrganisations.Where(x => ids.Contains(x.PracticeId))
            .Select(x => new { x.PracticeId, x.Organisation!.ActorType }).Distinct();
        var byType = await typed.GroupBy(x => x.ActorType).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        var byYear = await published.Where(p => p.PublishedAtUtc != null)
            .GroupBy(p => p.PublishedAtUtc!.Value.Year).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        var pairs = await (
                from a in typed
                join b in typed on a.PracticeId equals b.PracticeId
                group a by new { A = a.ActorType, B = b.ActorType } into g
                select new { g.Key.A, g.Key.B, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return new CatalogueStatisticsData(total, byCountry, byArea, byType, byYear,
            pairs.Select(p => new CoordinationPair(p.A, p.B, p.Count)).ToList());
    }
}
