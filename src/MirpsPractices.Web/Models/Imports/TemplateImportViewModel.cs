using MirpsPractices.Core.Features.Imports;

namespace MirpsPractices.Web.Models.Imports;

/// <summary>One line of the import result: the field's label and, for a problem, the localized reason.</summary>
public sealed record ImportLine(string Field, string? Reason = null);

/// <summary>The result page of a Word template upload: what went in, what did not and why, named field by field.</summary>
public sealed record TemplateImportViewModel(
    string FileName,
    int PracticeId,
    string Title,
    bool AlreadyImported,
    int? Version,
    IReadOnlyList<string> Imported,
    IReadOnlyList<ImportLine> Problems,
    IReadOnlyList<string> UnknownParts,
    IReadOnlyList<string> MissingFields)
{
    public bool IsOlderVersion => Version is int v && v < PracticeFields.TemplateVersion;
}
