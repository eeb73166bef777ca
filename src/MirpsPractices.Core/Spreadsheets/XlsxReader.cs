using System.Globalization;
using System.IO.Packaging;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace MirpsPractices.Core.Spreadsheets;

/// <summary>
/// Reads the first worksheet of an .xlsx as rows of strings: shared strings, inline strings, formula results, booleans
/// (TRUE/FALSE), numbers in invariant culture, and numbers formatted as dates as ISO dates (yyyy-MM-dd, with the time when
/// there is one). Gaps are filled so that row i is sheet row i + 1 and cell j is column j + 1. Call
/// <see cref="UploadedFileCheck.Check"/> first: this reader trusts that the package is not a bomb.
/// </summary>
public static class XlsxReader
{
    // Built-in number formats that display a date or time (ECMA-376 Part 1, 18.8.30, plus the locale-specific 27–36 and 50–58).
    private static readonly HashSet<uint> BuiltInDateFormats =
        [14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58];

    public static IReadOnlyList<IReadOnlyList<string>> ReadFirstSheet(byte[] content, TableLimits? limits = null)
    {
        limits ??= TableLimits.Default;
        try
        {
            using var stream = new MemoryStream(content, writable: false);
            using var document = SpreadsheetDocument.Open(stream, false);
            var workbook = document.WorkbookPart ?? throw new SpreadsheetException("The workbook has no workbook part.");
            var firstSheet = workbook.Workbook?.Sheets?.Elements<Sheet>().FirstOrDefault();
            if (firstSheet?.Id?.Value is not string relationshipId || workbook.GetPartById(relationshipId) is not WorksheetPart sheetPart)
            {
                return [];
            }
            var shared = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(Text).ToList() ?? [];
            var dateStyles = DateStyleIndexes(workbook.WorkbookStylesPart?.Stylesheet);
            return ReadRows(sheetPart, shared, dateStyles, limits);
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or FileFormatException or System.Xml.XmlException
            or InvalidOperationException or ArgumentException or KeyNotFoundException)
        {
            throw new SpreadsheetException("The spreadsheet cannot be read.", ex);
        }
    }

    private static List<IReadOnlyList<string>> ReadRows(WorksheetPart sheetPart, List<string> shared, HashSet<uint> dateStyles, TableLimits limits)
    {
        var rows = new List<IReadOnlyList<string>>();
        using var reader = OpenXmlReader.Create(sheetPart);
        while (reader.Read())
        {
            if (reader.ElementType != typeof(Row) || !reader.IsStartElement)
            {
                continue;
            }
            var row = (Row)reader.LoadCurrentElement()!;
            var index = row.RowIndex?.Value is uint r && r > 0 ? (int)Math.Min(r, int.MaxValue) : rows.Count + 1;
            if (index > limits.MaxRows)
            {
                if (row.Elements<Cell>().All(c => string.IsNullOrEmpty(Value(c, shared, dateStyles))))
                {
                    continue;
                }
                throw new SpreadsheetException(UploadProblem.TooLarge, "Too many rows.");
            }
            while (rows.Count < index - 1)
            {
                rows.Add([]);
            }
            var cells = new List<string>();
            foreach (var cell in row.Elements<Cell>())
            {
                var column = cell.CellReference?.Value is string reference ? ColumnIndex(reference) : cells.Count;
                if (column >= limits.MaxColumns)
                {
                    if (string.IsNullOrEmpty(Value(cell, shared, dateStyles)))
                    {
                        continue;
                    }
                    throw new SpreadsheetException(UploadProblem.TooLarge, "Too many columns.");
                }
                while (cells.Count < column)
                {
                    cells.Add("");
                }
                var value = Value(cell, shared, dateStyles);
                if (column < cells.Count)
                {
                    cells[column] = value;
                }
                else
                {
                    cells.Add(value);
                }
            }
            while (cells.Count > 0 && cells[^1].Length == 0)
            {
                cells.RemoveAt(cells.Count - 1);
            }
            if (index - 1 < rows.Count)
            {
                rows[index - 1] = cells;
            }
            else
            {
                rows.Add(cells);
            }
        }
        while (rows.Count > 0 && rows[^1].Count == 0)
        {
            rows.RemoveAt(rows.Count - 1);
        }
        return rows;
    }

    private static string Value(Cell cell, List<string> shared, HashSet<uint> dateStyles)
    {
        var raw = cell.CellValue?.Text;
        var type = cell.DataType?.Value;
        if (type == CellValues.InlineString)
        {
            return cell.InlineString is { } inline ? Text(inline) : raw ?? "";
        }
        if (raw is null)
        {
            return "";
        }
        if (type == CellValues.SharedString)
        {
            return int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) && i >= 0 && i < shared.Count ? shared[i] : "";
        }
        if (type == CellValues.Boolean)
        {
            return raw == "1" ? "TRUE" : "FALSE";
        }
        if (type == CellValues.String || type == CellValues.Error)
        {
            return raw;
        }
        if (type == CellValues.Date)
        {
            return DateTime.TryParse(raw, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var iso) ? Iso(iso) : raw;
        }
        if (!double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return raw;
        }
        if (cell.StyleIndex?.Value is uint style && dateStyles.Contains(style) && number is > -657435 and < 2958466)
        {
            return Iso(DateTime.FromOADate(number));
        }
        return number.ToString("R", CultureInfo.InvariantCulture);
    }

    private static string Iso(DateTime value) =>
        value.TimeOfDay == TimeSpan.Zero
            ? value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : value.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary>The text of a shared or inline string: its plain text, or its rich-text runs joined (phonetic runs left out).</summary>
    private static string Text(OpenXmlElement item)
    {
        if (item.GetFirstChild<Text>() is { } plain)
        {
            return plain.Text;
        }
        return string.Concat(item.Elements<Run>().Select(r => r.Text?.Text ?? ""));
    }

    private static HashSet<uint> DateStyleIndexes(Stylesheet? stylesheet)
    {
        var result = new HashSet<uint>();
        if (stylesheet?.CellFormats is null)
        {
            return result;
        }
        var customDates = stylesheet.NumberingFormats?.Elements<NumberingFormat>()
            .Where(f => f.NumberFormatId?.Value is not null && IsDateFormatCode(f.FormatCode?.Value))
            .Select(f => f.NumberFormatId!.Value)
            .ToHashSet() ?? [];
        uint index = 0;
        foreach (var format in stylesheet.CellFormats.Elements<CellFormat>())
        {
            var id = format.NumberFormatId?.Value ?? 0;
            if (BuiltInDateFormats.Contains(id) || customDates.Contains(id))
            {
                result.Add(index);
            }
            index++;
        }
        return result;
    }

    /// <summary>A custom format shows a date when it has d, m, y, h or s outside quoted text, escapes and [colour] brackets.</summary>
    public static bool IsDateFormatCode(string? code)
    {
        if (string.IsNullOrEmpty(code))
        {
            return false;
        }
        var inQuotes = false;
        var inBracket = false;
        for (var i = 0; i < code.Length; i++)
        {
            var c = code[i];
            if (inQuotes)
            {
                inQuotes = c != '"';
                continue;
            }
            if (inBracket)
            {
                inBracket = c != ']';
                continue;
            }
            switch (c)
            {
                case '"':
                    inQuotes = true;
                    break;
                case '[':
                    inBracket = true;
                    break;
                case '\\' or '_' or '*':
                    i++;
                    break;
                case 'd' or 'D' or 'm' or 'M' or 'y' or 'Y' or 'h' or 'H' or 's' or 'S':
                    return true;
                default:
                    break;
            }
        }
        return false;
    }

    /// <summary>Zero-based column of a reference such as "AB12".</summary>
    public static int ColumnIndex(string reference)
    {
        var column = 0;
        foreach (var c in reference)
        {
            if (c is >= 'A' and <= 'Z')
            {
                column = column * 26 + (c - 'A' + 1);
            }
            else if (c is >= 'a' and <= 'z')
            {
                column = column * 26 + (c - 'a' + 1);
            }
            else
            {
                break;
            }
            if (column > 1_000_000)
            {
                break;
            }
        }
        return Math.Max(column - 1, 0);
    }

    /// <summary>Column letters of a zero-based index (0 → A, 27 → AB), for messages that name a column.</summary>
    public static string ColumnName(int index)
    {
        var name = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + (n - 1) % 26) + name;
        }
        return name;
    }
}
