using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace MirpsPractices.Core.Spreadsheets;

/// <summary>One worksheet to write: its name (at most 31 characters, no []:*?/\) and its rows of text.</summary>
public sealed record XlsxSheet(string Name, IEnumerable<IReadOnlyList<string>> Rows, bool BoldFirstRow = true);

/// <summary>
/// Writes rows of strings as an .xlsx workbook. Every cell is an inline string, so nothing a user typed is ever evaluated as a
/// formula; characters XML cannot carry are dropped; the first row can be bold and frozen as a header.
/// </summary>
public static class XlsxWriter
{
    public static byte[] Write(IEnumerable<IReadOnlyList<string>> rows, string sheetName = "Sheet1", bool boldFirstRow = true)
    {
        using var stream = new MemoryStream();
        Write(stream, [new XlsxSheet(sheetName, rows, boldFirstRow)]);
        return stream.ToArray();
    }

    public static void Write(Stream output, IReadOnlyList<XlsxSheet> sheets)
    {
        if (sheets.Count == 0)
        {
            throw new ArgumentException("At least one sheet is needed.", nameof(sheets));
        }
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbookPart = document.AddWorkbookPart();
        workbookPart.Workbook = new Workbook();
        var styles = workbookPart.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = Stylesheet();
        styles.Stylesheet.Save();
        var sheetList = workbookPart.Workbook.AppendChild(new Sheets());
        var usedNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        uint sheetId = 1;
        foreach (var sheet in sheets)
        {
            var part = workbookPart.AddNewPart<WorksheetPart>();
            WriteSheet(part, sheet);
            sheetList.Append(new Sheet
            {
                Id = workbookPart.GetIdOfPart(part),
                SheetId = sheetId,
                Name = UniqueName(SheetName(sheet.Name, sheetId), usedNames),
            });
            sheetId++;
        }
        workbookPart.Workbook.Save();
    }

    private static void WriteSheet(WorksheetPart part, XlsxSheet sheet)
    {
        using var writer = OpenXmlWriter.Create(part);
        writer.WriteStartElement(new Worksheet());
        if (sheet.BoldFirstRow)
        {
            writer.WriteElement(new SheetViews(new SheetView(
                new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen })
            { WorkbookViewId = 0 }));
        }
        writer.WriteStartElement(new SheetData());
        uint rowIndex = 1;
        foreach (var row in sheet.Rows)
        {
            writer.WriteStartElement(new Row { RowIndex = rowIndex });
            for (var column = 0; column < row.Count; column++)
            {
                var cell = new Cell
                {
                    CellReference = XlsxReader.ColumnName(column) + rowIndex.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    DataType = CellValues.InlineString,
                    InlineString = new InlineString(new Text(XmlSafe(row[column])) { Space = SpaceProcessingModeValues.Preserve }),
                };
                if (rowIndex == 1 && sheet.BoldFirstRow)
                {
                    cell.StyleIndex = 1;
                }
                writer.WriteElement(cell);
            }
            writer.WriteEndElement();
            rowIndex++;
        }
        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    private static Stylesheet Stylesheet() => new(
        new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellFormats(new CellFormat(), new CellFormat { FontId = 1, ApplyFont = true }) { Count = 2 });

    /// <summary>Drops characters XML 1.0 cannot carry (control characters other than tab and line breaks, lone surrogates).</summary>
    public static string XmlSafe(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }
        if (value.All(c => System.Xml.XmlConvert.IsXmlChar(c) ))
        {
            return value;
        }
        var builder = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                builder.Append(c).Append(value[++i]);
            }
            else if (System.Xml.XmlConvert.IsXmlChar(c))
            {
                builder.Append(c);
            }
        }
        return builder.ToString();
    }

    private static string SheetName(string? name, uint id)
    {
        var clean = new string([.. (name ?? "").Where(c => c is not ('[' or ']' or ':' or '*' or '?' or '/' or '\\') && !char.IsControl(c))]).Trim('\'', ' ');
        if (clean.Length > 31)
        {
            clean = clean[..31];
        }
        return clean.Length == 0 ? "Sheet" + id.ToString(System.Globalization.CultureInfo.InvariantCulture) : clean;
    }

    private static string UniqueName(string name, HashSet<string> used)
    {
        var candidate = name;
        for (var n = 2; !used.Add(candidate); n++)
        {
            var suffix = " (" + n.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")";
            candidate = (name.Length + suffix.Length > 31 ? name[..(31 - suffix.Length)] : name) + suffix;
        }
        return candidate;
    }
}
