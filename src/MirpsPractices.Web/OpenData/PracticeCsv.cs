using System.Globalization;
using System.Text;
using MirpsPractices.Core.Domain;
using MirpsPractices.Core.Features.Catalogue;

namespace MirpsPractices.Web.OpenData;

/// <summary>
/// CSV of published practices: RFC 4180 (CRLF, quoted fields, doubled quotes), UTF-8 with a BOM so Excel reads accents,
/// cells that a spreadsheet would take for a formula neutralised with a leading apostrophe, and optionally the HXL hashtag
/// row (https://hxlstandard.org) right under the headers. Multiple values in one cell are separated by " | ".
/// After the original columns (kept as they were for existing consumers), each translatable text once per language
/// (issue 12): <c>title_es</c>, <c>title_en</c>… with the HXL attributes <c>+i_es</c> / <c>+i_en</c>, filled from the
/// original or its reviewed translation, empty when the practice cannot be read in that language. Then (issue 13)
/// <c>adm1_codes</c> / <c>#adm1+code</c>: the ISO 3166-2 codes of the practice's subnational areas; then
/// <c>building_blocks</c> / <c>#activity+block+name+list</c> (block titles, in order) and <c>building_block_urls</c> /
/// <c>#meta+url+block+list</c> (their public pages, same order), <c>building_block_actor_types</c> /
/// <c>#org+type+block+list</c> (the actor types that carry any of them) and the titles once per language,
/// <c>building_blocks_es</c> / <c>building_blocks_en</c> (<c>+i_es</c> / <c>+i_en</c>), filled like <c>title_es</c>. The
/// full blocks are in the JSON export and the API.
/// </summary>
public static class PracticeCsv
{
    public const string ListSeparator = " | ";

    private static readonly (string Header, string Hxl, Func<PracticeRecord, string, string?> Value)[] Columns =
    [
        ("id", "#activity+id", (r, _) => Invariant(r.Id)),
        ("url", "#meta+url", (r, b) => b + PracticeLinks.Practice(r.Id, r.Slug)),
        ("title", "#activity+name", (r, _) => r.Title),
        ("summary", "#activity+description", (r, _) => r.Summary),
        ("language", "#meta+lang", (r, _) => r.Language),
        ("countries", "#country+code+list", (r, _) => List(r.CountryCodes)),
        ("locality", "#loc+name", (r, _) => r.Locality),
        ("strategy_areas", "#sector+code+list", (r, _) => List(r.StrategyAreas)),
        ("populations", "#beneficiary+type+list", (r, _) => List(r.Populations)),
        ("actor_types", "#org+type+list", (r, _) => List(r.ActorTypes)),
        ("organisations", "#org+name+list", (r, _) => List(r.Organisations.Select(o => o.Name))),
        ("coordination_mechanisms", "#activity+type+coordination+list", (r, _) => List(r.Mechanisms)),
        ("implementation_status", "#status+implementation", (r, _) => r.Status.ToString()),
        ("start_date", "#date+start", (r, _) => r.StartDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        ("end_date", "#date+end", (r, _) => r.EndDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        ("published_at", "#date+published", (r, _) => r.PublishedAtUtc?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        ("people_reached", "#reached+ind", (r, _) => Invariant(r.Indicators.PeopleReached)),
        ("women_reached", "#reached+ind+f", (r, _) => Invariant(r.Indicators.WomenReached)),
        ("people_placed_in_jobs", "#output+ind+jobs", (r, _) => Invariant(r.Indicators.PeoplePlacedInJobs)),
        ("people_trained", "#output+ind+trained", (r, _) => Invariant(r.Indicators.PeopleTrained)),
        ("businesses_started", "#output+num+businesses", (r, _) => Invariant(r.Indicators.BusinessesStarted)),
        ("qualifications_recognised", "#output+num+qualifications", (r, _) => Invariant(r.Indicators.QualificationsRecognised)),
        .. InEachLanguage("title", "#activity+name", TranslatableFields.Title, r => r.Title),
        .. InEachLanguage("summary", "#activity+description", TranslatableFields.Summary, r => r.Summary),
        .. InEachLanguage("locality", "#loc+name", TranslatableFields.Locality, r => r.Locality),
        // Issue 13: first-level subdivisions by ISO 3166-2 code, after every earlier column.
        ("adm1_codes", "#adm1+code", (r, _) => List(r.SubnationalAreaCodes)),
        // Issue 13: building blocks (titles, then their public pages, in the same order), after adm1_codes.
        ("building_blocks", "#activity+block+name+list", (r, _) => List(r.Blocks.Select(b => b.Title))),
        ("building_block_urls", "#meta+url+block+list", (r, b) => List(r.Blocks.Select(x => b + PracticeLinks.Block(r.Id, x.Position)))),
        ("building_block_actor_types", "#org+type+block+list", (r, _) => List(r.Blocks.SelectMany(b => b.ActorTypes).Distinct().Order())),
        // The titles once per language, like title_es / title_en: the original's or its reviewed translation's.
        .. RecordLanguages.All.Select(language => ($"building_blocks_{language}", $"#activity+block+name+list+i_{language}",
            (Func<PracticeRecord, string, string?>)((r, _) => r.TextIn(language, TranslatableFields.Title, r.Title) is null ? null
                : List(r.Blocks.Select(b => r.TextIn(language, TranslatableFields.BlockTitle(b.Position), b.Title)))))),
    ];

    private static IEnumerable<(string, string, Func<PracticeRecord, string, string?>)> InEachLanguage(
        string header, string hxl, string key, Func<PracticeRecord, string?> original) =>
        RecordLanguages.All.Select(language => ($"{header}_{language}", $"{hxl}+i_{language}", (Func<PracticeRecord, string, string?>)((r, _) => r.TextIn(language, key, original(r)))));

    public static IReadOnlyList<string> Headers => Columns.Select(c => c.Header).ToList();

    public static IReadOnlyList<string> HxlTags => Columns.Select(c => c.Hxl).ToList();

    /// <summary>Writes the CSV to <paramref name="output"/> row by row, as the records arrive.</summary>
    public static async Task WriteAsync(IAsyncEnumerable<PracticeRecord> records, string baseUrl, bool hxl, Stream output, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), bufferSize: 16 * 1024, leaveOpen: true);
        await WriteRowAsync(writer, Columns.Select(c => c.Header));
        if (hxl)
        {
            await WriteRowAsync(writer, Columns.Select(c => c.Hxl));
        }
        await foreach (var record in records.WithCancellation(cancellationToken))
        {
            await WriteRowAsync(writer, Columns.Select(c => Neutralise(c.Value(record, baseUrl))));
        }
        await writer.FlushAsync(cancellationToken);
    }

    /// <summary>OWASP CSV injection: a cell starting with = + - @ (or tab / carriage return) is prefixed with an apostrophe.</summary>
    public static string Neutralise(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }
        return value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;
    }

    public static string Escape(string value) =>
        value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;

    private static async Task WriteRowAsync(StreamWriter writer, IEnumerable<string> cells)
    {
        await writer.WriteAsync(string.Join(',', cells.Select(Escape)));
        await writer.WriteAsync("\r\n");
    }

    private static string List<T>(IEnumerable<T> values) => string.Join(ListSeparator, values);

    private static string? Invariant(int? value) => value?.ToString(CultureInfo.InvariantCulture);
}
