using MirpsPractices.Core.Domain;

namespace MirpsPractices.Bench.Load;

/// <summary>
/// The lines of the table. Cached scenarios ask one URL again and again (what the output cache is for);
/// uncached ones spread over many filter combinations or practices and add a unique parameter, so neither the
/// output cache nor a per-URL data cache can answer them.
/// </summary>
public static class ScenarioCatalog
{
    /// <summary>The accented term of the full-text scenario; it is typed with its accent, the index folds it.</summary>
    public const string SearchTerm = "capacitación";

    /// <summary>Further terms of the uncached full-text scenario, common and rare, Spanish and English, accents included.</summary>
    public static readonly IReadOnlyList<string> SearchTerms =
        ["capacitación", "homologación", "artesanía", "niñez", "panadería", "microcréditos", "training", "recognition", "cohesión", "intermediación"];

    public static IReadOnlyList<Scenario> All(IReadOnlyList<string> practicePaths)
    {
        var countries = Country.MirpsCodes;
        var areas = Enum.GetNames<StrategyArea>();
        var twoFacets = (from c in countries from a in areas select $"/catalogue?country={c}&area={a}").ToList();
        var termAndFacet = (from t in SearchTerms from c in countries select $"/catalogue?q={Uri.EscapeDataString(t)}&country={c}").ToList();
        var search = $"/catalogue?q={Uri.EscapeDataString(SearchTerm)}&country=GT";

        return
        [
            new("ceiling", "Ceiling: minimal ASP.NET Core app, plaintext", Server.Ceiling, CacheMode.Cached, ["/"]),
            new("home", "Home page", Server.Portal, CacheMode.Cached, ["/"]),
            new("catalogue", "Catalogue, no filter", Server.Portal, CacheMode.Cached, ["/catalogue"]),
            new("catalogue-facets", "Catalogue, two facets (country + area)", Server.Portal, CacheMode.Cached, ["/catalogue?country=MX&area=VocationalTraining"]),
            new("catalogue-search", $"Catalogue, \"{SearchTerm}\" + country", Server.Portal, CacheMode.Cached, [search]),
            new("practice", "Practice page (random of all practices)", Server.Portal, CacheMode.Uncached, practicePaths),
            new("api", "API list /api/v1/practices", Server.Portal, CacheMode.Cached, ["/api/v1/practices"]),
            new("csv", "CSV export, filtered (country + area)", Server.Portal, CacheMode.Cached, ["/catalogue/export.csv?country=CR&area=Skills"]),
            new("home-uncached", "Home page", Server.Portal, CacheMode.Uncached, ["/"]),
            new("catalogue-uncached", "Catalogue, no filter", Server.Portal, CacheMode.Uncached, ["/catalogue"]),
            new("catalogue-facets-uncached", "Catalogue, two facets (49 combinations)", Server.Portal, CacheMode.Uncached, twoFacets),
            new("catalogue-search-uncached", "Catalogue, full-text term + country (70 combinations)", Server.Portal, CacheMode.Uncached, termAndFacet),
            new("api-uncached", "API list /api/v1/practices", Server.Portal, CacheMode.Uncached, ["/api/v1/practices"]),
        ];
    }
}
