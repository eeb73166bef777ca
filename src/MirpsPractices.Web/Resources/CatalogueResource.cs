namespace MirpsPractices.Web.Resources;

/// <summary>Marker for the strings of the public catalogue: search, practice page, directory, statistics and open data.</summary>
public sealed class CatalogueResource;
