namespace MirpsPractices.Web.Resources;

/// <summary>Marker for the strings of reliability features: oversized, malformed and unavailable responses.</summary>
public sealed class ReliabilityResource;
