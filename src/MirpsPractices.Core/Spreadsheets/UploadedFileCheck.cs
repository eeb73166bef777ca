using System.IO.Compression;
using System.Text;
using System.Xml;
using MirpsPractices.Core.Features.Attachments;

namespace MirpsPractices.Core.Spreadsheets;

/// <summary>The kinds of uploaded file the import features read.</summary>
public enum UploadKind
{
    Csv,
    Xlsx,
    Docx,
}

/// <summary>Why an uploaded file was refused before it was opened; the web tier turns each into a localized message.</summary>
public enum UploadProblem
{
    None,
    Empty,
    TooLarge,
    UnsupportedType,
    TooManyParts,
    TooLargeUncompressed,
    SuspiciousCompression,
    DocumentTypeDefinition,
    Unreadable,
}

/// <summary>
/// Limits applied to an upload before any library parses it. The defaults fit practice and commitment imports: a 10 MB file,
/// at most 1,000 parts in an Office package, 100 MB once decompressed, and no part over 1 MB that decompresses more than 200 times.
/// </summary>
public sealed record UploadLimits(long MaxBytes, int MaxEntries, long MaxUncompressedBytes, double MaxCompressionRatio, long RatioCheckedFromBytes)
{
    public static UploadLimits Default { get; } = new(10 * 1024 * 1024, 1_000, 100L * 1024 * 1024, 200, 1024 * 1024);
}

public sealed record UploadCheck(UploadProblem Problem, UploadKind? Kind)
{
    public bool IsAccepted => Problem == UploadProblem.None && Kind is not null;

    internal static UploadCheck Refused(UploadProblem problem) => new(problem, null);
}

/// <summary>
/// Checks an uploaded file before it is opened: its size, its real type by content (never by name or browser claim), and for
/// Office packages the zip-bomb defences (part count, declared and actual decompressed size, compression ratio — checked on the
/// central directory, then verified while decompressing with a hard cap) and the refusal of any XML part with a DOCTYPE, which
/// is how external entities and entity-expansion bombs get in.
/// </summary>
public static class UploadedFileCheck
{
    private static readonly XmlReaderSettings NoDtd = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersFromEntities = 0,
        CloseInput = false,
    };

    public static UploadCheck Check(byte[] content, IReadOnlyCollection<UploadKind> accepted, UploadLimits? limits = null)
    {
        limits ??= UploadLimits.Default;
        if (content.Length == 0)
        {
            return UploadCheck.Refused(UploadProblem.Empty);
        }
        if (content.Length > limits.MaxBytes)
        {
            return UploadCheck.Refused(UploadProblem.TooLarge);
        }
        if (content.AsSpan().StartsWith("PK"u8))
        {
            return CheckPackage(content, accepted, limits);
        }
        if (accepted.Contains(UploadKind.Csv) && FileSignatures.Detect(content) is null && LooksLikeText(content))
        {
            return new UploadCheck(UploadProblem.None, UploadKind.Csv);
        }
        return UploadCheck.Refused(UploadProblem.UnsupportedType);
    }

    private static UploadCheck CheckPackage(byte[] content, IReadOnlyCollection<UploadKind> accepted, UploadLimits limits)
    {
        try
        {
            using var stream = new MemoryStream(content, writable: false);
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read);
            var entries = zip.Entries;
            if (entries.Count > limits.MaxEntries)
            {
                return UploadCheck.Refused(UploadProblem.TooManyParts);
            }
            long declared = 0;
            foreach (var entry in entries)
            {
                declared += entry.Length;
                if (declared > limits.MaxUncompressedBytes)
                {
                    return UploadCheck.Refused(UploadProblem.TooLargeUncompressed);
                }
                if (entry.Length >= limits.RatioCheckedFromBytes
                    && (entry.CompressedLength == 0 || (double)entry.Length / entry.CompressedLength > limits.MaxCompressionRatio))
                {
                    return UploadCheck.Refused(UploadProblem.SuspiciousCompression);
                }
            }
            var type = FileSignatures.Detect(content);
            UploadKind? kind = type == FileSignatures.Xlsx ? UploadKind.Xlsx : type == FileSignatures.Docx ? UploadKind.Docx : null;
            if (kind is not UploadKind found || !accepted.Contains(found))
            {
                return UploadCheck.Refused(UploadProblem.UnsupportedType);
            }
            var problem = VerifyParts(entries, limits);
            return problem == UploadProblem.None ? new UploadCheck(UploadProblem.None, found) : UploadCheck.Refused(problem);
        }
        catch (InvalidDataException)
        {
            return UploadCheck.Refused(UploadProblem.Unreadable);
        }
    }

    /// <summary>Decompresses every part under a cap (declared sizes can lie) and reads each XML part's prolog with DTDs prohibited.</summary>
    private static UploadProblem VerifyParts(IEnumerable<ZipArchiveEntry> entries, UploadLimits limits)
    {
        var budget = limits.MaxUncompressedBytes;
        var buffer = new byte[81920];
        foreach (var entry in entries)
        {
            if (entry.FullName.EndsWith('/'))
            {
                continue;
            }
            using var capped = new CappedStream(entry.Open(), Math.Min(budget, entry.Length));
            try
            {
                if (IsXmlPart(entry.FullName))
                {
                    using var reader = XmlReader.Create(capped, NoDtd);
                    reader.MoveToContent();
                }
                while (capped.Read(buffer, 0, buffer.Length) > 0)
                {
                }
            }
            catch (CappedStream.LimitExceededException)
            {
                return UploadProblem.TooLargeUncompressed;
            }
            catch (XmlException ex) when (ex.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase))
            {
                return UploadProblem.DocumentTypeDefinition;
            }
            catch (XmlException)
            {
                return UploadProblem.Unreadable;
            }
            budget -= capped.BytesRead;
        }
        return UploadProblem.None;
    }

    private static bool IsXmlPart(string name) =>
        name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase)
        || name.EndsWith(".rels", StringComparison.OrdinalIgnoreCase)
        || name.EndsWith(".vml", StringComparison.OrdinalIgnoreCase);

    /// <summary>Plain text: no NUL byte, and UTF-8 (with or without a BOM) or a single-byte Windows/Latin-1 encoding.</summary>
    private static bool LooksLikeText(byte[] content) => Array.IndexOf(content, (byte)0) < 0;

    internal static string DecodeText(byte[] content)
    {
        var span = content.AsSpan();
        if (span.StartsWith(Encoding.UTF8.Preamble))
        {
            return Encoding.UTF8.GetString(span[Encoding.UTF8.Preamble.Length..]);
        }
        try
        {
            return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(content);
        }
        catch (DecoderFallbackException)
        {
            return Encoding.Latin1.GetString(content);
        }
    }

    private sealed class CappedStream(Stream inner, long cap) : Stream
    {
        public long BytesRead { get; private set; }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => BytesRead; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var read = inner.Read(buffer, offset, count);
            BytesRead += read;
            if (BytesRead > cap)
            {
                throw new LimitExceededException();
            }
            return read;
        }

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }
            base.Dispose(disposing);
        }

        public sealed class LimitExceededException : Exception
        {
            public LimitExceededException() : base("Decompressed data exceeds the allowed size.") { }
        }
    }
}
