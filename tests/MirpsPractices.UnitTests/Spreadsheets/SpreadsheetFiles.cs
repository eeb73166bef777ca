using System.IO.Compression;
using System.Text;
using MirpsPractices.Core.Spreadsheets;

namespace MirpsPractices.UnitTests.Spreadsheets;

/// <summary>Hostile and hand-made Office packages for the spreadsheet tests (also used by the integration tests).</summary>
public static class SpreadsheetFiles
{
    /// <summary>An .xlsx whose sheet part decompresses from a few kilobytes to <paramref name="megabytes"/> MB.</summary>
    public static byte[] ZipBomb(int megabytes = 8)
    {
        var valid = XlsxWriter.Write([["a"]]);
        return Rewrite(valid, "xl/worksheets/sheet1.xml", original =>
        {
            var padding = new string(' ', megabytes * 1024 * 1024);
            return original.Replace("<x:sheetData>", padding + "<x:sheetData>", StringComparison.Ordinal);
        });
    }

    /// <summary>An .xlsx whose shared strings declare an external entity pointing at a local file.</summary>
    public static byte[] ExternalEntity()
    {
        const string sharedStrings = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE sst [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
            <sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>&xxe;</t></si></sst>
            """;
        var valid = XlsxWriter.Write([["a"]]);
        return Rewrite(valid, "xl/worksheets/sheet1.xml", original => original.Insert(0, "<!DOCTYPE worksheet [ <!ENTITY xxe SYSTEM \"file:///etc/passwd\"> ]>"), sharedStrings);
    }

    /// <summary>Replaces one part's XML (and optionally adds xl/sharedStrings.xml) keeping the rest of the package.</summary>
    public static byte[] Rewrite(byte[] package, string partName, Func<string, string> change, string? sharedStrings = null)
    {
        using var input = new MemoryStream(package);
        using var source = new ZipArchive(input, ZipArchiveMode.Read);
        using var output = new MemoryStream();
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
                var text = reader.ReadToEnd();
                if (entry.FullName == partName)
                {
                    text = change(StripDeclaration(text));
                }
                Write(target, entry.FullName, text);
            }
            if (sharedStrings is not null)
            {
                Write(target, "xl/sharedStrings.xml", sharedStrings);
            }
        }
        return output.ToArray();
    }

    private static string StripDeclaration(string xml) =>
        xml.StartsWith("<?xml", StringComparison.Ordinal) ? xml[(xml.IndexOf("?>", StringComparison.Ordinal) + 2)..] : xml;

    private static void Write(ZipArchive zip, string name, string text)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name, CompressionLevel.Optimal).Open(), new UTF8Encoding(false));
        writer.Write(text);
    }
}
