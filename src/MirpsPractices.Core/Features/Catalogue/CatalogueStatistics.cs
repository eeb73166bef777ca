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

/// <summary>A country's published practices and how many name each of its subnational areas (a practice may name several or none).</summary>
public sealed record SubnationalStatisticsData(
    string CountryCode,
    int CountryPractices,
    IReadOnlyList<(SubnationalArea Area, int Practices)> Areas);

/// <summary>
/// Aggregates of the published catalogue for the statistics page, read from the catalogue index (popcounts of its facet
/// bitsets), so the page costs no query whatever the catalogue size. The SQL forms of the same figures (GROUP BY, and a
/// self-join for the coordination matrix, which took tens of seconds at 100,000 practices) are what the tests compare with.
/// </summary>
public sealed class CatalogueStatistics(CatalogueSearch search)
{
    public async Task<CatalogueStatisticsData> GetAsync(CancellationToken cancellationToken)
    {
        var index = await search.IndexAsync(cancellationToken);
        var byType = Typed<ActorType>(index.Counts(CatalogueFacet.ActorType, index.All));
        var pairs = (from a in byType.Keys
                     from b in byType.Keys
                     let together = index.CountWithBoth(CatalogueFacet.ActorType, a.ToString(), b.ToString())
                     where together > 0
                     select new CoordinationPair(a, b, together)).ToList();
        return new CatalogueStatisticsData(
            index.Count,
            index.Counts(CatalogueFacet.Country, index.All),
            Typed<StrategyArea>(index.Counts(CatalogueFacet.StrategyArea, index.All)),
            byType,
            index.PublishedByYear,
            pairs);
    }

    /// <summary>
    /// Published practices naming each first-level subdivision of <paramref name="countryCode"/> (every area of the code
    /// list, zeros included), and the country's total, from the same index: the country page of the map costs no query.
    /// </summary>
    public async Task<SubnationalStatisticsData> SubnationalAsync(string countryCode, CancellationToken cancellationToken)
    {
        var index = await search.IndexAsync(cancellationToken);
        var counts = index.Counts(CatalogueFacet.SubnationalArea, index.All);
        var areas = SubnationalAreas.OfCountry(countryCode).Select(a => (a, counts.GetValueOrDefault(a.Code))).ToList();
        return new SubnationalStatisticsData(countryCode, index.Counts(CatalogueFacet.Country, index.All).GetValueOrDefault(countryCode), areas);
    }

    private static Dictionary<T, int> Typed<T>(IReadOnlyDictionary<string, int> counts) where T : struct, Enum =>
        counts.Where(c => Enum.TryParse<T>(c.Key, out _)).ToDictionary(c => Enum.Parse<T>(c.Key), c => c.Value);
}
