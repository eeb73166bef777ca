namespace MirpsPractices.Web.Resources;

/// <summary>Marker for the strings of bulk progress updates by spreadsheet (download, upload, preview, confirm).</summary>
public sealed class CommitmentBulkResource;
