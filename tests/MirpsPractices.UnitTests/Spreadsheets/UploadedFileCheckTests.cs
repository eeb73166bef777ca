using System.Text;
using MirpsPractices.Core.Spreadsheets;
using MirpsPractices.UnitTests.Workflow;

namespace MirpsPractices.UnitTests.Spreadsheets;

public sealed class UploadedFileCheckTests
{
    private static readonly UploadKind[] Spreadsheets = [UploadKind.Xlsx, UploadKind.Csv];

    [Fact]
    public void A_real_xlsx_and_a_csv_are_accepted_with_their_kind()
    {
        Assert.Equal(new UploadCheck(UploadProblem.None, UploadKind.Xlsx), UploadedFileCheck.Check(XlsxWriter.Write([["a", "b"]]), Spreadsheets));
        Assert.Equal(new UploadCheck(UploadProblem.None, UploadKind.Csv), UploadedFileCheck.Check("title,summary\r\nA,B\r\n"u8.ToArray(), Spreadsheets));
    }

    [Fact]
    public void A_docx_is_refused_where_only_spreadsheets_are_accepted_and_accepted_where_docx_is()
    {
        var docx = FileSignatureTests.OfficePackage("word/document.xml");
        Assert.Equal(UploadProblem.UnsupportedType, UploadedFileCheck.Check(docx, Spreadsheets).Problem);
        Assert.Equal(UploadKind.Docx, UploadedFileCheck.Check(docx, [UploadKind.Docx]).Kind);
    }

    [Fact]
    public void Binary_content_named_csv_is_refused()
    {
        Assert.Equal(UploadProblem.UnsupportedType, UploadedFileCheck.Check(FileSignatureTests.Pdf(), Spreadsheets).Problem);
        Assert.Equal(UploadProblem.UnsupportedType, UploadedFileCheck.Check([0x4D, 0x5A, 0x90, 0x00, 0x03], Spreadsheets).Problem);
        Assert.Equal(UploadProblem.UnsupportedType, UploadedFileCheck.Check("a,b"u8.ToArray(), [UploadKind.Xlsx]).Problem);
    }

    [Fact]
    public void Empty_and_oversized_files_are_refused_before_anything_else()
    {
        Assert.Equal(UploadProblem.Empty, UploadedFileCheck.Check([], Spreadsheets).Problem);
        var limits = UploadLimits.Default with { MaxBytes = 10 };
        Assert.Equal(UploadProblem.TooLarge, UploadedFileCheck.Check(Encoding.UTF8.GetBytes("title\r\nlonger than ten"), Spreadsheets, limits).Problem);
    }

    [Fact]
    public void A_zip_bomb_is_refused_by_its_compression_ratio()
    {
        var bomb = SpreadsheetFiles.ZipBomb();
        Assert.True(bomb.Length < 200_000);
        Assert.Equal(UploadProblem.SuspiciousCompression, UploadedFileCheck.Check(bomb, Spreadsheets).Problem);
    }

    [Fact]
    public void A_package_over_the_decompressed_size_limit_is_refused()
    {
        var limits = UploadLimits.Default with { MaxUncompressedBytes = 1024 * 1024, MaxCompressionRatio = double.MaxValue };
        Assert.Equal(UploadProblem.TooLargeUncompressed, UploadedFileCheck.Check(SpreadsheetFiles.ZipBomb(2), Spreadsheets, limits).Problem);
    }

    [Fact]
    public void A_package_with_too_many_parts_is_refused()
    {
        var limits = UploadLimits.Default with { MaxEntries = 3 };
        Assert.Equal(UploadProblem.TooManyParts, UploadedFileCheck.Check(XlsxWriter.Write([["a"]]), Spreadsheets, limits).Problem);
    }

    [Fact]
    public void An_xlsx_with_an_external_entity_is_refused()
    {
        Assert.Equal(UploadProblem.DocumentTypeDefinition, UploadedFileCheck.Check(SpreadsheetFiles.ExternalEntity(), Spreadsheets).Problem);
    }

    [Fact]
    public void A_truncated_package_is_unreadable()
    {
        var xlsx = XlsxWriter.Write([["a"]]);
        var check = UploadedFileCheck.Check(xlsx[..(xlsx.Length / 2)], Spreadsheets);
        Assert.False(check.IsAccepted);
    }
}
