namespace MirpsPractices.Web.Resources;

/// <summary>Marker for the strings of the bulk import's confirm step (issue 15: the owner of imported drafts).</summary>
public sealed class ImportPublishResource;
