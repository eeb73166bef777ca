using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using MirpsPractices.Core.Features.Reports;

namespace MirpsPractices.Core.Features.Imports;

/// <summary>The texts of one field in the Word template, in the template's language; <see cref="Codes"/> is empty for free text.</summary>
public sealed record TemplateFieldText(PracticeField Field, string Label, string Help, IReadOnlyList<(string Code, string Label)> Codes);

/// <summary>Everything the Word template says, in one language; the web host fills it from its resources.</summary>
public sealed record TemplateText(
    string Culture,
    string Title,
    string Intro,
    string VersionLabel,
    string Placeholder,
    string CodeHeader,
    string LabelHeader,
    IReadOnlyList<TemplateFieldText> Fields);

/// <summary>What a filled template holds: field key → text, the parts that are not fields of this portal, and the version.</summary>
public sealed record TemplateReadResult(
    int? Version,
    IReadOnlyDictionary<string, string> Values,
    IReadOnlyList<string> UnknownParts,
    IReadOnlyList<string> MissingFields,
    int FieldControls)
{
    /// <summary>The document has at least one content control of a practice field: it is (a version of) the template.</summary>
    public bool IsTemplate => FieldControls > 0;
}

/// <summary>
/// The practice template as a Word document. Every field is a rich-text content control whose tag is the field's
/// <see cref="PracticeField.Key"/> (the machine-readable marker); a locked control tagged <see cref="VersionTag"/> carries
/// <see cref="PracticeFields.TemplateVersion"/>, also written in the package keywords. Labels, help texts and code lists are
/// ordinary text around the controls, so whatever a person writes inside a control is what gets imported.
/// </summary>
public static class PracticeTemplate
{
    public const string VersionTag = "TemplateVersion";
    private const string KeywordsPrefix = "mirps-practice-template;version=";

    public static byte[] Write(TemplateText text)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            document.PackageProperties.Title = text.Title;
            document.PackageProperties.Language = text.Culture;
            document.PackageProperties.Keywords = KeywordsPrefix + PracticeFields.TemplateVersion.ToString(CultureInfo.InvariantCulture);
            var main = document.AddMainDocumentPart();
            DocxReportWriter.AddStyles(main, text.Culture);
            var body = new Body();
            main.Document = new Document(body);
            body.Append(Paragraph(text.Title, "Title"));
            foreach (var line in text.Intro.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                body.Append(Paragraph(line));
            }
            var id = 1;
            body.Append(new SdtBlock(
                new SdtProperties(
                    new SdtAlias { Val = text.VersionLabel },
                    new Tag { Val = VersionTag },
                    new SdtId { Val = id++ },
                    new DocumentFormat.OpenXml.Wordprocessing.Lock { Val = LockingValues.SdtContentLocked }),
                new SdtContentBlock(Paragraph($"{text.VersionLabel}: {PracticeFields.TemplateVersion.ToString(CultureInfo.InvariantCulture)}"))));

            foreach (var field in text.Fields)
            {
                body.Append(Paragraph(field.Label, "Heading2"));
                if (field.Help.Length > 0)
                {
                    body.Append(Paragraph(field.Help, italic: true));
                }
                if (field.Codes.Count > 0)
                {
                    body.Append(CodeTable(text, field.Codes));
                }
                body.Append(new SdtBlock(
                    new SdtProperties(
                        new SdtAlias { Val = field.Label },
                        new Tag { Val = field.Field.Key },
                        new SdtId { Val = id++ },
                        new DocumentFormat.OpenXml.Wordprocessing.Lock { Val = LockingValues.SdtLocked },
                        new ShowingPlaceholder()),
                    new SdtContentBlock(Paragraph(text.Placeholder, italic: true))));
            }
            body.Append(new SectionProperties(
                new PageSize { Width = 11906U, Height = 16838U },
                new PageMargin { Top = 1134, Bottom = 1134, Left = 1134U, Right = 1134U, Header = 567U, Footer = 567U, Gutter = 0U }));
            main.Document.Save();
        }
        return stream.ToArray();
    }

    /// <summary>
    /// Reads the content controls of a filled template. A control still showing its placeholder (or whose text is one of
    /// <paramref name="placeholders"/>) is empty; a tagged control that is no field of this portal is listed by its name.
    /// Throws <see cref="OpenXmlPackageException"/> or <see cref="InvalidDataException"/> for a package that is no Word document.
    /// </summary>
    public static TemplateReadResult Read(byte[] content, IReadOnlyCollection<string> placeholders)
    {
        using var stream = new MemoryStream(content, writable: false);
        using var document = WordprocessingDocument.Open(stream, false, new OpenSettings { MaxCharactersInPart = 20_000_000 });
        var body = document.MainDocumentPart?.Document?.Body;
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var unknown = new List<string>();
        int? version = null;
        if (body is not null)
        {
            foreach (var control in body.Descendants<SdtElement>().Where(c => !c.Ancestors<SdtElement>().Any()))
            {
                var properties = control.SdtProperties;
                var tag = properties?.GetFirstChild<Tag>()?.Val?.Value?.Trim();
                var alias = properties?.GetFirstChild<SdtAlias>()?.Val?.Value?.Trim();
                if (string.IsNullOrEmpty(tag))
                {
                    if (!string.IsNullOrEmpty(alias))
                    {
                        unknown.Add(alias);
                    }
                    continue;
                }
                var text = TextOf(control);
                if (string.Equals(tag, VersionTag, StringComparison.OrdinalIgnoreCase))
                {
                    version = LastNumber(text);
                    continue;
                }
                var field = PracticeFields.Find(tag);
                if (field is null)
                {
                    unknown.Add(string.IsNullOrEmpty(alias) ? tag : $"{alias} ({tag})");
                    continue;
                }
                var empty = properties?.GetFirstChild<ShowingPlaceholder>() is not null
                    || placeholders.Any(p => string.Equals(p.Trim(), text.Trim(), StringComparison.OrdinalIgnoreCase));
                if (!empty && text.Trim().Length > 0 && !values.ContainsKey(field.Key))
                {
                    values[field.Key] = text.Trim();
                }
                else if (!values.ContainsKey(field.Key))
                {
                    values[field.Key] = "";
                }
            }
        }
        version ??= VersionFromKeywords(document.PackageProperties.Keywords);
        // Fields of this version that the document has no control for (an older template): named, left empty.
        var missing = values.Count == 0 ? [] : PracticeFields.All.Where(f => !values.ContainsKey(f.Key)).Select(f => f.Key).ToList();
        var filled = values.Where(v => v.Value.Length > 0).ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal);
        return new TemplateReadResult(version, filled, unknown, missing, values.Count);
    }

    private static string TextOf(SdtElement control)
    {
        var paragraphs = control.Descendants<Paragraph>().ToList();
        if (paragraphs.Count == 0)
        {
            return RunText(control);
        }
        return string.Join("\n", paragraphs.Select(RunText));
    }

    /// <summary>The text of an element with its tabs and line breaks, ignoring deleted (tracked) text.</summary>
    private static string RunText(OpenXmlElement element)
    {
        var builder = new System.Text.StringBuilder();
        foreach (var item in element.Descendants())
        {
            switch (item)
            {
                case Text t:
                    builder.Append(t.Text);
                    break;
                case TabChar:
                    builder.Append('\t');
                    break;
                case Break:
                    builder.Append('\n');
                    break;
            }
        }
        return builder.ToString();
    }

    private static int? LastNumber(string text)
    {
        var digits = new string([.. text.Reverse().SkipWhile(c => !char.IsDigit(c)).TakeWhile(char.IsDigit).Reverse()]);
        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    private static int? VersionFromKeywords(string? keywords) =>
        keywords is not null && keywords.StartsWith(KeywordsPrefix, StringComparison.Ordinal)
            && int.TryParse(keywords[KeywordsPrefix.Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : null;

    private static Table CodeTable(TemplateText text, IReadOnlyList<(string Code, string Label)> codes)
    {
        var table = new Table(new TableProperties(
            new TableStyle { Val = "TableGrid" },
            new TableWidth { Width = "0", Type = TableWidthUnitValues.Auto }));
        table.Append(Row(text.CodeHeader, text.LabelHeader, header: true));
        foreach (var (code, label) in codes)
        {
            table.Append(Row(code, label, header: false));
        }
        return table;
    }

    private static TableRow Row(string code, string label, bool header)
    {
        var row = new TableRow();
        if (header)
        {
            row.Append(new TableRowProperties(new TableHeader()));
        }
        row.Append(new TableCell(Paragraph(code, bold: header)), new TableCell(Paragraph(label, bold: header)));
        return row;
    }

    private static Paragraph Paragraph(string value, string? style = null, bool bold = false, bool italic = false)
    {
        var paragraph = new Paragraph();
        if (style is not null)
        {
            paragraph.Append(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        }
        var properties = new RunProperties();
        if (bold)
        {
            properties.Append(new Bold());
        }
        if (italic)
        {
            properties.Append(new Italic(), new Color { Val = "4F5B68" });
        }
        var run = new Run();
        if (properties.HasChildren)
        {
            run.Append(properties);
        }
        run.Append(new Text(value) { Space = SpaceProcessingModeValues.Preserve });
        paragraph.Append(run);
        return paragraph;
    }
}
