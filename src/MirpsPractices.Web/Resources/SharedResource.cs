namespace MirpsPractices.Web.Resources;

/// <summary>Marker for the shared strings: layout, common words and the labels of reference codes.</summary>
public sealed class SharedResource;
