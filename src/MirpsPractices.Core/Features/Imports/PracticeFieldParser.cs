using System.Globalization;
using System.Text.RegularExpressions;
using MirpsPractices.Core.Domain;
using MirpsPractices.Core.Features.Practices;

namespace MirpsPractices.Core.Features.Imports;

public enum FieldProblemKind
{
    /// <summary>A date that is not a date (or outside 1900–2100).</summary>
    InvalidDate,
    InvalidNumber,
    /// <summary>A code or label that is not in the field's list; <see cref="FieldProblem.Value"/> says which.</summary>
    UnknownCode,
    UnmatchedOrganisation,
    AmbiguousOrganisation,
    TooLong,
    Missing,
}

/// <summary>A value that could not be imported into a field; the field is left empty (or without that item) and the rest goes in.</summary>
public sealed record FieldProblem(string Field, FieldProblemKind Kind, string? Value = null);

public sealed record ParsedPractice(PracticeContent Content, IReadOnlyList<FieldProblem> Problems, IReadOnlyList<OrganisationMatch> Organisations)
{
    public bool HasProblems => Problems.Count > 0;
}

/// <summary>
/// Labels people may type instead of codes (the Spanish and English labels of countries and reference lists), normalised like
/// organisation names. The web host fills it from its resources; codes themselves always work.
/// </summary>
public sealed class CodeAliases
{
    private readonly Dictionary<(string List, string Text), string> _aliases = [];

    public void Add(string list, string label, string code) => _aliases.TryAdd((list, OrganisationMatcher.Normalise(label)), code);

    public string? Find(string list, string text) => _aliases.GetValueOrDefault((list, OrganisationMatcher.Normalise(text)));
}

/// <summary>
/// Turns the text of one imported practice (field key → text, from a Word template or a spreadsheet row) into
/// <see cref="PracticeContent"/>, collecting a <see cref="FieldProblem"/> for every value that cannot go in rather than failing.
/// Lists accept " | " (the CSV export's separator), ";", "," or one item per line.
/// </summary>
public sealed partial class PracticeFieldParser(OrganisationMatcher organisations, CodeAliases aliases)
{
    public const string CountryList = "Country";
    public const string SubnationalAreaList = "SubnationalArea";

    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy-MM-ddTHH:mm:ss", "yyyy/MM/dd", "d/M/yyyy", "dd/MM/yyyy", "d-M-yyyy", "d.M.yyyy"];

    public ParsedPractice Parse(IReadOnlyDictionary<string, string> values)
    {
        var content = new PracticeContent();
        var problems = new List<FieldProblem>();
        var matches = new List<OrganisationMatch>();
        string Text(string key) => values.TryGetValue(key, out var v) ? v.Trim() : "";

        content.Title = Limit("Title", Text("Title"), Data.Configurations.FieldLimits.Title, problems);
        content.Summary = Text("Summary");
        content.Context = Text("Context");
        content.Description = Text("Description");
        content.Results = Text("Results");
        content.AgeGenderDiversityApproach = Text("AgeGenderDiversityApproach");
        content.Challenges = Text("Challenges");
        content.LessonsLearned = Text("LessonsLearned");
        content.ReplicationConditions = Text("ReplicationConditions");
        content.SustainabilityAndFunding = Text("SustainabilityAndFunding");
        var locality = Text("Locality");
        content.Locality = locality.Length == 0 ? null : locality;
        if (content.Title.Length == 0)
        {
            problems.Add(new FieldProblem("Title", FieldProblemKind.Missing));
        }

        var language = Text("Language");
        content.Language = language.Length == 0 ? RecordLanguages.Spanish
            : RecordLanguages.All.FirstOrDefault(l => string.Equals(l, language, StringComparison.OrdinalIgnoreCase)) ?? aliases.Find("Language", language) ?? Unknown("Language", language, problems, RecordLanguages.Spanish);

        content.StartDate = Date("StartDate", Text("StartDate"), problems);
        content.EndDate = Date("EndDate", Text("EndDate"), problems);
        var status = Text("ImplementationStatus");
        content.ImplementationStatus = status.Length == 0 ? ImplementationStatus.Ongoing : Code("ImplementationStatus", status, ImplementationStatus.Ongoing, problems);

        content.Countries = [.. Items(Text("Countries")).Select(c => CountryCode(c, problems)).OfType<string>().Distinct(StringComparer.Ordinal)];
        content.SubnationalAreas = [.. Items(Text("SubnationalAreas")).Select(a => AreaCode(a, content.Countries, problems)).OfType<string>().Distinct(StringComparer.Ordinal)];
        content.StrategyAreas = Codes<StrategyArea>("StrategyAreas", Text("StrategyAreas"), problems);
        content.Populations = Codes<Population>("Populations", Text("Populations"), problems);
        content.Mechanisms = [.. Codes<CoordinationMechanism>("Mechanisms", Text("Mechanisms"), problems).Select(m => new MechanismEntry(m, ""))];

        foreach (var item in Items(Text("Organisations")))
        {
            var role = ParticipationRole.Partner;
            var name = item;
            var roleMatch = RoleSuffix().Match(item);
            if (roleMatch.Success && TryCode<ParticipationRole>("Role", roleMatch.Groups[1].Value, out var typedRole))
            {
                role = typedRole;
                name = item[..roleMatch.Index].Trim();
            }
            var match = organisations.Match(name, content.Countries);
            matches.Add(match);
            if (match.Organisation is { } found)
            {
                if (content.Organisations.All(o => o.OrganisationId != found.Id))
                {
                    content.Organisations.Add(new OrganisationLink(found.Id, role));
                }
            }
            else
            {
                problems.Add(new FieldProblem("Organisations", match.Kind == OrganisationMatchKind.Ambiguous ? FieldProblemKind.AmbiguousOrganisation : FieldProblemKind.UnmatchedOrganisation, name));
            }
        }

        content.PeopleReached = Number("PeopleReached", Text("PeopleReached"), problems);
        content.WomenReached = Number("WomenReached", Text("WomenReached"), problems);
        content.PeoplePlacedInJobs = Number("PeoplePlacedInJobs", Text("PeoplePlacedInJobs"), problems);
        content.PeopleTrained = Number("PeopleTrained", Text("PeopleTrained"), problems);
        content.BusinessesStarted = Number("BusinessesStarted", Text("BusinessesStarted"), problems);
        content.QualificationsRecognised = Number("QualificationsRecognised", Text("QualificationsRecognised"), problems);
        return new ParsedPractice(content, problems, matches);
    }

    /// <summary>The items of a list cell: " | ", ";", line breaks, or commas when nothing else separates them.</summary>
    public static IReadOnlyList<string> Items(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }
        var separators = text.Contains('|') || text.Contains(';') || text.Contains('\n') ? new[] { '|', ';', '\n', '\r' } : [','];
        return [.. text.Split(separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(s => s.TrimStart('•', '-', '*', '☒', '☑', '✓').Trim()).Where(s => s.Length > 0)];
    }

    public static DateOnly? ParseDate(string text)
    {
        if (DateTime.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var value) && value.Year is >= 1900 and <= 2100)
        {
            return DateOnly.FromDateTime(value);
        }
        return null;
    }

    private static DateOnly? Date(string field, string text, List<FieldProblem> problems)
    {
        if (text.Length == 0)
        {
            return null;
        }
        var date = ParseDate(text);
        if (date is null)
        {
            problems.Add(new FieldProblem(field, FieldProblemKind.InvalidDate, text));
        }
        return date;
    }

    private static int? Number(string field, string text, List<FieldProblem> problems)
    {
        if (text.Length == 0)
        {
            return null;
        }
        var digits = text.Replace(" ", "", StringComparison.Ordinal).Replace("\u00A0", "", StringComparison.Ordinal);
        if (double.TryParse(digits, NumberStyles.Float, CultureInfo.InvariantCulture, out var exact) && exact >= 0 && exact <= int.MaxValue && exact == Math.Floor(exact))
        {
            return (int)exact;
        }
        digits = digits.Replace(",", "", StringComparison.Ordinal).Replace(".", "", StringComparison.Ordinal);
        if (int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var grouped))
        {
            return grouped;
        }
        problems.Add(new FieldProblem(field, FieldProblemKind.InvalidNumber, text));
        return null;
    }

    private static string Limit(string field, string text, int max, List<FieldProblem> problems)
    {
        if (text.Length <= max)
        {
            return text;
        }
        problems.Add(new FieldProblem(field, FieldProblemKind.TooLong, text[..Math.Min(40, text.Length)] + "…"));
        return text[..max];
    }

    private string? CountryCode(string text, List<FieldProblem> problems)
    {
        var code = Country.MirpsCodes.FirstOrDefault(c => string.Equals(c, text, StringComparison.OrdinalIgnoreCase)) ?? aliases.Find(CountryList, text);
        if (code is null)
        {
            problems.Add(new FieldProblem("Countries", FieldProblemKind.UnknownCode, text));
        }
        return code;
    }

    /// <summary>
    /// A subnational area by ISO 3166-2 code or name; like the form, it must lie in one of the practice's countries, otherwise
    /// it is left out and named.
    /// </summary>
    private string? AreaCode(string text, IReadOnlyCollection<string> countries, List<FieldProblem> problems)
    {
        var area = SubnationalAreas.Find(text.ToUpperInvariant()) ?? SubnationalAreas.Find(aliases.Find(SubnationalAreaList, text));
        if (area is null || !countries.Contains(area.CountryCode))
        {
            problems.Add(new FieldProblem("SubnationalAreas", FieldProblemKind.UnknownCode, text));
            return null;
        }
        return area.Code;
    }

    private TEnum Code<TEnum>(string field, string text, TEnum fallback, List<FieldProblem> problems) where TEnum : struct, Enum
    {
        if (TryCode<TEnum>(field, text, out var value))
        {
            return value;
        }
        problems.Add(new FieldProblem(field, FieldProblemKind.UnknownCode, text));
        return fallback;
    }

    private List<TEnum> Codes<TEnum>(string field, string text, List<FieldProblem> problems) where TEnum : struct, Enum
    {
        var result = new List<TEnum>();
        foreach (var item in Items(text))
        {
            if (TryCode<TEnum>(field, item, out var value))
            {
                if (!result.Contains(value))
                {
                    result.Add(value);
                }
            }
            else
            {
                problems.Add(new FieldProblem(field, FieldProblemKind.UnknownCode, item));
            }
        }
        return result;
    }

    private bool TryCode<TEnum>(string list, string text, out TEnum value) where TEnum : struct, Enum
    {
        var code = text.Trim();
        if (!code.All(char.IsDigit) && Enum.TryParse(code, ignoreCase: true, out value) && Enum.IsDefined(value))
        {
            return true;
        }
        if (aliases.Find(typeof(TEnum).Name, code) is string alias && Enum.TryParse(alias, out value))
        {
            return true;
        }
        _ = list;
        value = default;
        return false;
    }

    private static string Unknown(string field, string text, List<FieldProblem> problems, string fallback)
    {
        problems.Add(new FieldProblem(field, FieldProblemKind.UnknownCode, text));
        return fallback;
    }

    [GeneratedRegex(@"\s*[\[(]\s*([A-Za-zÀ-ÿ ]{3,20})\s*[\])]\s*$")]
    private static partial Regex RoleSuffix();
}
