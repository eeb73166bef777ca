using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using MirpsPractices.Core.Data;
using MirpsPractices.Core.Domain;
using MirpsPractices.Core.Features.Catalogue;

namespace MirpsPractices.Core.Features.Reuse;

/// <summary>A published practice whose title and summary share words with what is being written.</summary>
public sealed record SimilarPractice(int Id, string Slug, string Title, string Summary, string Language, IReadOnlyList<string> CountryCodes, int SharedWords);

/// <summary>
/// "Does this practice already exist?" (issue 13, item 4): published practices whose title and summary look like the text
/// a team member is writing, or the moderator is reviewing. Candidates come from the catalogue's full-text index (FTS5 or
/// SQL Server full-text) with any of the text's significant words; they are then kept only when enough of those words
/// appear in their own title and summary, so one shared common word is not a suggestion.
/// </summary>
public sealed partial class SimilarPractices(AppDbContext db, CatalogueSearch catalogue)
{
    public const int MaxSuggestions = 5;
    private const int MaxTerms = 16;
    private const int Candidates = 30;
    private const int MinSharedWords = 2;

    /// <summary>Words that say nothing about what a practice is (Spanish and English), left out of the comparison.</summary>
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "para", "como", "pero", "sobre", "entre", "desde", "hasta", "donde", "cuando", "este", "esta", "estos", "estas",
        "todo", "todos", "todas", "cada", "otro", "otra", "otros", "otras", "sus", "los", "las", "una", "unos", "unas",
        "del", "con", "sin", "por", "que", "mas", "muy", "tambien", "ademas", "mediante", "segun", "traves",
        "with", "from", "that", "this", "these", "those", "into", "their", "them", "they", "have", "been", "were",
        "which", "where", "when", "while", "about", "through", "also", "other", "more", "than", "such", "each", "within",
    };

    /// <summary>Up to <see cref="MaxSuggestions"/> published practices like the text, best first; none for empty or unrelated text.</summary>
    public async Task<IReadOnlyList<SimilarPractice>> FindAsync(string? title, string? summary, IReadOnlyCollection<int> excludeIds, CancellationToken cancellationToken)
    {
        var stems = Stems($"{title} {summary}");
        if (stems.Count < MinSharedWords)
        {
            return [];
        }
        var hits = await Hits(stems).OrderBy(h => h.Score).Take(Candidates).ToListAsync(cancellationToken);
        var index = await catalogue.IndexAsync(cancellationToken);
        var candidateIds = hits.Select(h => h.PracticeId).Where(id => index.IsPublished(id) && !excludeIds.Contains(id)).Distinct().ToList();
        if (candidateIds.Count == 0)
        {
            return [];
        }
        var rows = await db.Practices
            .Where(p => candidateIds.Contains(p.Id) && p.State == PracticeState.Published && p.RevisionOfId == null)
            .Select(p => new { p.Id, p.Slug, p.Title, p.Summary, p.Language, Countries = p.Countries.Select(c => c.CountryCode).ToList() })
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        // Excluding the practice being written also excludes the published original it revises, and the other way round.
        var needed = Math.Max(MinSharedWords, (int)Math.Ceiling(stems.Count * 0.3));
        var rank = candidateIds.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i);
        return rows
            .Select(r => (Row: r, Shared: SharedWords(stems, $"{r.Title} {r.Summary}")))
            .Where(x => x.Shared >= needed)
            .OrderByDescending(x => x.Shared).ThenBy(x => rank[x.Row.Id])
            .Take(MaxSuggestions)
            .Select(x => new SimilarPractice(x.Row.Id, x.Row.Slug, x.Row.Title, x.Row.Summary, x.Row.Language,
                x.Row.Countries.OrderBy(Country.MirpsOrder).ToList(), x.Shared))
            .ToList();
    }

    /// <summary>The ids a practice must not be suggested against: itself and the practice it is a revision of.</summary>
    public async Task<IReadOnlyCollection<int>> SelfAndOriginalAsync(int? practiceId, CancellationToken cancellationToken)
    {
        if (practiceId is not int id)
        {
            return [];
        }
        var original = await db.Practices.Where(p => p.Id == id).Select(p => p.RevisionOfId).SingleOrDefaultAsync(cancellationToken);
        return original is int o ? [id, o] : [id];
    }

    /// <summary>
    /// Significant words of the text, folded (lower case, no accents) and cut to a crude stem so that "refugiados" and
    /// "refugiadas" or "municipal" and "municipio" meet: words of four letters or more, without stop words, at most 16.
    /// </summary>
    public static IReadOnlyList<string> Stems(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }
        return Word().Matches(text)
            .Select(m => FullTextQuery.Fold(m.Value))
            .Where(w => w.Length >= 4 && !StopWords.Contains(w) && !w.All(char.IsDigit))
            .Select(w => w.Length > 6 ? w[..Math.Max(6, w.Length - 3)] : w)
            .Distinct(StringComparer.Ordinal)
            .Take(MaxTerms)
            .ToList();
    }

    private static int SharedWords(IReadOnlyList<string> stems, string text)
    {
        var words = Word().Matches(text).Select(m => FullTextQuery.Fold(m.Value)).ToHashSet(StringComparer.Ordinal);
        return stems.Count(stem => words.Any(w => w.StartsWith(stem, StringComparison.Ordinal)));
    }

    /// <summary>Practices with any of the stems as a word prefix, best score first (lower is better on both providers).</summary>
    private IQueryable<FullTextHit> Hits(IReadOnlyList<string> stems)
    {
        // The stems are letters and digits only (see Stems), so quoting them is all the escaping either syntax needs.
        if (db.Database.IsSqlServer())
        {
            var condition = string.Join(" OR ", stems.Select(s => $"\"{s}*\""));
            return db.Database.SqlQuery<FullTextHit>(
                $"SELECT [KEY] AS [PracticeId], CAST(-[RANK] AS float) AS [Score] FROM CONTAINSTABLE([Practices], ([Title], [Summary]), {condition}, LANGUAGE 0)");
        }
        var match = "{Title Summary} : (" + string.Join(" OR ", stems.Select(s => $"\"{s}\"*")) + ")";
        return db.Database.SqlQuery<FullTextHit>(
            $"SELECT rowid AS PracticeId, bm25(PracticesFts, 10.0, 4.0, 0.0, 0.0, 0.0) AS Score FROM PracticesFts WHERE PracticesFts MATCH {match}");
    }

    [GeneratedRegex(@"[\p{L}\p{M}\p{N}]+")]
    private static partial Regex Word();
}
