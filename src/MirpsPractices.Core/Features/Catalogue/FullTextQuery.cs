using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace MirpsPractices.Core.Features.Catalogue;

/// <summary>
/// The words of a search, safe for FTS5 MATCH and SQL Server CONTAINSTABLE: user input never reaches either syntax.
/// Every word is a prefix term ("capacit" finds "capacitación"); all words must match.
/// </summary>
public sealed partial class FullTextQuery
{
    private const int MaxTerms = 12;

    private FullTextQuery(IReadOnlyList<string> terms) => Terms = terms;

    /// <summary>Word tokens as typed (letters, marks and digits only), without any operator.</summary>
    public IReadOnlyList<string> Terms { get; }

    public bool IsEmpty => Terms.Count == 0;

    public static FullTextQuery Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new FullTextQuery([]);
        }
        var terms = WordPattern().Matches(text)
            .Select(m => m.Value)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Take(MaxTerms)
            .ToList();
        return new FullTextQuery(terms);
    }

    /// <summary>FTS5: each term quoted (so NEAR, OR, column: and the like are plain words) and made a prefix query.</summary>
    public string ToFts5() => string.Join(" ", Terms.Select(t => $"\"{t}\"*"));

    /// <summary>SQL Server: prefix terms joined by AND, e.g. <c>"capacit*" AND "honduras*"</c>.</summary>
    public string ToSqlServer() => string.Join(" AND ", Terms.Select(t => $"\"{t}*\""));

    /// <summary>Lower-case, accent-free form used to highlight matches the way the index matched them.</summary>
    public static string Fold(string value)
    {
        var decomposed = value.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }
        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    public IReadOnlyList<string> FoldedTerms => Terms.Select(Fold).ToList();

    /// <summary>Splits text into runs, marking the words that start with one of the terms (as the index's prefix search does).</summary>
    public IReadOnlyList<(string Text, bool IsMatch)> Highlight(string text)
    {
        var result = new List<(string, bool)>();
        if (IsEmpty || string.IsNullOrEmpty(text))
        {
            result.Add((text, false));
            return result;
        }
        var folded = FoldedTerms;
        var position = 0;
        foreach (Match word in TokenPattern().Matches(text))
        {
            var foldedWord = Fold(word.Value);
            if (!folded.Any(t => foldedWord.StartsWith(t, StringComparison.Ordinal)))
            {
                continue;
            }
            if (word.Index > position)
            {
                result.Add((text[position..word.Index], false));
            }
            result.Add((word.Value, true));
            position = word.Index + word.Length;
        }
        if (position < text.Length)
        {
            result.Add((text[position..], false));
        }
        return result;
    }

    [GeneratedRegex(@"[\p{L}\p{M}\p{N}]+")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"[\p{L}\p{M}\p{N}]+")]
    private static partial Regex TokenPattern();
}
