using System.Text;
using MirpsPractices.Core.Spreadsheets;

namespace MirpsPractices.UnitTests.Spreadsheets;

public sealed class SpreadsheetReadWriteTests
{
    [Fact]
    public void Rows_written_as_xlsx_read_back_equal_including_accents_line_breaks_and_formula_like_text()
    {
        IReadOnlyList<string>[] rows =
        [
            ["título", "resumen", "fórmula"],
            ["Capacitación en México", "Línea 1\nLínea 2", "=1+1"],
            ["  espacios  ", "", "último"],
        ];
        var read = XlsxReader.ReadFirstSheet(XlsxWriter.Write(rows));
        Assert.Equal(rows[0], read[0]);
        Assert.Equal(rows[1], read[1]);
        Assert.Equal(["  espacios  ", "", "último"], read[2]);
    }

    [Fact]
    public void Characters_xml_cannot_carry_are_dropped_when_writing()
    {
        var read = XlsxReader.ReadFirstSheet(XlsxWriter.Write([["a\u0001b\u000Bc"]]));
        Assert.Equal("abc", read[0][0]);
    }

    [Fact]
    public void Shared_strings_numbers_dates_booleans_and_gaps_are_read_as_text()
    {
        var xlsx = SpreadsheetFiles.Rewrite(XlsxWriter.Write([["x"]]), "xl/worksheets/sheet1.xml", _ => """
            <x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>
            <x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="C1" t="inlineStr"><x:is><x:t>inline</x:t></x:is></x:c></x:row>
            <x:row r="3"><x:c r="A3"><x:v>1250</x:v></x:c><x:c r="B3" s="2"><x:v>45159</x:v></x:c><x:c r="C3" t="b"><x:v>1</x:v></x:c><x:c r="D3"><x:v>0.5</x:v></x:c></x:row>
            </x:sheetData></x:worksheet>
            """, sharedStrings: """
            <sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><r><t>compar</t></r><r><t>tido</t></r></si></sst>
            """);
        xlsx = SpreadsheetFiles.Rewrite(xlsx, "xl/styles.xml", original => original.Replace(
            "</x:cellXfs>", "<x:xf numFmtId=\"14\" applyNumberFormat=\"1\"/></x:cellXfs>", StringComparison.Ordinal).Replace("count=\"2\"", "count=\"3\"", StringComparison.Ordinal));
        xlsx = AddSharedStringsRelationship(xlsx);

        var rows = XlsxReader.ReadFirstSheet(xlsx);

        Assert.Equal(["compartido", "", "inline"], rows[0]);
        Assert.Empty(rows[1]);
        Assert.Equal(["1250", "2023-08-21", "TRUE", "0.5"], rows[2]);
    }

    [Theory]
    [InlineData("yyyy-mm-dd", true)]
    [InlineData("dd/mm/yyyy;@", true)]
    [InlineData("[$-409]mmmm d, yyyy", true)]
    [InlineData("0.00", false)]
    [InlineData("#,##0 \"días\"", false)]
    [InlineData("[Red]0", false)]
    public void Custom_date_formats_are_told_from_number_formats(string code, bool isDate) =>
        Assert.Equal(isDate, XlsxReader.IsDateFormatCode(code));

    [Fact]
    public void Column_names_and_indexes_agree()
    {
        Assert.Equal("A", XlsxReader.ColumnName(0));
        Assert.Equal("Z", XlsxReader.ColumnName(25));
        Assert.Equal("AB", XlsxReader.ColumnName(27));
        Assert.Equal(27, XlsxReader.ColumnIndex("AB12"));
    }

    [Fact]
    public void A_corrupt_workbook_raises_a_spreadsheet_exception()
    {
        var xlsx = SpreadsheetFiles.Rewrite(XlsxWriter.Write([["x"]]), "xl/worksheets/sheet1.xml", _ => "<not-closed");
        Assert.Throws<SpreadsheetException>(() => XlsxReader.ReadFirstSheet(xlsx));
    }

    [Fact]
    public void Too_many_rows_are_refused()
    {
        var rows = Enumerable.Range(0, 12).Select(i => (IReadOnlyList<string>)[i.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        var error = Assert.Throws<SpreadsheetException>(() => XlsxReader.ReadFirstSheet(XlsxWriter.Write(rows), new TableLimits(10, 5)));
        Assert.Equal(UploadProblem.TooLarge, error.Problem);
    }

    [Fact]
    public void Csv_as_the_export_writes_it_reads_back_quoted_fields_line_breaks_and_neutralised_formulas()
    {
        var csv = "\uFEFFid,title,summary\r\n#activity+id,#activity+name,#activity+description\r\n7,\"Ferias, y \"\"empleo\"\"\",\"línea 1\r\nlínea 2\"\r\n8,'=SUM(A1),'-10 personas\r\n";
        var rows = CsvReader.Read(new UTF8Encoding(false).GetBytes(csv));
        Assert.Equal(4, rows.Count);
        Assert.Equal(["id", "title", "summary"], rows[0]);
        Assert.Equal(["7", "Ferias, y \"empleo\"", "línea 1\r\nlínea 2"], rows[2]);
        Assert.Equal(["8", "=SUM(A1)", "-10 personas"], rows[3]);
    }

    [Fact]
    public void Csv_with_semicolons_and_latin1_accents_is_read()
    {
        var rows = CsvReader.Read(Encoding.Latin1.GetBytes("título;países\nCapacitación;MX | GT\n"));
        Assert.Equal(["título", "países"], rows[0]);
        Assert.Equal(["Capacitación", "MX | GT"], rows[1]);
    }

    [Fact]
    public void Csv_keeps_blank_lines_as_empty_rows_so_row_numbers_match()
    {
        var rows = CsvReader.Read("a,b\n\n1,2"u8.ToArray());
        Assert.Equal(3, rows.Count);
        Assert.Empty(rows[1]);
        Assert.Equal(["1", "2"], rows[2]);
    }

    [Fact]
    public void An_unclosed_quote_raises_a_spreadsheet_exception() =>
        Assert.Throws<SpreadsheetException>(() => CsvReader.Read("a,\"b\n1,2"u8.ToArray()));

    private static byte[] AddSharedStringsRelationship(byte[] xlsx)
    {
        xlsx = SpreadsheetFiles.Rewrite(xlsx, "xl/_rels/workbook.xml.rels", original => original.Replace("</Relationships>",
            "<Relationship Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"/xl/sharedStrings.xml\" Id=\"rSst\" /></Relationships>",
            StringComparison.Ordinal));
        return SpreadsheetFiles.Rewrite(xlsx, "[Content_Types].xml", original => original.Replace("</Types>",
            "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\" /></Types>",
            StringComparison.Ordinal));
    }
}
