using System.Text;

namespace MirpsPractices.Core.Spreadsheets;

/// <summary>
/// Reads RFC 4180 CSV as written by the portal's open-data export (and by spreadsheets): quoted fields with doubled quotes and
/// line breaks, CRLF or LF, UTF-8 with or without a BOM (falling back to Latin-1 for files saved by older Excel), comma or
/// semicolon as the separator (chosen from the header line, as Spanish-locale Excel writes semicolons). The export's formula
/// neutralising (a leading apostrophe before = + - @) is undone so values round-trip.
/// </summary>
public static class CsvReader
{
    public static IReadOnlyList<IReadOnlyList<string>> Read(byte[] content, TableLimits? limits = null) =>
        Read(UploadedFileCheck.DecodeText(content), limits);

    public static IReadOnlyList<IReadOnlyList<string>> Read(string text, TableLimits? limits = null)
    {
        limits ??= TableLimits.Default;
        var separator = DetectSeparator(text);
        var rows = new List<IReadOnlyList<string>>();
        var row = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        var wasQuoted = false;
        var i = 0;
        void EndCell()
        {
            if (row.Count >= limits.MaxColumns)
            {
                throw new SpreadsheetException(UploadProblem.TooLarge, "Too many columns.");
            }
            var value = cell.ToString();
            row.Add(wasQuoted ? Unneutralise(value) : Unneutralise(value.Trim()));
            cell.Clear();
            wasQuoted = false;
        }
        void EndRow()
        {
            EndCell();
            if (rows.Count >= limits.MaxRows)
            {
                throw new SpreadsheetException(UploadProblem.TooLarge, "Too many rows.");
            }
            rows.Add(row.Count == 1 && row[0].Length == 0 ? [] : row);
            row = [];
        }
        while (i < text.Length)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"')
                {
                    if (i + 1 < text.Length && text[i + 1] == '"')
                    {
                        cell.Append('"');
                        i += 2;
                        continue;
                    }
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
                i++;
                continue;
            }
            if (c == '"' && cell.ToString().Trim().Length == 0)
            {
                cell.Clear();
                quoted = true;
                wasQuoted = true;
            }
            else if (c == separator)
            {
                EndCell();
            }
            else if (c is '\r' or '\n')
            {
                EndRow();
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }
            }
            else
            {
                cell.Append(c);
            }
            i++;
        }
        if (quoted)
        {
            throw new SpreadsheetException("A quoted field is not closed.");
        }
        if (cell.Length > 0 || row.Count > 0 || wasQuoted)
        {
            EndRow();
        }
        return rows;
    }

    /// <summary>The export prefixes cells starting with = + - @ (or tab/CR) with an apostrophe; take it off again.</summary>
    public static string Unneutralise(string value) =>
        value.Length >= 2 && value[0] == '\'' && value[1] is '=' or '+' or '-' or '@' or '\t' or '\r' ? value[1..] : value;

    private static char DetectSeparator(string text)
    {
        int commas = 0, semicolons = 0;
        var quoted = false;
        foreach (var c in text)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && c is '\r' or '\n')
            {
                break;
            }
            else if (!quoted && c == ',')
            {
                commas++;
            }
            else if (!quoted && c == ';')
            {
                semicolons++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }
}
