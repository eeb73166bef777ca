using MirpsPractices.Core.Domain;

namespace MirpsPractices.Core.Features.Catalogue;

public enum CatalogueSort
{
    Relevance,
    Newest,
    Title,
}

/// <summary>The facets of the catalogue, in the order the page shows them.</summary>
public enum CatalogueFacet
{
    Country,
    StrategyArea,
    ActorType,
    Population,
    Mechanism,
    Status,
    Year,

    /// <summary>Available in a language (issue 12): written in it, or with a reviewed translation into it.</summary>
    Language,

    /// <summary>Has a building block carried by an actor type (issue 13).</summary>
    BlockActorType,
    /// <summary>First-level subdivision by ISO 3166-2 code (issue 13).</summary>
    SubnationalArea,
}

/// <summary>
/// Everything that selects a view of the catalogue. Within a facet the values are alternatives (OR); facets combine (AND).
/// Build it with <see cref="Normalise"/> so that unknown codes, duplicates and silly page sizes never reach a query.
/// </summary>
public sealed record CatalogueQuery
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;
    public const int MaxQueryLength = 200;

    public string? Text { get; init; }
    public IReadOnlyList<string> Countries { get; init; } = [];
    public IReadOnlyList<StrategyArea> StrategyAreas { get; init; } = [];
    public IReadOnlyList<ActorType> ActorTypes { get; init; } = [];
    public IReadOnlyList<Population> Populations { get; init; } = [];
    public IReadOnlyList<CoordinationMechanism> Mechanisms { get; init; } = [];
    public IReadOnlyList<ImplementationStatus> Statuses { get; init; } = [];
    public IReadOnlyList<int> Years { get; init; } = [];

    /// <summary>Record languages (<see cref="RecordLanguages"/>) the practices must be readable in.</summary>
    public IReadOnlyList<string> Languages { get; init; } = [];

    /// <summary>Actor types one of the practice's building blocks must be carried by (issue 13).</summary>
    public IReadOnlyList<ActorType> BlockActorTypes { get; init; } = [];
    /// <summary>ISO 3166-2 codes of subnational areas (<see cref="Domain.SubnationalAreas"/>).</summary>
    public IReadOnlyList<string> SubnationalAreas { get; init; } = [];
    public CatalogueSort? Sort { get; init; }
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = DefaultPageSize;

    public FullTextQuery FullText => FullTextQuery.Parse(Text);

    /// <summary>Relevance when there are words to rank by, newest otherwise, unless a sort is asked for.</summary>
    public CatalogueSort EffectiveSort => Sort switch
    {
        CatalogueSort.Relevance when FullText.IsEmpty => CatalogueSort.Newest,
        null => FullText.IsEmpty ? CatalogueSort.Newest : CatalogueSort.Relevance,
        var sort => sort.Value,
    };

    public bool HasFilters => !FullText.IsEmpty || Countries.Count + StrategyAreas.Count + ActorTypes.Count + Populations.Count + Mechanisms.Count + Statuses.Count + Years.Count + Languages.Count + BlockActorTypes.Count + SubnationalAreas.Count > 0;

    /// <summary>Parses raw query-string values; anything unknown is dropped rather than failing the page.</summary>
    public static CatalogueQuery Normalise(
        string? text,
        IEnumerable<string>? countries = null,
        IEnumerable<string>? strategyAreas = null,
        IEnumerable<string>? actorTypes = null,
        IEnumerable<string>? populations = null,
        IEnumerable<string>? mechanisms = null,
        IEnumerable<string>? statuses = null,
        IEnumerable<string>? years = null,
        string? sort = null,
        int? page = null,
        int? pageSize = null,
        IEnumerable<string>? languages = null,
        IEnumerable<string>? blockActorTypes = null,
        IEnumerable<string>? subnationalAreas = null)
    {
        var trimmed = string.IsNullOrWhiteSpace(text) ? null : text.Trim();
        if (trimmed is { Length: > MaxQueryLength })
        {
            trimmed = trimmed[..MaxQueryLength];
        }
        return new CatalogueQuery
        {
            Text = trimmed,
            Countries = Clean(countries).Select(c => c.ToUpperInvariant()).Where(Country.MirpsCodes.Contains).Distinct().Order(StringComparer.Ordinal).ToList(),
            StrategyAreas = Codes<StrategyArea>(strategyAreas),
            ActorTypes = Codes<ActorType>(actorTypes),
            Populations = Codes<Population>(populations),
            Mechanisms = Codes<CoordinationMechanism>(mechanisms),
            Statuses = Codes<ImplementationStatus>(statuses),
            Years = Clean(years).Select(y => int.TryParse(y, out var year) ? year : 0).Where(y => y is >= 1950 and <= 2200).Distinct().Order().ToList(),
            Languages = Clean(languages).Select(l => l.ToLowerInvariant()).Where(RecordLanguages.All.Contains).Distinct().Order(StringComparer.Ordinal).ToList(),
            BlockActorTypes = Codes<ActorType>(blockActorTypes),
            SubnationalAreas = Clean(subnationalAreas).Select(c => c.ToUpperInvariant()).Where(Domain.SubnationalAreas.IsKnown).Distinct()
                .OrderBy(Domain.SubnationalAreas.Order).ToList(),
            Sort = Enum.TryParse<CatalogueSort>(sort, ignoreCase: true, out var s) && Enum.IsDefined(s) ? s : null,
            Page = Math.Max(1, Math.Min(page ?? 1, 100_000)),
            PageSize = Math.Clamp(pageSize ?? DefaultPageSize, 1, MaxPageSize),
        };
    }

    private static IEnumerable<string> Clean(IEnumerable<string>? values) =>
        (values ?? []).SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Take(50);

    // Only names: Enum.TryParse would also accept numbers such as "3".
    private static List<TEnum> Codes<TEnum>(IEnumerable<string>? values) where TEnum : struct, Enum =>
        Clean(values)
            .Select(v => Enum.GetNames<TEnum>().FirstOrDefault(n => string.Equals(n, v, StringComparison.OrdinalIgnoreCase)))
            .OfType<string>()
            .Select(Enum.Parse<TEnum>)
            .Distinct()
            .Order()
            .ToList();
}
