using System.IO.Compression;
using MirpsPractices.Core.Features.Attachments;

namespace MirpsPractices.UnitTests.Workflow;

public sealed class FileSignatureTests
{
    public static byte[] Pdf() => "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF"u8.ToArray();

    public static byte[] Png() => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52];

    public static byte[] Jpeg() => [0xFF, 0xD8, 0xFF, 0xE0, 0, 16, 0x4A, 0x46, 0x49, 0x46];

    public static byte[] OfficePackage(string part)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var writer = new StreamWriter(zip.CreateEntry("[Content_Types].xml").Open()))
            {
                writer.Write("<Types/>");
            }
            using (var writer = new StreamWriter(zip.CreateEntry(part).Open()))
            {
                writer.Write("<x/>");
            }
        }
        return stream.ToArray();
    }

    [Fact]
    public void Pdf_png_and_jpeg_are_recognised_by_their_magic_bytes()
    {
        Assert.Equal(FileSignatures.Pdf, FileSignatures.Detect(Pdf()));
        Assert.Equal(FileSignatures.Png, FileSignatures.Detect(Png()));
        Assert.Equal(FileSignatures.Jpeg, FileSignatures.Detect(Jpeg()));
    }

    [Fact]
    public void Docx_and_xlsx_are_recognised_inside_the_zip_package()
    {
        Assert.Equal(FileSignatures.Docx, FileSignatures.Detect(OfficePackage("word/document.xml")));
        Assert.Equal(FileSignatures.Xlsx, FileSignatures.Detect(OfficePackage("xl/workbook.xml")));
    }

    [Fact]
    public void Other_content_is_refused_whatever_it_claims_to_be()
    {
        Assert.Null(FileSignatures.Detect("<html><script>alert(1)</script></html>"u8.ToArray()));
        Assert.Null(FileSignatures.Detect("MZ\u0090\0 executable"u8.ToArray()));
        Assert.Null(FileSignatures.Detect(OfficePackage("ppt/presentation.xml")));
        Assert.Null(FileSignatures.Detect([0x50, 0x4B, 0x03, 0x04, 1, 2, 3]));
        Assert.Null(FileSignatures.Detect([]));
    }

    [Theory]
    [InlineData("../../etc/informe final.pdf", "informe final.pdf")]
    [InlineData("C:\\Users\\ana\\foto.exe", "foto.pdf")]
    [InlineData("\"evil\"\r\n.pdf", "evil.pdf")]
    [InlineData("", "adjunto.pdf")]
    public void File_names_lose_paths_and_dangerous_characters_and_take_the_detected_extension(string original, string expected) =>
        Assert.Equal(expected, FileSignatures.SafeFileName(original, FileSignatures.Pdf));
}
