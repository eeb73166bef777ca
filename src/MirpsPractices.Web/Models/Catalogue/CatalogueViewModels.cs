using System.Globalization;
using MirpsPractices.Core.Domain;
using MirpsPractices.Core.Features.Catalogue;
using MirpsPractices.Web.Localization;

namespace MirpsPractices.Web.Models.Catalogue;

public sealed record FacetValueViewModel(string Code, string Label, int Count, bool Selected);

public sealed record FacetViewModel(CatalogueFacet Facet, string ParameterName, IReadOnlyList<FacetValueViewModel> Values)
{
    public int SelectedCount => Values.Count(v => v.Selected);
}

public sealed record ActiveFilterViewModel(string FacetLabelKey, string Label, string RemoveUrl);

public sealed record CatalogueViewModel(CataloguePage Page, IReadOnlyList<FacetViewModel> Facets, IReadOnlyList<ActiveFilterViewModel> ActiveFilters)
{
    public CatalogueQuery Query => Page.Query;
    public FullTextQuery FullText => Page.Query.FullText;

    /// <summary>
    /// The sort options, the default one first with an empty value: a search typed on a page sorted by default is then ranked
    /// by relevance, instead of carrying the "newest" the page was showing without words.
    /// </summary>
    public IReadOnlyList<SortOption> SortOptions
    {
        get
        {
            var effective = Query.EffectiveSort;
            var byDefault = FullText.IsEmpty ? CatalogueSort.Newest : CatalogueSort.Relevance;
            return
            [
                new SortOption("", byDefault, effective == byDefault),
                .. new[] { CatalogueSort.Newest, CatalogueSort.Title }
                    .Where(s => s != byDefault)
                    .Select(s => new SortOption(s.ToString().ToLowerInvariant(), s, effective == s)),
            ];
        }
    }

    public static CatalogueViewModel Create(CataloguePage page, ReferenceLabels labels)
    {
        var query = page.Query;
        var facets = new List<FacetViewModel>();
        foreach (var counts in page.Facets)
        {
            var selected = CatalogueUrls.Values(query, counts.Facet);
            var values = counts.Facet switch
            {
                CatalogueFacet.Country => Country.MirpsCodes.Select(c => (c, labels.Country(c))).ToList(),
                CatalogueFacet.StrategyArea => Codes<StrategyArea>(labels),
                CatalogueFacet.ActorType => Codes<ActorType>(labels),
                CatalogueFacet.Population => Codes<Population>(labels),
                CatalogueFacet.Mechanism => Codes<CoordinationMechanism>(labels),
                CatalogueFacet.Status => Codes<ImplementationStatus>(labels),
                // Available in: written in the language or with a reviewed translation into it (issue 12).
                CatalogueFacet.Language => RecordLanguages.All.Select(l => (l, labels.Language(l))).ToList(),
                // Building blocks carried by an actor type (issue 13).
                CatalogueFacet.BlockActorType => Codes<ActorType>(labels),
                // Subnational areas (issue 13): those with practices plus any selected, in the code list's order.
                CatalogueFacet.SubnationalArea => counts.Counts.Keys.Union(selected).Where(SubnationalAreas.IsKnown).OrderBy(SubnationalAreas.Order)
                    .Select(code => (code, $"{SubnationalAreas.Label(code, CultureInfo.CurrentUICulture.Name)} ({labels.Country(SubnationalAreas.CountryOf(code)!)})")).ToList(),
                // Years: those with practices plus any selected, newest first.
                _ => counts.Counts.Keys.Union(selected).Select(y => int.Parse(y, CultureInfo.InvariantCulture))
                    .OrderDescending().Select(y => (y.ToString(CultureInfo.InvariantCulture), y.ToString(CultureInfo.InvariantCulture))).ToList(),
            };
            facets.Add(new FacetViewModel(counts.Facet, CatalogueUrls.ParameterName(counts.Facet), values
                .Select(v => new FacetValueViewModel(v.Item1, v.Item2, counts.Counts.GetValueOrDefault(v.Item1), selected.Contains(v.Item1)))
                .ToList()));
        }
        var active = facets
            .SelectMany(f => f.Values.Where(v => v.Selected).Select(v => new ActiveFilterViewModel(
                "Facet_" + f.Facet, v.Label, CatalogueUrls.Without(query, f.Facet, v.Code))))
            .ToList();
        return new CatalogueViewModel(page, facets, active);
    }

    private static List<(string, string)> Codes<TEnum>(ReferenceLabels labels) where TEnum : struct, Enum =>
        labels.All<TEnum>().Select(v => (v.Value.ToString(), v.Label)).ToList();
}

public sealed partial record PracticeViewModel(PracticeDetails Details, string CanonicalUrl)
{
    public PracticeRecord Record => Details.Record;

    /// <summary>Organisations grouped by actor type, in the order of the actor types of domain.md.</summary>
    public IEnumerable<IGrouping<ActorType, OrganisationParticipation>> OrganisationsByActorType =>
        Record.Organisations.GroupBy(o => o.ActorType).OrderBy(g => g.Key);
}

public sealed record OrganisationsViewModel(OrganisationDirectoryPage Page)
{
    public string PageUrl(int page) =>
        $"/organisations?{(Page.CountryCode is null ? "" : $"country={Page.CountryCode}&")}{(Page.ActorType is null ? "" : $"actor={Page.ActorType}&")}page={page}";

    /// <summary>A page past the last one (an old link, a typed URL): where the last page is, or null when this page is fine.</summary>
    public string? LastPageUrlIfPastTheEnd => Page.Total > 0 && Page.Page > Page.PageCount ? PageUrl(Page.PageCount) : null;
}

public sealed record OrganisationViewModel(OrganisationProfile Profile);

public sealed record RecommendationsViewModel(
    IReadOnlyList<RecommendationItem> Recommendations,
    IReadOnlyDictionary<int, IReadOnlyList<MirpsPractices.Core.Features.Commitments.ChainEntry>>? Timelines = null)
{
    public IReadOnlyList<MirpsPractices.Core.Features.Commitments.ChainEntry> TimelineOf(int id) =>
        Timelines is not null && Timelines.TryGetValue(id, out var entries) ? entries : [];
}

/// <summary>A joint recommendation as the list shows it: in a reviewed translation (with its note) or as written.</summary>
public sealed record RecommendationItem(PublicRecommendation Recommendation, PracticeTranslationNote? Translation);

public sealed record StatisticsViewModel(CatalogueStatisticsData Data);

public sealed record SubnationalStatisticsViewModel(SubnationalStatisticsData Data);

public sealed record SortOption(string Value, CatalogueSort Sort, bool Selected);
