using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using MirpsPractices.Core.Domain;

namespace MirpsPractices.Core.Features.Reports;

/// <summary>
/// Writes a systematisation report as a Word document (Open XML). Headings use real Heading styles (navigation pane, PDF bookmarks),
/// bullets come from a numbering definition and tables use TableGrid, so the file also opens cleanly in LibreOffice.
/// </summary>
public static class DocxReportWriter
{
    private const int BulletNumberingId = 1;

    public static byte[] Write(SystematisationReport report, IReportText text, string culture, IProgress<int>? progress = null)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            document.PackageProperties.Title = text.Get(ReportKeys.Title);
            document.PackageProperties.Language = culture;
            document.PackageProperties.Created = report.GeneratedAtUtc;
            var main = document.AddMainDocumentPart();
            AddStyles(main, culture);
            AddNumbering(main);
            var body = new Body();
            main.Document = new Document(body);

            var writer = new BodyWriter(body, text, culture);
            writer.WriteTitle(report);
            writer.WriteFigures(report.Figures);
            progress?.Report(65);
            writer.WritePracticesByArea(report.Areas);
            progress?.Report(75);
            writer.WriteMatrix(report.Matrix);
            writer.WriteLessons(report.Practices);
            progress?.Report(85);
            writer.WriteRecommendations(report.Recommendations);
            writer.WriteCommitments(report.Commitments);
            progress?.Report(95);

            body.Append(new SectionProperties(
                new PageSize { Width = 11906U, Height = 16838U },
                new PageMargin { Top = 1134, Bottom = 1134, Left = 1134U, Right = 1134U, Header = 567U, Footer = 567U, Gutter = 0U }));
            main.Document.Save();
        }
        return stream.ToArray();
    }

    private sealed class BodyWriter(Body body, IReportText text, string culture)
    {
        private readonly CultureInfo _culture = RecordLanguages.Culture(culture);

        public void WriteTitle(SystematisationReport report)
        {
            body.Append(Paragraph(text.Get(ReportKeys.Title), style: "Title"));
            body.Append(Paragraph(text.Get(ReportKeys.Subtitle), style: "Subtitle"));
            body.Append(Paragraph(text.Get(ReportKeys.GeneratedOn, report.GeneratedAtUtc.ToString("d", _culture))));
            body.Append(Heading(text.Get(ReportKeys.Scope), 1));
            foreach (var line in ScopeLines(report))
            {
                body.Append(Bullet(line));
            }
        }

        private IEnumerable<string> ScopeLines(SystematisationReport report)
        {
            var scope = report.Scope;
            if (report.Session is ReportSession session)
            {
                yield return text.Get(ReportKeys.ScopeSession, session.Title, session.Date.ToString("d", _culture));
                yield break;
            }
            if (scope.CountryCodes.Count == 0 && scope.StrategyAreas.Count == 0 && scope.From is null && scope.To is null)
            {
                yield return text.Get(ReportKeys.ScopeAll);
                yield break;
            }
            if (scope.CountryCodes.Count > 0)
            {
                yield return text.Get(ReportKeys.ScopeCountries, string.Join(", ", scope.CountryCodes.Select(text.Country)));
            }
            if (scope.StrategyAreas.Count > 0)
            {
                yield return text.Get(ReportKeys.ScopeAreas, string.Join(", ", scope.StrategyAreas.Select(a => text.Label(a))));
            }
            if (scope.From is not null || scope.To is not null)
            {
                yield return text.Get(ReportKeys.ScopePeriod,
                    scope.From?.ToString("d", _culture) ?? "…",
                    scope.To?.ToString("d", _culture) ?? "…");
            }
        }

        public void WriteFigures(HeadlineFigures figures)
        {
            body.Append(Heading(text.Get(ReportKeys.Figures), 1));
            var rows = new (string Key, int Value)[]
            {
                (ReportKeys.FigurePractices, figures.Practices),
                (ReportKeys.FigureCountries, figures.Countries),
                (ReportKeys.FigureOrganisations, figures.Organisations),
                (ReportKeys.FigurePeopleReached, figures.PeopleReached),
                (ReportKeys.FigurePeoplePlaced, figures.PeoplePlacedInJobs),
                (ReportKeys.FigurePeopleTrained, figures.PeopleTrained),
                (ReportKeys.FigureJointRecommendations, figures.JointRecommendations),
                (ReportKeys.FigureCommitments, figures.Commitments),
                (ReportKeys.FigureCommitmentsFulfilled, figures.CommitmentsFulfilled),
            };
            body.Append(Table(
                [text.Get(ReportKeys.Figure), text.Get(ReportKeys.Value)],
                rows.Select(r => (IReadOnlyList<string>)[text.Get(r.Key), r.Value.ToString("N0", _culture)])));
        }

        public void WritePracticesByArea(IReadOnlyList<AreaSection> areas)
        {
            body.Append(Heading(text.Get(ReportKeys.PracticesByArea), 1));
            if (areas.Count == 0)
            {
                body.Append(Paragraph(text.Get(ReportKeys.NoPractices)));
                return;
            }
            foreach (var area in areas)
            {
                body.Append(Heading(text.Label(area.Area), 2));
                foreach (var practice in area.Practices)
                {
                    body.Append(Heading(practice.Title, 3, practice.Language));
                    AppendUntranslated(practice.Untranslated);
                    body.Append(LabelledParagraph(text.Get(ReportKeys.Countries), string.Join(", ", practice.CountryCodes.Select(text.Country))));
                    if (practice.Mechanisms.Count > 0)
                    {
                        body.Append(Paragraph(text.Get(ReportKeys.Mechanisms), bold: true));
                        foreach (var mechanism in practice.Mechanisms)
                        {
                            body.Append(Bullet(text.Label(mechanism.Mechanism), mechanism.Description, practice.Language));
                        }
                    }
                    if (practice.Organisations.Count > 0)
                    {
                        body.Append(Paragraph(text.Get(ReportKeys.Organisations), bold: true));
                        foreach (var actor in practice.Organisations)
                        {
                            body.Append(Bullet($"{actor.Name} ({text.Label(actor.ActorType)})", text.Label(actor.Role)));
                        }
                    }
                }
            }
        }

        public void WriteMatrix(CoordinationMatrix matrix)
        {
            body.Append(Heading(text.Get(ReportKeys.Matrix), 1));
            body.Append(Paragraph(text.Get(ReportKeys.MatrixExplanation)));
            var header = new List<string> { text.Get(ReportKeys.ActorType) };
            header.AddRange(matrix.ActorTypes.Select(t => text.Label(t)));
            body.Append(Table(header, matrix.ActorTypes.Select((row, i) =>
                (IReadOnlyList<string>)[text.Label(row), .. matrix.Counts[i].Select(c => c.ToString(_culture))]), fontSize: 16));
        }

        public void WriteLessons(IReadOnlyList<ReportPractice> practices)
        {
            body.Append(Heading(text.Get(ReportKeys.Lessons), 1));
            if (practices.Count == 0)
            {
                body.Append(Paragraph(text.Get(ReportKeys.NoPractices)));
                return;
            }
            foreach (var practice in practices)
            {
                body.Append(Heading(practice.Title, 2, practice.Language));
                AppendUntranslated(practice.Untranslated);
                body.Append(Paragraph(text.Get(ReportKeys.LessonsLearned), bold: true));
                AppendContent(practice.LessonsLearned, practice.Language);
                body.Append(Paragraph(text.Get(ReportKeys.ReplicationConditions), bold: true));
                AppendContent(practice.ReplicationConditions, practice.Language);
            }
        }

        public void WriteRecommendations(IReadOnlyList<ReportRecommendation> recommendations)
        {
            body.Append(Heading(text.Get(ReportKeys.Recommendations), 1));
            if (recommendations.Count == 0)
            {
                body.Append(Paragraph(text.Get(ReportKeys.NoRecommendations)));
                return;
            }
            foreach (var recommendation in recommendations)
            {
                body.Append(Heading(recommendation.Title, 2, recommendation.Language));
                AppendUntranslated(recommendation.Untranslated);
                body.Append(LabelledParagraph(text.Get(ReportKeys.Level), text.Label(recommendation.Level)));
                if (recommendation.ActorTypes.Count > 0)
                {
                    body.Append(LabelledParagraph(text.Get(ReportKeys.AddressedTo), string.Join(", ", recommendation.ActorTypes.Select(a => text.Label(a)))));
                }
                body.Append(LabelledParagraph(text.Get(ReportKeys.ImplementationStatus),
                    recommendation.IsJoint ? text.Label(recommendation.ImplementationStatus) : text.Get(ReportKeys.NotYetJoint)));
                AppendContent(recommendation.Text, recommendation.Language);
                body.Append(Paragraph(text.Get(ReportKeys.Evidence), bold: true));
                if (recommendation.Evidence.Count == 0)
                {
                    body.Append(Paragraph(text.Get(ReportKeys.NoEvidence)));
                }
                foreach (var evidence in recommendation.Evidence)
                {
                    body.Append(Bullet(evidence.Title, null, evidence.Language));
                }
            }
        }

        public void WriteCommitments(IReadOnlyList<ReportCommitment> commitments)
        {
            body.Append(Heading(text.Get(ReportKeys.Commitments), 1));
            if (commitments.Count == 0)
            {
                body.Append(Paragraph(text.Get(ReportKeys.NoCommitments)));
                return;
            }
            body.Append(Table(
                [text.Get(ReportKeys.Commitment), text.Get(ReportKeys.Organisations), text.Get(ReportKeys.DueDate), text.Get(ReportKeys.Status)],
                commitments.Select(c => (IReadOnlyList<string>)
                [
                    (c.Kind == CommitmentKind.ReplicatePractice && c.ReplicatedPractice is not null
                        ? $"{c.Title} — {text.Get(ReportKeys.ReplicatesIn, c.ReplicatedPractice, string.Join(", ", new[] { c.TargetLocality, c.TargetCountryCode is null ? null : text.Country(c.TargetCountryCode) }.Where(x => x is not null)))}"
                        : c.Title) + (c.Untranslated ? " " + text.Untranslated(culture) : ""),
                    string.Join(", ", c.Organisations),
                    c.DueDate.ToString("d", _culture),
                    c.IsOverdue ? $"{text.Label(c.Status)} ({text.Get(ReportKeys.Overdue)})" : text.Label(c.Status),
                ]), fontSize: 18));
        }

        private void AppendUntranslated(bool untranslated)
        {
            if (untranslated)
            {
                // Issue 12: the record is shown as written; the reader is told it is not in the report's language.
                body.Append(Paragraph(text.Untranslated(culture)));
            }
        }

        private void AppendContent(string content, string language)
        {
            var paragraphs = content.Replace("\r", "", StringComparison.Ordinal).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (paragraphs.Length == 0)
            {
                body.Append(Paragraph(text.Get(ReportKeys.NotStated)));
                return;
            }
            foreach (var paragraph in paragraphs)
            {
                body.Append(Paragraph(paragraph, language: language));
            }
        }

        private static Paragraph Heading(string value, int level, string? language = null) =>
            Paragraph(value, style: $"Heading{level}", language: language);

        private static Paragraph Paragraph(string value, string? style = null, bool bold = false, string? language = null)
        {
            var paragraph = new Paragraph();
            if (style is not null)
            {
                paragraph.Append(new ParagraphProperties(new ParagraphStyleId { Val = style }));
            }
            paragraph.Append(Run(value, bold, language));
            return paragraph;
        }

        private static Paragraph LabelledParagraph(string label, string value)
        {
            var paragraph = new Paragraph(Run(label + ": ", bold: true));
            paragraph.Append(Run(value));
            return paragraph;
        }

        private static Paragraph Bullet(string lead, string? rest = null, string? language = null)
        {
            var paragraph = new Paragraph(new ParagraphProperties(
                new ParagraphStyleId { Val = "ListParagraph" },
                new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = BulletNumberingId })));
            if (string.IsNullOrEmpty(rest))
            {
                paragraph.Append(Run(lead, language: language));
            }
            else
            {
                paragraph.Append(Run(lead + ": ", bold: true));
                paragraph.Append(Run(rest, language: language));
            }
            return paragraph;
        }

        private static Run Run(string value, bool bold = false, string? language = null, int? fontSize = null)
        {
            var properties = new RunProperties();
            if (bold)
            {
                properties.Append(new Bold());
            }
            if (fontSize is int size)
            {
                properties.Append(new FontSize { Val = size.ToString(CultureInfo.InvariantCulture) });
            }
            if (language is not null)
            {
                // Practice content keeps the language it was written in, for spell-checkers and screen readers.
                properties.Append(new Languages { Val = language });
            }
            var run = new Run();
            if (properties.HasChildren)
            {
                run.Append(properties);
            }
            run.Append(new Text(value) { Space = SpaceProcessingModeValues.Preserve });
            return run;
        }

        private static Table Table(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows, int? fontSize = null)
        {
            var table = new Table(new TableProperties(
                new TableStyle { Val = "TableGrid" },
                new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" },
                new TableLook { Val = "04A0", FirstRow = true, FirstColumn = true }));
            table.Append(Row(header, isHeader: true, fontSize));
            foreach (var row in rows)
            {
                table.Append(Row(row, isHeader: false, fontSize));
            }
            return table;
        }

        private static TableRow Row(IReadOnlyList<string> cells, bool isHeader, int? fontSize)
        {
            var row = new TableRow();
            if (isHeader)
            {
                // Repeats on every page and is announced as the header row.
                row.Append(new TableRowProperties(new TableHeader()));
            }
            foreach (var cell in cells)
            {
                row.Append(new TableCell(new Paragraph(new ParagraphProperties(new SpacingBetweenLines { After = "0" }), Run(cell, isHeader, fontSize: fontSize))));
            }
            return row;
        }
    }

    internal static void AddStyles(MainDocumentPart main, string culture)
    {
        var part = main.AddNewPart<StyleDefinitionsPart>();
        var styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = "Calibri", HighAnsi = "Calibri", ComplexScript = "Calibri", EastAsia = "Calibri" },
                    new FontSize { Val = "22" },
                    new Languages { Val = culture == RecordLanguages.English ? "en-GB" : "es-ES" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "120", Line = "264", LineRule = LineSpacingRuleValues.Auto }))));
        styles.Append(new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true });
        styles.Append(ParagraphStyle("Title", "Title", 48, "083D6E", outline: null, spaceBefore: 0, spaceAfter: 120));
        styles.Append(ParagraphStyle("Subtitle", "Subtitle", 28, "4F5B68", outline: null, spaceBefore: 0, spaceAfter: 240));
        styles.Append(ParagraphStyle("Heading1", "heading 1", 32, "0B5394", outline: 0, spaceBefore: 360, spaceAfter: 120));
        styles.Append(ParagraphStyle("Heading2", "heading 2", 26, "0B5394", outline: 1, spaceBefore: 240, spaceAfter: 80));
        styles.Append(ParagraphStyle("Heading3", "heading 3", 23, "1D2733", outline: 2, spaceBefore: 200, spaceAfter: 60));
        styles.Append(new Style(
            new StyleName { Val = "List Paragraph" },
            new BasedOn { Val = "Normal" },
            new PrimaryStyle(),
            new StyleParagraphProperties(new Indentation { Left = "720" }, new ContextualSpacing()))
        { Type = StyleValues.Paragraph, StyleId = "ListParagraph" });
        styles.Append(new Style(
            new StyleName { Val = "Table Grid" },
            new BasedOn { Val = "TableNormal" },
            new StyleParagraphProperties(new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }),
            new StyleTableProperties(
                new TableBorders(
                    new TopBorder { Val = BorderValues.Single, Size = 4U, Color = "808080" },
                    new LeftBorder { Val = BorderValues.Single, Size = 4U, Color = "808080" },
                    new BottomBorder { Val = BorderValues.Single, Size = 4U, Color = "808080" },
                    new RightBorder { Val = BorderValues.Single, Size = 4U, Color = "808080" },
                    new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4U, Color = "808080" },
                    new InsideVerticalBorder { Val = BorderValues.Single, Size = 4U, Color = "808080" }),
                new TableCellMarginDefault(
                    new TopMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                    new TableCellLeftMargin { Width = 80, Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                    new TableCellRightMargin { Width = 80, Type = TableWidthValues.Dxa })))
        { Type = StyleValues.Table, StyleId = "TableGrid" });
        styles.Append(new Style(new StyleName { Val = "Normal Table" }, new UIPriority { Val = 99 }, new SemiHidden(),
            new StyleTableProperties(new TableIndentation { Width = 0, Type = TableWidthUnitValues.Dxa }))
        { Type = StyleValues.Table, StyleId = "TableNormal", Default = true });
        part.Styles = styles;
        part.Styles.Save();
    }

    private static Style ParagraphStyle(string id, string name, int halfPoints, string color, int? outline, int spaceBefore, int spaceAfter)
    {
        var paragraphProperties = new StyleParagraphProperties(
            new KeepNext(),
            new SpacingBetweenLines { Before = spaceBefore.ToString(CultureInfo.InvariantCulture), After = spaceAfter.ToString(CultureInfo.InvariantCulture) });
        if (outline is int level)
        {
            paragraphProperties.Append(new OutlineLevel { Val = level });
        }
        return new Style(
            new StyleName { Val = name },
            new BasedOn { Val = "Normal" },
            new NextParagraphStyle { Val = "Normal" },
            new PrimaryStyle(),
            paragraphProperties,
            new StyleRunProperties(new Bold(), new Color { Val = color }, new FontSize { Val = halfPoints.ToString(CultureInfo.InvariantCulture) }))
        { Type = StyleValues.Paragraph, StyleId = id };
    }

    private static void AddNumbering(MainDocumentPart main)
    {
        var part = main.AddNewPart<NumberingDefinitionsPart>();
        var abstractNum = new AbstractNum(
            new MultiLevelType { Val = MultiLevelValues.HybridMultilevel },
            new Level(
                new StartNumberingValue { Val = 1 },
                new NumberingFormat { Val = NumberFormatValues.Bullet },
                new LevelText { Val = "•" },
                new LevelJustification { Val = LevelJustificationValues.Left },
                new PreviousParagraphProperties(new Indentation { Left = "720", Hanging = "360" }))
            { LevelIndex = 0 })
        { AbstractNumberId = 1 };
        part.Numbering = new Numbering(abstractNum, new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = BulletNumberingId });
        part.Numbering.Save();
    }
}
