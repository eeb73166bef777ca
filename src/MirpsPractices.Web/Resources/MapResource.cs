namespace MirpsPractices.Web.Resources;

/// <summary>Marker for the strings of the geographic map on the statistics and pathways pages (issue 13, item 5).</summary>
public sealed class MapResource;
