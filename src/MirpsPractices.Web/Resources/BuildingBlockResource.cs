namespace MirpsPractices.Web.Resources;

/// <summary>Marker for the strings of building blocks: the form's block fields, the block page and the catalogue's block facet (issue 13).</summary>
public sealed class BuildingBlockResource;
