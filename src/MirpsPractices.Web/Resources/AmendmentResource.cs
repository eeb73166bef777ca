namespace MirpsPractices.Web.Resources;

/// <summary>Marker for the strings of amendments to draft recommendations, their word diff and the version history (issue 14).</summary>
public sealed class AmendmentResource;
