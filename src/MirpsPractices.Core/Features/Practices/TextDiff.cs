using System.Text.RegularExpressions;

namespace MirpsPractices.Core.Features.Practices;

public enum DiffKind
{
    Same,
    Added,
    Removed,
}

public sealed record DiffSegment(DiffKind Kind, string Text);

public sealed record FieldDiff(string FieldName, bool Changed, IReadOnlyList<DiffSegment> Segments);

/// <summary>
/// A word-level diff (longest common subsequence over words and the whitespace between them). Output is plain text
/// segments: the view encodes them, so a submitter's markup can never reach a moderator's page as HTML.
/// </summary>
public static partial class TextDiff
{
    // Beyond this many cells the LCS table would cost too much memory; compare line by line instead.
    private const long MaxCells = 4_000_000;

    public static IReadOnlyList<FieldDiff> CompareSnapshots(string? previousJson, string currentJson)
    {
        var before = PracticeSnapshot.ReadAsText(previousJson);
        var after = PracticeSnapshot.ReadAsText(currentJson);
        var fields = PracticeSnapshot.Fields.Concat(before.Keys).Concat(after.Keys).Distinct(StringComparer.Ordinal);
        return fields
            .Select(f =>
            {
                var old = before.GetValueOrDefault(f, "");
                var current = after.GetValueOrDefault(f, "");
                return new FieldDiff(f, !string.Equals(old, current, StringComparison.Ordinal), Compare(old, current));
            })
            .ToList();
    }

    public static IReadOnlyList<DiffSegment> Compare(string before, string after)
    {
        if (string.Equals(before, after, StringComparison.Ordinal))
        {
            return before.Length == 0 ? [] : [new DiffSegment(DiffKind.Same, before)];
        }
        var a = Tokenize(before);
        var b = Tokenize(after);
        if ((long)a.Count * b.Count > MaxCells)
        {
            a = before.Split('\n').Select((l, i) => i == 0 ? l : "\n" + l).ToList();
            b = after.Split('\n').Select((l, i) => i == 0 ? l : "\n" + l).ToList();
        }
        return Merge(Lcs(a, b));
    }

    private static List<string> Tokenize(string text) => [.. Token().Matches(text).Select(m => m.Value)];

    private static List<DiffSegment> Lcs(List<string> a, List<string> b)
    {
        var n = a.Count;
        var m = b.Count;
        var table = new int[n + 1, m + 1];
        for (var i = n - 1; i >= 0; i--)
        {
            for (var j = m - 1; j >= 0; j--)
            {
                table[i, j] = a[i] == b[j] ? table[i + 1, j + 1] + 1 : Math.Max(table[i + 1, j], table[i, j + 1]);
            }
        }
        var result = new List<DiffSegment>();
        int x = 0, y = 0;
        while (x < n && y < m)
        {
            if (a[x] == b[y])
            {
                result.Add(new DiffSegment(DiffKind.Same, a[x]));
                x++;
                y++;
            }
            else if (table[x + 1, y] >= table[x, y + 1])
            {
                result.Add(new DiffSegment(DiffKind.Removed, a[x++]));
            }
            else
            {
                result.Add(new DiffSegment(DiffKind.Added, b[y++]));
            }
        }
        while (x < n)
        {
            result.Add(new DiffSegment(DiffKind.Removed, a[x++]));
        }
        while (y < m)
        {
            result.Add(new DiffSegment(DiffKind.Added, b[y++]));
        }
        return result;
    }

    private static List<DiffSegment> Merge(List<DiffSegment> segments)
    {
        var merged = new List<DiffSegment>();
        foreach (var segment in segments)
        {
            if (merged.Count > 0 && merged[^1].Kind == segment.Kind)
            {
                merged[^1] = merged[^1] with { Text = merged[^1].Text + segment.Text };
            }
            else
            {
                merged.Add(segment);
            }
        }
        return merged;
    }

    [GeneratedRegex(@"\s+|[^\s]+")]
    private static partial Regex Token();
}
