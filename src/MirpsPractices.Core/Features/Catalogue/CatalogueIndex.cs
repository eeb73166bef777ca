using System.Buffers;
using System.Globalization;
using System.Numerics;
using Microsoft.EntityFrameworkCore;
using MirpsPractices.Core.Data;
using MirpsPractices.Core.Domain;

namespace MirpsPractices.Core.Features.Catalogue;

/// <summary>
/// An in-memory snapshot of what the catalogue filters and counts by (docs/performance.md, "Facet counts"): every published
/// practice gets a position (newest first), and every facet value a bitset of the positions that have it. A view is then
/// a few ANDs and ORs of bitsets and each facet count one popcount, whatever the size of the catalogue — no SQL GROUP BY
/// over the join tables per page. At 100,000 practices the snapshot takes about 2 MB; it is rebuilt when the catalogue
/// changes (see <see cref="CatalogueIndexProvider"/>). Texts are not in it: cards, pages and exports read them by id.
/// </summary>
public sealed class CatalogueIndex
{
    private static readonly CatalogueFacet[] Facets = Enum.GetValues<CatalogueFacet>();

    private readonly int[] _ids;
    private readonly Dictionary<int, int> _positions;
    private readonly int[] _byTitle;
    private readonly Dictionary<CatalogueFacet, Dictionary<string, Bitset>> _facets;

    private CatalogueIndex(int[] ids, int[] byTitle, Dictionary<CatalogueFacet, Dictionary<string, Bitset>> facets, int organisations,
        IReadOnlyDictionary<int, int> publishedByYear, BlockSignatures blocks)
    {
        Blocks = blocks;
        _ids = ids;
        PublishedByYear = publishedByYear;
        _byTitle = byTitle;
        _facets = facets;
        _positions = new Dictionary<int, int>(ids.Length);
        for (var i = 0; i < ids.Length; i++)
        {
            _positions[ids[i]] = i;
        }
        All = Bitset.Full(ids.Length);
        OrganisationCount = organisations;
    }

    /// <summary>Published practices.</summary>
    public int Count => _ids.Length;

    /// <summary>Distinct organisations taking part in at least one published practice.</summary>
    public int OrganisationCount { get; }

    public Bitset All { get; }

    /// <summary>The building blocks of published practices, for "other practices using a similar block" (issue 13).</summary>
    public BlockSignatures Blocks { get; }

    /// <summary>Published practices by the year they were published (the statistics page).</summary>
    public IReadOnlyDictionary<int, int> PublishedByYear { get; }

    public bool IsPublished(int id) => _positions.ContainsKey(id);

    public bool TryGetPosition(int id, out int position) => _positions.TryGetValue(id, out position);

    public int IdAt(int position) => _ids[position];

    /// <summary>The values of a facet that at least one published practice has, e.g. the countries for the home page.</summary>
    public IEnumerable<string> ValuesOf(CatalogueFacet facet) => _facets[facet].Where(v => !v.Value.IsEmpty).Select(v => v.Key);

    /// <summary>The values of a facet that the practice at <paramref name="position"/> has (a card's countries, areas, actor types).</summary>
    public IEnumerable<string> ValuesAt(CatalogueFacet facet, int position) =>
        _facets[facet].Where(v => v.Value.Contains(position)).Select(v => v.Key);

    /// <summary>Whether the practice at <paramref name="position"/> is written in, or has a reviewed translation into, <paramref name="language"/>.</summary>
    public bool IsAvailableIn(int position, string language) =>
        _facets[CatalogueFacet.Language].TryGetValue(language, out var bits) && bits.Contains(position);

    /// <summary>Positions matching every filter of the query except <paramref name="except"/>'s, within <paramref name="text"/> when given.</summary>
    public Bitset Filter(CatalogueQuery query, Bitset? text, CatalogueFacet? except = null)
    {
        var result = text ?? All;
        foreach (var facet in Facets)
        {
            var values = Selected(query, facet);
            if (facet == except || values.Count == 0)
            {
                continue;
            }
            var any = Bitset.Empty(_ids.Length);
            foreach (var value in values)
            {
                if (_facets[facet].TryGetValue(value, out var bits))
                {
                    any = any.Or(bits);
                }
            }
            result = result.And(any);
        }
        return result;
    }

    /// <summary>How many practices of <paramref name="view"/> have each value of the facet; values with none are left out.</summary>
    public IReadOnlyDictionary<string, int> Counts(CatalogueFacet facet, Bitset view)
    {
        var counts = new Dictionary<string, int>();
        foreach (var (value, bits) in _facets[facet])
        {
            var count = view.CountAnd(bits);
            if (count > 0)
            {
                counts[value] = count;
            }
        }
        return counts;
    }

    /// <summary>How many published practices have both values of the facet (for a value with itself: how many have it).</summary>
    public int CountWithBoth(CatalogueFacet facet, string first, string second) =>
        _facets[facet].TryGetValue(first, out var a) && _facets[facet].TryGetValue(second, out var b) ? a.CountAnd(b) : 0;

    /// <summary>Ids of <paramref name="view"/> in display order, from <paramref name="skip"/>, at most <paramref name="take"/>.</summary>
    public List<int> OrderedIds(Bitset view, CatalogueSort sort, TextMatches? text, int skip, int take)
    {
        var result = new List<int>(Math.Min(take, 1024));
        if (sort == CatalogueSort.Relevance && text is not null)
        {
            var skipped = 0;
            foreach (var position in text.Ranked)
            {
                if (view.Contains(position) && skipped++ >= skip)
                {
                    result.Add(_ids[position]);
                    if (result.Count == take)
                    {
                        break;
                    }
                }
            }
            return result;
        }
        var seen = 0;
        if (sort == CatalogueSort.Title)
        {
            foreach (var position in _byTitle)
            {
                if (view.Contains(position) && seen++ >= skip)
                {
                    result.Add(_ids[position]);
                    if (result.Count == take)
                    {
                        break;
                    }
                }
            }
            return result;
        }
        foreach (var position in view.Positions())
        {
            if (seen++ >= skip)
            {
                result.Add(_ids[position]);
                if (result.Count == take)
                {
                    break;
                }
            }
        }
        return result;
    }

    /// <summary>
    /// Practices sharing most strategy areas and countries with the given one, newest first among equals. The score of every
    /// position is counted 64 at a time with bit-sliced counters (slice b holds bit b of the 64 scores of a word), so the cost
    /// is a few word operations per 64 practices and set, not a loop over every practice; then the positions of the highest
    /// score are walked in order, then the next score, until <paramref name="take"/> are found.
    /// </summary>
    public List<int> Related(int id, IEnumerable<StrategyArea> areas, IEnumerable<string> countries, int take)
    {
        var sets = areas.Select(a => Get(CatalogueFacet.StrategyArea, a.ToString()))
            .Concat(countries.Select(c => Get(CatalogueFacet.Country, c)))
            .OfType<Bitset>()
            .ToList();
        var result = new List<int>(Math.Max(take, 0));
        if (sets.Count == 0 || take <= 0)
        {
            return result;
        }
        var bits = 32 - BitOperations.LeadingZeroCount((uint)sets.Count);
        var words = (_ids.Length + 63) / 64;
        var slices = ArrayPool<ulong>.Shared.Rent(bits * words);
        try
        {
            Array.Clear(slices, 0, bits * words);
            for (var w = 0; w < words; w++)
            {
                foreach (var set in sets)
                {
                    // Adds the set's word to the 64 counters: a ripple-carry addition of one bit per position.
                    var carry = set.Word(w);
                    for (var b = 0; carry != 0 && b < bits; b++)
                    {
                        ref var slice = ref slices[(b * words) + w];
                        var next = slice & carry;
                        slice ^= carry;
                        carry = next;
                    }
                }
            }
            if (_positions.TryGetValue(id, out var self))
            {
                for (var b = 0; b < bits; b++)
                {
                    slices[(b * words) + (self >> 6)] &= ~(1UL << (self & 63));
                }
            }
            for (var score = sets.Count; score > 0 && result.Count < take; score--)
            {
                for (var w = 0; w < words && result.Count < take; w++)
                {
                    var match = ulong.MaxValue;
                    for (var b = 0; b < bits; b++)
                    {
                        var slice = slices[(b * words) + w];
                        match &= ((score >> b) & 1) != 0 ? slice : ~slice;
                    }
                    while (match != 0 && result.Count < take)
                    {
                        result.Add(_ids[(w << 6) + BitOperations.TrailingZeroCount(match)]);
                        match &= match - 1;
                    }
                }
            }
            return result;
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(slices);
        }
    }

    /// <summary>The full-text matches among published practices: their set, and their positions by score (lower is better), then newest.</summary>
    public TextMatches Matches(IEnumerable<FullTextHit> hits)
    {
        var matched = new List<(double Score, int Position)>();
        var bits = Bitset.Empty(_ids.Length);
        foreach (var hit in hits)
        {
            if (_positions.TryGetValue(hit.PracticeId, out var position) && !bits.Contains(position))
            {
                bits.Set(position);
                matched.Add((hit.Score, position));
            }
        }
        matched.Sort();
        return new TextMatches(bits, matched.Select(m => m.Position).ToArray());
    }

    private Bitset? Get(CatalogueFacet facet, string value) => _facets[facet].GetValueOrDefault(value);

    private static IReadOnlyList<string> Selected(CatalogueQuery query, CatalogueFacet facet) => facet switch
    {
        CatalogueFacet.Country => query.Countries,
        CatalogueFacet.StrategyArea => Names(query.StrategyAreas),
        CatalogueFacet.ActorType => Names(query.ActorTypes),
        CatalogueFacet.Population => Names(query.Populations),
        CatalogueFacet.Mechanism => Names(query.Mechanisms),
        CatalogueFacet.Status => Names(query.Statuses),
        CatalogueFacet.Language => query.Languages,
        CatalogueFacet.BlockActorType => Names(query.BlockActorTypes),
        CatalogueFacet.SubnationalArea => query.SubnationalAreas,
        _ => query.Years.Select(y => y.ToString(CultureInfo.InvariantCulture)).ToList(),
    };

    private static List<string> Names<T>(IReadOnlyList<T> values) where T : struct, Enum => values.Select(v => v.ToString()).ToList();

    /// <summary>Reads the snapshot: nine narrow queries over covering indexes and the published practices' sort keys.</summary>
    /// <remarks>
    /// Rows are streamed, never listed, and the title order comes from the database (the same ORDER BY as the SQL form of
    /// the title sort): at 100,000 practices, holding every title and every link row at once raised the process's peak
    /// memory by about 100 MB on the first request after each change (docs/performance.md).
    /// </remarks>
    public static async Task<CatalogueIndex> BuildAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var published = db.Practices.Where(p => p.State == PracticeState.Published && p.RevisionOfId == null);
        var ordered = await published
            .Select(p => new IndexedPractice(p.Id, p.PublishedAtUtc, p.ImplementationStatus, p.StartDate, p.Language))
            .ToListAsync(cancellationToken);
        // Newest first, in place (no second list).
        ordered.Sort((a, b) => b.PublishedAtUtc != a.PublishedAtUtc ? Nullable.Compare(b.PublishedAtUtc, a.PublishedAtUtc) : b.Id.CompareTo(a.Id));
        var ids = ordered.Select(p => p.Id).ToArray();
        var positions = new Dictionary<int, int>(ids.Length);
        for (var i = 0; i < ids.Length; i++)
        {
            positions[ids[i]] = i;
        }
        var byTitle = new int[ids.Length];
        var next = 0;
        await foreach (var id in published.OrderBy(p => p.Title).ThenBy(p => p.Id).Select(p => p.Id).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            // A practice published between the two reads is left for the next build (its position is unknown here).
            if (next < byTitle.Length && positions.TryGetValue(id, out var position))
            {
                byTitle[next++] = position;
            }
        }
        if (next < byTitle.Length)
        {
            // One withdrawn between the two reads: the positions it left are filled in newest-first order, so every
            // position appears once and title paging never repeats or skips a practice.
            var seen = new bool[ids.Length];
            for (var i = 0; i < next; i++)
            {
                seen[byTitle[i]] = true;
            }
            for (var position = 0; position < ids.Length; position++)
            {
                if (!seen[position])
                {
                    byTitle[next++] = position;
                }
            }
        }

        var facets = Facets.ToDictionary(f => f, _ => new Dictionary<string, Bitset>(StringComparer.Ordinal));
        void Add(CatalogueFacet facet, int practiceId, string value)
        {
            if (!positions.TryGetValue(practiceId, out var position))
            {
                return;
            }
            if (!facets[facet].TryGetValue(value, out var bits))
            {
                facets[facet][value] = bits = Bitset.Empty(ids.Length);
            }
            bits.Set(position);
        }

        for (var i = 0; i < ordered.Count; i++)
        {
            Add(CatalogueFacet.Status, ordered[i].Id, ordered[i].ImplementationStatus.ToString());
            Add(CatalogueFacet.Language, ordered[i].Id, ordered[i].Language);
            if (ordered[i].StartDate is { } start)
            {
                Add(CatalogueFacet.Year, ordered[i].Id, start.Year.ToString(CultureInfo.InvariantCulture));
            }
        }
        await foreach (var row in db.PracticeCountries.Select(x => new { x.PracticeId, x.CountryCode }).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            Add(CatalogueFacet.Country, row.PracticeId, row.CountryCode);
        }
        await foreach (var row in db.PracticeSubnationalAreas.Select(x => new { x.PracticeId, x.Code }).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            Add(CatalogueFacet.SubnationalArea, row.PracticeId, row.Code);
        }
        await foreach (var row in db.PracticeStrategyAreas.Select(x => new { x.PracticeId, x.Area }).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            Add(CatalogueFacet.StrategyArea, row.PracticeId, row.Area.ToString());
        }
        await foreach (var row in db.PracticePopulations.Select(x => new { x.PracticeId, x.Population }).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            Add(CatalogueFacet.Population, row.PracticeId, row.Population.ToString());
        }
        await foreach (var row in db.PracticeMechanisms.Select(x => new { x.PracticeId, x.Mechanism }).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            Add(CatalogueFacet.Mechanism, row.PracticeId, row.Mechanism.ToString());
        }
        // A practice is also available in the language of its reviewed translation (issue 12); one translation per record.
        await foreach (var row in db.RecordTranslations
            .Where(t => t.RecordType == TranslatedRecordType.Practice && t.ReviewedTextsJson != null)
            .Select(t => new { t.RecordId, t.Language }).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            Add(CatalogueFacet.Language, row.RecordId, row.Language);
        }
        // A practice counts once per actor type carrying any of its building blocks (issue 13); the blocks' words and
        // carriers are kept for similar blocks. Only the title and the opening of "what it is" are read.
        var blocks = new BlockSignatures();
        await foreach (var row in db.PracticeBuildingBlocks
            .Where(b => b.Practice!.State == PracticeState.Published && b.Practice.RevisionOfId == null)
            .OrderBy(b => b.PracticeId).ThenBy(b => b.Position)
            .Select(b => new { b.PracticeId, b.Position, b.Title, Head = b.Description.Substring(0, BlockSignatures.DescriptionHead), b.ActorTypeCodes })
            .AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            blocks.Add(row.PracticeId, row.Position, row.Title, row.Head, row.ActorTypeCodes);
            foreach (var type in PracticeBuildingBlock.ParseActorTypes(row.ActorTypeCodes))
            {
                Add(CatalogueFacet.BlockActorType, row.PracticeId, type.ToString());
            }
        }
        var organisations = new HashSet<int>();
        await foreach (var row in db.PracticeOrganisations.Select(x => new { x.PracticeId, x.OrganisationId, x.Organisation!.ActorType }).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            if (positions.ContainsKey(row.PracticeId))
            {
                organisations.Add(row.OrganisationId);
            }
            Add(CatalogueFacet.ActorType, row.PracticeId, row.ActorType.ToString());
        }
        var publishedByYear = ordered.Where(p => p.PublishedAtUtc is not null)
            .GroupBy(p => p.PublishedAtUtc!.Value.Year).ToDictionary(g => g.Key, g => g.Count());
        return new CatalogueIndex(ids, byTitle, facets, organisations.Count, publishedByYear, blocks);
    }
}

internal sealed record IndexedPractice(int Id, DateTime? PublishedAtUtc, ImplementationStatus ImplementationStatus, DateOnly? StartDate, string Language);

/// <summary>Full-text matches of one search as positions of a <see cref="CatalogueIndex"/>: the set, and the positions in relevance order.</summary>
public sealed class TextMatches(Bitset bits, int[] ranked)
{
    public Bitset Bits { get; } = bits;

    public IReadOnlyList<int> Ranked { get; } = ranked;

    public int Count => ranked.Length;
}

/// <summary>A fixed-size set of positions, 64 to a word; operations return new sets and never change their inputs.</summary>
public sealed class Bitset
{
    private readonly ulong[] _words;

    private Bitset(ulong[] words, int length)
    {
        _words = words;
        Length = length;
    }

    public int Length { get; }

    public bool IsEmpty => Array.TrueForAll(_words, w => w == 0);

    public static Bitset Empty(int length) => new(new ulong[(length + 63) / 64], length);

    public static Bitset Full(int length)
    {
        var set = Empty(length);
        Array.Fill(set._words, ulong.MaxValue);
        if (length % 64 != 0)
        {
            set._words[^1] = (1UL << (length % 64)) - 1;
        }
        return set;
    }

    internal ulong Word(int index) => _words[index];

    internal void Set(int position) => _words[position >> 6] |= 1UL << (position & 63);

    public bool Contains(int position) => (_words[position >> 6] & (1UL << (position & 63))) != 0;

    public Bitset And(Bitset other)
    {
        var words = new ulong[_words.Length];
        for (var i = 0; i < words.Length; i++)
        {
            words[i] = _words[i] & other._words[i];
        }
        return new Bitset(words, Length);
    }

    public Bitset Or(Bitset other)
    {
        var words = new ulong[_words.Length];
        for (var i = 0; i < words.Length; i++)
        {
            words[i] = _words[i] | other._words[i];
        }
        return new Bitset(words, Length);
    }

    public int Count()
    {
        var count = 0;
        foreach (var word in _words)
        {
            count += BitOperations.PopCount(word);
        }
        return count;
    }

    /// <summary>Size of the intersection, without allocating it.</summary>
    public int CountAnd(Bitset other)
    {
        var count = 0;
        for (var i = 0; i < _words.Length; i++)
        {
            count += BitOperations.PopCount(_words[i] & other._words[i]);
        }
        return count;
    }

    /// <summary>Positions in ascending order (newest practice first in a <see cref="CatalogueIndex"/>).</summary>
    public IEnumerable<int> Positions()
    {
        for (var i = 0; i < _words.Length; i++)
        {
            var word = _words[i];
            while (word != 0)
            {
                var bit = BitOperations.TrailingZeroCount(word);
                yield return (i << 6) + bit;
                word &= word - 1;
            }
        }
    }
}
