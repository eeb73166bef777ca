namespace MirpsPractices.Web.Resources;

/// <summary>Marker for the strings of subnational areas (ISO 3166-2 first-level subdivisions): form, practice page, facet.</summary>
public sealed class SubnationalResource;
