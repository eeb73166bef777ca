namespace MirpsPractices.Web.Resources;

/// <summary>Marker for the strings of translated building blocks (issue 13 with issue 12): their fields in the translation form.</summary>
public sealed class BlockTranslationResource;
