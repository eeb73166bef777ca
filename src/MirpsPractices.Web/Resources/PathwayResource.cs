namespace MirpsPractices.Web.Resources;

/// <summary>Marker for the strings of similar practices while writing and replication pathways (issue 13, items 2 and 4).</summary>
public sealed class PathwayResource;
