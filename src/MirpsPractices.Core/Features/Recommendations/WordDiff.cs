using System.Text.RegularExpressions;
using MirpsPractices.Core.Features.Practices;

namespace MirpsPractices.Core.Features.Recommendations;

/// <summary>
/// Word-level difference between two wordings (longest common subsequence over words and the spaces between them),
/// with neighbouring tokens of the same kind merged into one segment (the segments of <see cref="TextDiff"/>, rendered alike).
/// Unlike the review's field diff it sets the common beginning and end aside first, as amendments are long texts changed in places.
/// </summary>
public static partial class WordDiff
{
    /// <summary>
    /// Beyond this many differing tokens per side (after the common beginning and end are set aside) the quadratic table is
    /// not built: that middle part is shown as replaced. 2,000 × 2,000 is a 16 MB table at most.
    /// </summary>
    public const int MaxTokens = 2000;

    public static IReadOnlyList<DiffSegment> Compare(string before, string after)
    {
        var all = Tokens(before);
        var allB = Tokens(after);
        // Amendments usually change a few words: the unchanged beginning and end are matched without the table.
        var prefix = 0;
        while (prefix < all.Length && prefix < allB.Length && all[prefix] == allB[prefix])
        {
            prefix++;
        }
        var suffix = 0;
        while (suffix < all.Length - prefix && suffix < allB.Length - prefix && all[^(suffix + 1)] == allB[^(suffix + 1)])
        {
            suffix++;
        }
        var a = all[prefix..(all.Length - suffix)];
        var b = allB[prefix..(allB.Length - suffix)];
        var raw = new List<DiffSegment>();
        raw.AddRange(all.Take(prefix).Select(t => new DiffSegment(DiffKind.Same, t)));
        if (a.Length > MaxTokens || b.Length > MaxTokens)
        {
            raw.AddRange(a.Select(t => new DiffSegment(DiffKind.Removed, t)));
            raw.AddRange(b.Select(t => new DiffSegment(DiffKind.Added, t)));
        }
        else
        {
            Middle(a, b, raw);
        }
        raw.AddRange(all.Skip(all.Length - suffix).Select(t => new DiffSegment(DiffKind.Same, t)));
        return Merge(raw);
    }

    private static void Middle(string[] a, string[] b, List<DiffSegment> raw)
    {
        // lcs[i, j] = length of the longest common subsequence of a[i..] and b[j..].
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }
        int x = 0, y = 0;
        while (x < a.Length && y < b.Length)
        {
            if (a[x] == b[y])
            {
                raw.Add(new DiffSegment(DiffKind.Same, a[x]));
                x++;
                y++;
            }
            else if (lcs[x + 1, y] >= lcs[x, y + 1])
            {
                raw.Add(new DiffSegment(DiffKind.Removed, a[x++]));
            }
            else
            {
                raw.Add(new DiffSegment(DiffKind.Added, b[y++]));
            }
        }
        raw.AddRange(a.Skip(x).Select(t => new DiffSegment(DiffKind.Removed, t)));
        raw.AddRange(b.Skip(y).Select(t => new DiffSegment(DiffKind.Added, t)));
    }

    /// <summary>Words (with their punctuation) and the whitespace runs between them, so the pieces join back to the text.</summary>
    private static string[] Tokens(string text) =>
        [.. Token().Matches(text.Replace("\r\n", "\n", StringComparison.Ordinal)).Select(m => m.Value)];

    private static List<DiffSegment> Merge(List<DiffSegment> raw)
    {
        // A space between a replaced word and the next replaced one reads better inside the change than as a tiny "same" run.
        for (var i = 1; i < raw.Count - 1; i++)
        {
            if (raw[i].Kind == DiffKind.Same && string.IsNullOrWhiteSpace(raw[i].Text) && raw[i - 1].Kind != DiffKind.Same && raw[i + 1].Kind != DiffKind.Same && raw[i - 1].Kind != raw[i + 1].Kind)
            {
                raw[i] = raw[i] with { Kind = DiffKind.Removed };
                raw.Insert(i + 1, new DiffSegment(DiffKind.Added, raw[i].Text));
                i++;
            }
        }
        var merged = new List<DiffSegment>();
        foreach (var segment in raw)
        {
            // Removed and added runs are regrouped: everything removed before what was added, for one change at a time.
            if (merged.Count > 0 && merged[^1].Kind == segment.Kind)
            {
                merged[^1] = merged[^1] with { Text = merged[^1].Text + segment.Text };
            }
            else if (segment.Kind == DiffKind.Removed && merged.Count > 1 && merged[^1].Kind == DiffKind.Added && merged[^2].Kind == DiffKind.Removed)
            {
                merged[^2] = merged[^2] with { Text = merged[^2].Text + segment.Text };
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
