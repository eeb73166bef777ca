using System.Globalization;

namespace MirpsPractices.Core.Features.Practices;

public enum PracticeEditKind
{
    /// <summary>Fields of the content changed; <see cref="PracticeEdit.Fields"/> names them.</summary>
    Fields,
    Created,
    RevisionStarted,
    RevisionPublished,
    AttachmentAdded,
    AttachmentRemoved,
    /// <summary>Created from an uploaded file; <see cref="PracticeEdit.Argument"/> is the file name (and the row, for a spreadsheet).</summary>
    Imported,
}

/// <summary>One recorded edit of a practice, as its timeline tells it; <see cref="Argument"/> is a revision number or a file name.</summary>
public sealed record PracticeEdit(PracticeEditKind Kind, string? Argument, IReadOnlyList<string> Fields);

/// <summary>
/// The details of a <c>PracticeEdited</c> audit entry: written in a fixed, language-neutral form (the audit log is read by
/// administrators and tools), read back into a <see cref="PracticeEdit"/> so that the timeline can say it in the reader's language.
/// </summary>
public static class PracticeEditDetails
{
    private const string CreatedText = "created";
    private const string RevisionPrefix = "revision #";
    private const string StartedSuffix = " started";
    private const string PublishedSuffix = " published";
    private const string AttachmentAddedPrefix = "attachment added: ";
    private const string AttachmentRemovedPrefix = "attachment removed: ";
    private const string ImportedPrefix = "imported from file ";

    public static string Created => CreatedText;

    public static string ChangedFields(IEnumerable<string> fields) => string.Join(", ", fields);

    public static string RevisionStarted(int revisionId) => $"{RevisionPrefix}{revisionId.ToString(CultureInfo.InvariantCulture)}{StartedSuffix}";

    public static string RevisionPublished(int revisionId) => $"{RevisionPrefix}{revisionId.ToString(CultureInfo.InvariantCulture)}{PublishedSuffix}";

    public static string AttachmentAdded(string fileName) => AttachmentAddedPrefix + fileName;

    public static string AttachmentRemoved(string fileName) => AttachmentRemovedPrefix + fileName;

    /// <summary>"imported from file X" (a Word template) or "imported from file X, row N" (a spreadsheet).</summary>
    public static string Imported(string fileName, int? row = null) =>
        ImportedPrefix + fileName + (row is int r ? ", row " + r.ToString(CultureInfo.InvariantCulture) : "");

    /// <summary>Splits the argument of an <see cref="PracticeEditKind.Imported"/> entry into the file name and the row, if any.</summary>
    public static (string FileName, int? Row) ImportedSource(string argument)
    {
        var at = argument.LastIndexOf(", row ", StringComparison.Ordinal);
        return at > 0 && int.TryParse(argument[(at + 6)..], NumberStyles.None, CultureInfo.InvariantCulture, out var row)
            ? (argument[..at], row)
            : (argument, null);
    }

    public static PracticeEdit Parse(string? details)
    {
        if (string.IsNullOrEmpty(details))
        {
            return new PracticeEdit(PracticeEditKind.Fields, null, []);
        }
        if (details == CreatedText)
        {
            return new PracticeEdit(PracticeEditKind.Created, null, []);
        }
        if (details.StartsWith(AttachmentAddedPrefix, StringComparison.Ordinal))
        {
            return new PracticeEdit(PracticeEditKind.AttachmentAdded, details[AttachmentAddedPrefix.Length..], []);
        }
        if (details.StartsWith(ImportedPrefix, StringComparison.Ordinal))
        {
            return new PracticeEdit(PracticeEditKind.Imported, details[ImportedPrefix.Length..], []);
        }
        if (details.StartsWith(AttachmentRemovedPrefix, StringComparison.Ordinal))
        {
            return new PracticeEdit(PracticeEditKind.AttachmentRemoved, details[AttachmentRemovedPrefix.Length..], []);
        }
        if (details.StartsWith(RevisionPrefix, StringComparison.Ordinal))
        {
            var rest = details[RevisionPrefix.Length..];
            if (rest.EndsWith(StartedSuffix, StringComparison.Ordinal))
            {
                return new PracticeEdit(PracticeEditKind.RevisionStarted, rest[..^StartedSuffix.Length], []);
            }
            if (rest.EndsWith(PublishedSuffix, StringComparison.Ordinal))
            {
                return new PracticeEdit(PracticeEditKind.RevisionPublished, rest[..^PublishedSuffix.Length], []);
            }
        }
        return new PracticeEdit(PracticeEditKind.Fields, null, details.Split(", ", StringSplitOptions.RemoveEmptyEntries));
    }
}
