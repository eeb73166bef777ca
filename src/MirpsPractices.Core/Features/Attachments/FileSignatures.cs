using System.IO.Compression;

namespace MirpsPractices.Core.Features.Attachments;

public sealed record DetectedType(string ContentType, string Extension);

/// <summary>
/// Recognises the accepted attachment types by their content, never by the name or the browser's claim: PDF, PNG and JPEG
/// by their magic bytes; DOCX and XLSX as ZIP packages holding [Content_Types].xml and a word/ or xl/ part.
/// </summary>
public static class FileSignatures
{
    public const long MaxBytes = 10 * 1024 * 1024;

    public static readonly DetectedType Pdf = new("application/pdf", ".pdf");
    public static readonly DetectedType Png = new("image/png", ".png");
    public static readonly DetectedType Jpeg = new("image/jpeg", ".jpg");
    public static readonly DetectedType Docx = new("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx");
    public static readonly DetectedType Xlsx = new("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx");

    private static readonly byte[] PdfMagic = "%PDF-"u8.ToArray();
    private static readonly byte[] PngMagic = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] JpegMagic = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] ZipMagic = [0x50, 0x4B, 0x03, 0x04];

    public static DetectedType? Detect(byte[] content)
    {
        var span = content.AsSpan();
        if (span.StartsWith(PdfMagic))
        {
            return Pdf;
        }
        if (span.StartsWith(PngMagic))
        {
            return Png;
        }
        if (span.StartsWith(JpegMagic))
        {
            return Jpeg;
        }
        return span.StartsWith(ZipMagic) ? DetectOfficePackage(content) : null;
    }

    private static DetectedType? DetectOfficePackage(byte[] content)
    {
        try
        {
            using var stream = new MemoryStream(content, writable: false);
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read);
            var names = zip.Entries.Select(e => e.FullName).ToList();
            if (!names.Contains("[Content_Types].xml"))
            {
                return null;
            }
            if (names.Any(n => n.StartsWith("word/", StringComparison.Ordinal)))
            {
                return Docx;
            }
            return names.Any(n => n.StartsWith("xl/", StringComparison.Ordinal)) ? Xlsx : null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    /// <summary>A file name safe to show and to put in Content-Disposition: no path, no control characters, the detected extension.</summary>
    public static string SafeFileName(string? original, DetectedType type)
    {
        var name = Path.GetFileNameWithoutExtension(Path.GetFileName((original ?? "").Replace('\\', '/')));
        name = new string([.. name.Where(c => !char.IsControl(c) && c is not ('"' or '/' or '\\' or ':' or '*' or '?' or '<' or '>' or '|'))]).Trim();
        if (name.Length == 0)
        {
            name = "adjunto";
        }
        if (name.Length > 120)
        {
            name = name[..120];
        }
        return name + type.Extension;
    }
}
