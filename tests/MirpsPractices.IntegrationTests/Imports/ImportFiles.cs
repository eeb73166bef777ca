using System.IO.Compression;
using System.Net.Http.Headers;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using MirpsPractices.Core.Features.Imports;
using MirpsPractices.IntegrationTests.Infrastructure;

namespace MirpsPractices.IntegrationTests.Imports;

/// <summary>Fills the portal's own Word template like a person would (text inside the boxes), and builds hostile packages.</summary>
public static class ImportFiles
{
    public const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <summary>Writes each value into the content control tagged with its key (one paragraph per line) and clears the placeholder flag.</summary>
    public static byte[] Fill(byte[] template, IReadOnlyDictionary<string, string> values) => Edit(template, body =>
    {
        foreach (var control in body.Descendants<SdtBlock>().ToList())
        {
            var tag = control.SdtProperties?.GetFirstChild<Tag>()?.Val?.Value;
            if (tag is null || !values.TryGetValue(tag, out var value))
            {
                continue;
            }
            control.SdtProperties!.GetFirstChild<ShowingPlaceholder>()?.Remove();
            var content = control.GetFirstChild<SdtContentBlock>()!;
            content.RemoveAllChildren();
            foreach (var line in value.Split('\n'))
            {
                content.Append(new Paragraph(new Run(new Text(line) { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve })));
            }
        }
    });

    /// <summary>Changes the document body of a Word package (used to turn the current template into an "older" one).</summary>
    public static byte[] Edit(byte[] docx, Action<Body> change)
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var document = WordprocessingDocument.Open(stream, true))
        {
            change(document.MainDocumentPart!.Document!.Body!);
            document.MainDocumentPart.Document.Save();
        }
        return stream.ToArray();
    }

    /// <summary>A tagged content control as another (older or foreign) template would have it.</summary>
    public static SdtBlock Control(string tag, string alias, string text) => new(
        new SdtProperties(new SdtAlias { Val = alias }, new Tag { Val = tag }),
        new SdtContentBlock(new Paragraph(new Run(new Text(text)))));

    /// <summary>A .docx with one extra part of <paramref name="megabytes"/> MB of spaces: a few kilobytes compressed.</summary>
    public static byte[] ZipBomb(byte[] docx, int megabytes = 8) =>
        AddOrReplace(docx, "word/padding.xml", "<p>" + new string(' ', megabytes * 1024 * 1024) + "</p>");

    /// <summary>A .docx whose main part declares an external entity reading a local file.</summary>
    public static byte[] ExternalEntity(byte[] docx)
    {
        var main = ReadPart(docx, "word/document.xml");
        var body = main.StartsWith("<?xml", StringComparison.Ordinal) ? main[(main.IndexOf("?>", StringComparison.Ordinal) + 2)..] : main;
        return AddOrReplace(docx, "word/document.xml",
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE w:document [ <!ENTITY xxe SYSTEM \"file:///etc/passwd\"> ]>" + body.Replace("Escriba aquí.", "&xxe;", StringComparison.Ordinal));
    }

    public static string ReadPart(byte[] package, string name)
    {
        using var zip = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        using var reader = new StreamReader(zip.GetEntry(name)!.Open(), Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private static byte[] AddOrReplace(byte[] package, string name, string text)
    {
        using var output = new MemoryStream();
        output.Write(package);
        using (var zip = new ZipArchive(output, ZipArchiveMode.Update, leaveOpen: true))
        {
            zip.GetEntry(name)?.Delete();
            using var writer = new StreamWriter(zip.CreateEntry(name, CompressionLevel.Optimal).Open(), new UTF8Encoding(false));
            writer.Write(text);
        }
        return output.ToArray();
    }

    /// <summary>Posts a file to an upload form like a browser: the antiforgery token is read from <paramref name="formPage"/>.</summary>
    public static async Task<HttpResponseMessage> UploadAsync(this HttpClient client, string formPage, string action, byte[] content, string fileName, string contentType, IEnumerable<KeyValuePair<string, string>>? fields = null)
    {
        var token = await client.GetAntiforgeryTokenAsync(formPage);
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(token), "__RequestVerificationToken");
        foreach (var (key, value) in fields ?? [])
        {
            form.Add(new StringContent(value), key);
        }
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        form.Add(file, "file", fileName);
        return await client.PostAsync(action, form);
    }

    /// <summary>Every field key of the current template, for the "every field" assertions.</summary>
    public static IReadOnlyList<string> AllKeys => [.. PracticeFields.All.Select(f => f.Key)];
}
