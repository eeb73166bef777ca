using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MirpsPractices.Core.Features.Catalogue;

namespace MirpsPractices.IntegrationTests.Catalogue;

/// <summary>
/// The in-memory catalogue index answers exactly what the SQL statement of the same rules answers: the view's total,
/// its order on every sort, and every facet's counts (docs/performance.md, "Facet counts").
/// </summary>
public sealed class CatalogueIndexTests(CatalogueFactory factory) : IClassFixture<CatalogueFactory>
{
    public static TheoryData<string> Views => new()
    {
        "",
        "country=CR",
        "country=CR&country=GT&area=Skills",
        "actor=Academia&country=PA",
        "population=Refugees&mechanism=WorkingGroup",
        "status=Ongoing&status=Pilot",
        "year=2023&year=2024",
        "q=capacitacion",
        "q=capacitacion&country=HN&actor=CentralGovernment",
        "q=empleo&sort=newest",
        "sort=title",
        "country=HN&sort=title&page=2&pageSize=2",
        "adm1=CR-A",
        "adm1=CR-A&adm1=GT-16&country=CR",
        "adm1=HN-CR&q=capacitacion",
    };

    [Theory]
    [MemberData(nameof(Views))]
    public async Task Index_and_sql_give_the_same_view_order_and_counts(string queryString)
    {
        var parsed = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(queryString);
        string[] Values(string key) => parsed.TryGetValue(key, out var v) ? v.OfType<string>().ToArray() : [];
        int? Number(string key) => int.TryParse(Values(key).FirstOrDefault(), out var n) ? n : null;
        var query = CatalogueQuery.Normalise(Values("q").FirstOrDefault(), Values("country"), Values("area"), Values("actor"),
            Values("population"), Values("mechanism"), Values("status"), Values("year"), Values("sort").FirstOrDefault(),
            Number("page"), Number("pageSize"), subnationalAreas: Values("adm1"));

        await using var scope = factory.Services.CreateAsyncScope();
        var search = scope.ServiceProvider.GetRequiredService<CatalogueSearch>();
        var page = await search.SearchAsync(query, CancellationToken.None);

        var sqlTotal = await search.Filtered(query).CountAsync();
        var sqlIds = await search.OrderedIds(query).Skip((query.Page - 1) * query.PageSize).Take(query.PageSize).ToListAsync();
        Assert.Equal(sqlTotal, page.Total);
        Assert.Equal(sqlIds, page.Items.Select(i => i.Id));
        foreach (var facet in Enum.GetValues<CatalogueFacet>())
        {
            var sqlCounts = await search.FacetAsync(query, facet, CancellationToken.None);
            var indexCounts = page.Facets.Single(f => f.Facet == facet).Counts;
            Assert.Equal(sqlCounts.OrderBy(c => c.Key, StringComparer.Ordinal), indexCounts.OrderBy(c => c.Key, StringComparer.Ordinal));
        }
    }

    [Fact]
    public async Task Statistics_from_the_index_equal_the_sql_aggregates()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MirpsPractices.Core.Data.AppDbContext>();
        var search = scope.ServiceProvider.GetRequiredService<CatalogueSearch>();
        var statistics = await scope.ServiceProvider.GetRequiredService<CatalogueStatistics>().GetAsync(CancellationToken.None);

        var ids = search.Published.Select(p => p.Id);
        Assert.Equal(await search.Published.CountAsync(), statistics.PublishedPractices);
        var byCountry = await db.PracticeCountries.Where(x => ids.Contains(x.PracticeId))
            .GroupBy(x => x.CountryCode).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count);
        Assert.Equal(byCountry.OrderBy(c => c.Key), statistics.ByCountry.OrderBy(c => c.Key));
        var byArea = await db.PracticeStrategyAreas.Where(x => ids.Contains(x.PracticeId))
            .GroupBy(x => x.Area).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count);
        Assert.Equal(byArea.OrderBy(c => c.Key), statistics.ByStrategyArea.OrderBy(c => c.Key));
        var typed = await db.PracticeOrganisations.Where(x => ids.Contains(x.PracticeId))
            .Select(x => new { x.PracticeId, x.Organisation!.ActorType }).Distinct().ToListAsync();
        Assert.Equal(typed.GroupBy(x => x.ActorType).ToDictionary(g => g.Key, g => g.Count()).OrderBy(c => c.Key),
            statistics.ByActorType.OrderBy(c => c.Key));
        var pairs = (from a in typed
                     join b in typed on a.PracticeId equals b.PracticeId
                     group a by (a.ActorType, B: b.ActorType) into g
                     select (g.Key.ActorType, g.Key.B, g.Count())).OrderBy(p => p.ActorType).ThenBy(p => p.B).ToList();
        Assert.Equal(pairs, statistics.CoordinationMatrix.Select(p => (p.A, p.B, p.Practices)).OrderBy(p => p.A).ThenBy(p => p.B));
        Assert.Contains(pairs, p => p.ActorType != p.B);
        var byYear = (await search.Published.Where(p => p.PublishedAtUtc != null).Select(p => p.PublishedAtUtc!.Value).ToListAsync())
            .GroupBy(d => d.Year).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(byYear.OrderBy(y => y.Key), statistics.ByYearPublished.OrderBy(y => y.Key));
    }

    [Fact]
    public async Task Related_practices_share_most_areas_and_countries_newest_first_among_equals()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var search = scope.ServiceProvider.GetRequiredService<CatalogueSearch>();
        var index = await search.IndexAsync(CancellationToken.None);
        var published = await search.Published
            .Select(p => new
            {
                p.Id, p.PublishedAtUtc,
                Areas = p.StrategyAreas.Select(a => a.Area).ToList(),
                Countries = p.Countries.Select(c => c.CountryCode).ToList(),
            })
            .ToListAsync();
        Assert.NotEmpty(published);

        // The rule stated plainly: score every other published practice by the areas and countries it shares.
        foreach (var practice in published)
        {
            var expected = published
                .Where(o => o.Id != practice.Id)
                .Select(o => (o.Id, o.PublishedAtUtc, Score: o.Areas.Count(practice.Areas.Contains) + o.Countries.Count(practice.Countries.Contains)))
                .Where(o => o.Score > 0)
                .OrderByDescending(o => o.Score).ThenByDescending(o => o.PublishedAtUtc).ThenByDescending(o => o.Id)
                .Take(PracticeRecords.RelatedCount)
                .Select(o => o.Id);
            Assert.Equal(expected, index.Related(practice.Id, practice.Areas, practice.Countries, PracticeRecords.RelatedCount));
        }
    }
}
