using MirpsPractices.Core.Features.Catalogue;

namespace MirpsPractices.Web.Models.Catalogue;

/// <summary>The catalogue's state as it travels in the query string (shareable, bookmarkable, back-button safe).</summary>
public sealed class CatalogueInputModel
{
    public string? Q { get; set; }
    public string[]? Country { get; set; }
    public string[]? Area { get; set; }
    public string[]? Actor { get; set; }
    public string[]? Population { get; set; }
    public string[]? Mechanism { get; set; }
    public string[]? Status { get; set; }
    public string[]? Year { get; set; }

    /// <summary>Available in (issue 12): "es", "en".</summary>
    public string[]? Language { get; set; }

    /// <summary>Has a building block carried by these actor types (issue 13).</summary>
    public string[]? BlockActor { get; set; }
    /// <summary>Subnational areas (issue 13): ISO 3166-2 codes such as "GT-16".</summary>
    public string[]? Adm1 { get; set; }
    public string? Sort { get; set; }
    public int? Page { get; set; }
    public int? PageSize { get; set; }

    public CatalogueQuery ToQuery() =>
        CatalogueQuery.Normalise(Q, Country, Area, Actor, Population, Mechanism, Status, Year, Sort, Page, PageSize, Language, BlockActor, Adm1);
}
