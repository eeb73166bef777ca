namespace MirpsPractices.Web.Resources;

/// <summary>Marker for the strings of what can be reused: comparison of practices (issue 13).</summary>
public sealed class ReuseResource;
