namespace MirpsPractices.Web.Resources;

/// <summary>Marker for the strings of importing practices from a Word template or a spreadsheet (issue 15).</summary>
public sealed class ImportResource;
