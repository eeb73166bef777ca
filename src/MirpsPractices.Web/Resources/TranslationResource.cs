namespace MirpsPractices.Web.Resources;

/// <summary>Marker for the strings of translations (issue 12): the translation screen, the queue, the public notes.</summary>
public sealed class TranslationResource;
