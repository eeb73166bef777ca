using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace MirpsPractices.Core.Features.Imports;

public sealed record OrganisationCandidate(int Id, string Name, string? Acronym, string CountryCode);

public enum OrganisationMatchKind
{
    Exact,
    Acronym,
    Similar,
    Ambiguous,
    NotFound,
}

public sealed record OrganisationMatch(string Text, OrganisationMatchKind Kind, OrganisationCandidate? Organisation)
{
    public bool IsMatched => Organisation is not null;
}

/// <summary>
/// Finds an existing organisation for a name typed in a file, ignoring accents, case, punctuation and an acronym in brackets:
/// by full name, then by acronym, then by one name being the other's beginning (word by word, at least two words), so
/// "Ministerio de Trabajo" finds "Ministerio de Trabajo y Previsión Social (MTPS)". When several remain, the one based in one of
/// the practice's countries wins; otherwise the match is ambiguous and nothing is linked.
/// </summary>
public sealed partial class OrganisationMatcher(IReadOnlyList<OrganisationCandidate> organisations)
{
    private readonly List<(OrganisationCandidate Organisation, string Name, string? Acronym)> _index =
        [.. organisations.Select(o => (o, Normalise(StripAcronym(o.Name, out var inName)), NormaliseOrNull(o.Acronym ?? inName)))];

    public OrganisationMatch Match(string text, IReadOnlyCollection<string> countryCodes)
    {
        var name = Normalise(StripAcronym(text, out var acronym));
        var typedAcronym = NormaliseOrNull(acronym);
        if (name.Length == 0 && typedAcronym is null)
        {
            return new OrganisationMatch(text, OrganisationMatchKind.NotFound, null);
        }
        var exact = _index.Where(o => o.Name == name).ToList();
        if (Pick(exact, countryCodes) is { } found)
        {
            return new OrganisationMatch(text, OrganisationMatchKind.Exact, found);
        }
        var byAcronym = _index.Where(o => o.Acronym is not null && (o.Acronym == name || o.Acronym == typedAcronym)).ToList();
        if (Pick(byAcronym, countryCodes) is { } abbreviated)
        {
            return new OrganisationMatch(text, OrganisationMatchKind.Acronym, abbreviated);
        }
        if (name.Contains(' ', StringComparison.Ordinal))
        {
            var similar = _index.Where(o => o.Name.StartsWith(name + " ", StringComparison.Ordinal) || name.StartsWith(o.Name + " ", StringComparison.Ordinal)).ToList();
            if (Pick(similar, countryCodes) is { } close)
            {
                return new OrganisationMatch(text, OrganisationMatchKind.Similar, close);
            }
            if (similar.Count > 1)
            {
                return new OrganisationMatch(text, OrganisationMatchKind.Ambiguous, null);
            }
        }
        return new OrganisationMatch(text, exact.Count + byAcronym.Count > 1 ? OrganisationMatchKind.Ambiguous : OrganisationMatchKind.NotFound, null);
    }

    private static OrganisationCandidate? Pick(List<(OrganisationCandidate Organisation, string Name, string? Acronym)> candidates, IReadOnlyCollection<string> countryCodes)
    {
        if (candidates.Count == 1)
        {
            return candidates[0].Organisation;
        }
        var inCountry = candidates.Where(c => countryCodes.Contains(c.Organisation.CountryCode)).ToList();
        return inCountry.Count == 1 ? inCountry[0].Organisation : null;
    }

    /// <summary>Lower case, no accents, punctuation as spaces, single spaces: "Previsión  Social," → "prevision social".</summary>
    public static string Normalise(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            builder.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }
        return Spaces().Replace(builder.ToString(), " ").Trim();
    }

    private static string? NormaliseOrNull(string? text) => string.IsNullOrWhiteSpace(text) ? null : Normalise(text);

    /// <summary>Takes a trailing "(ACRONYM)" off a name and returns it separately.</summary>
    private static string StripAcronym(string name, out string? acronym)
    {
        var match = TrailingBracket().Match(name);
        acronym = match.Success ? match.Groups[1].Value : null;
        return match.Success ? name[..match.Index] : name;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\(\s*([^()]{1,30}?)\s*\)\s*$")]
    private static partial Regex TrailingBracket();
}
