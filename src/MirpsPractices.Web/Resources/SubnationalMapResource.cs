namespace MirpsPractices.Web.Resources;

/// <summary>Marker for the strings of the map's second level: the country pages of subnational areas (issue 13, item 5).</summary>
public sealed class SubnationalMapResource;
