using System.Globalization;
using System.Text;
using MirpsPractices.Core.Features.Catalogue;

namespace MirpsPractices.Web.Models.Catalogue;

/// <summary>Writes a catalogue view back into a URL, with the same parameter names the input model binds.</summary>
public static class CatalogueUrls
{
    public static string ParameterName(CatalogueFacet facet) => facet switch
    {
        CatalogueFacet.Country => "country",
        CatalogueFacet.StrategyArea => "area",
        CatalogueFacet.ActorType => "actor",
        CatalogueFacet.Population => "population",
        CatalogueFacet.Mechanism => "mechanism",
        CatalogueFacet.Status => "status",
        CatalogueFacet.Language => "language",
        CatalogueFacet.BlockActorType => "blockactor",
        CatalogueFacet.SubnationalArea => "adm1",
        _ => "year",
    };

    public static IReadOnlyList<string> Values(CatalogueQuery query, CatalogueFacet facet) => facet switch
    {
        CatalogueFacet.Country => query.Countries,
        CatalogueFacet.StrategyArea => query.StrategyAreas.Select(v => v.ToString()).ToList(),
        CatalogueFacet.ActorType => query.ActorTypes.Select(v => v.ToString()).ToList(),
        CatalogueFacet.Population => query.Populations.Select(v => v.ToString()).ToList(),
        CatalogueFacet.Mechanism => query.Mechanisms.Select(v => v.ToString()).ToList(),
        CatalogueFacet.Status => query.Statuses.Select(v => v.ToString()).ToList(),
        CatalogueFacet.Language => query.Languages,
        CatalogueFacet.BlockActorType => query.BlockActorTypes.Select(v => v.ToString()).ToList(),
        CatalogueFacet.SubnationalArea => query.SubnationalAreas,
        _ => query.Years.Select(v => v.ToString(CultureInfo.InvariantCulture)).ToList(),
    };

    /// <summary>The query string of a view (filters, and optionally sort and page), starting with '?', or "" when empty.</summary>
    public static string QueryString(CatalogueQuery query, bool includeSortAndPage = true, int? page = null, (CatalogueFacet Facet, string Value)? without = null, bool withoutText = false)
    {
        var pairs = new List<(string, string)>();
        if (!withoutText && !string.IsNullOrEmpty(query.Text))
        {
            pairs.Add(("q", query.Text));
        }
        foreach (var facet in Enum.GetValues<CatalogueFacet>())
        {
            foreach (var value in Values(query, facet))
            {
                if (without is { } w && w.Facet == facet && w.Value == value)
                {
                    continue;
                }
                pairs.Add((ParameterName(facet), value));
            }
        }
        if (includeSortAndPage)
        {
            if (query.Sort is { } sort)
            {
                pairs.Add(("sort", sort.ToString().ToLowerInvariant()));
            }
            var p = page ?? query.Page;
            if (p > 1)
            {
                pairs.Add(("page", p.ToString(CultureInfo.InvariantCulture)));
            }
            if (query.PageSize != CatalogueQuery.DefaultPageSize)
            {
                pairs.Add(("pageSize", query.PageSize.ToString(CultureInfo.InvariantCulture)));
            }
        }
        if (pairs.Count == 0)
        {
            return "";
        }
        var builder = new StringBuilder("?");
        foreach (var (key, value) in pairs)
        {
            if (builder.Length > 1)
            {
                builder.Append('&');
            }
            builder.Append(key).Append('=').Append(Uri.EscapeDataString(value));
        }
        return builder.ToString();
    }

    public static string Page(CatalogueQuery query, int page) => "/catalogue" + QueryString(query, page: page);

    public static string Without(CatalogueQuery query, CatalogueFacet facet, string value) => "/catalogue" + QueryString(query, page: 1, without: (facet, value));

    public static string WithoutText(CatalogueQuery query) => "/catalogue" + QueryString(query, page: 1, withoutText: true);

    public static string Export(CatalogueQuery query, string path) => path + QueryString(query, includeSortAndPage: false);
}
