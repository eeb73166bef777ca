using MirpsPractices.Core.Domain;
using MirpsPractices.Core.Features.Reuse;

namespace MirpsPractices.Core.Features.Catalogue;

/// <summary>A building block like another one: where it is, and how much it shares with it.</summary>
public sealed record SimilarBlockHit(int PracticeId, int Position, int Score);

/// <summary>
/// The building blocks of published practices as the catalogue index holds them (issue 13): for each block, the stems of
/// its title (weight 2) and of the opening of what it is (weight 1), and the actor types that carry it, with an inverted
/// list from stem to blocks. "Other practices using a similar block" then walks only the lists of the block's own stems —
/// no SQL and no scan over every block per request. Built with the rest of the index, so a publication refreshes it.
/// </summary>
public sealed class BlockSignatures
{
    /// <summary>How much of "what it is" counts: its opening, where a block says what it is.</summary>
    public const int DescriptionHead = 300;

    /// <summary>Shared words needed to call two blocks similar: two title words, or a title word and a described one, and so on.</summary>
    public const int MinWordScore = 3;

    private readonly List<(int PracticeId, int Position, Dictionary<string, int> Stems, int Actors)> _blocks = [];
    private readonly Dictionary<(int, int), int> _byKey = [];
    private readonly Dictionary<string, List<int>> _postings = new(StringComparer.Ordinal);

    public int Count => _blocks.Count;

    internal void Add(int practiceId, int position, string title, string descriptionHead, string actorTypeCodes)
    {
        var stems = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var stem in Stems(descriptionHead))
        {
            stems[stem] = 1;
        }
        foreach (var stem in Stems(title))
        {
            stems[stem] = 2;
        }
        var actors = 0;
        foreach (var type in PracticeBuildingBlock.ParseActorTypes(actorTypeCodes))
        {
            actors |= 1 << (int)type;
        }
        var index = _blocks.Count;
        _blocks.Add((practiceId, position, stems, actors));
        _byKey[(practiceId, position)] = index;
        foreach (var stem in stems.Keys)
        {
            if (!_postings.TryGetValue(stem, out var list))
            {
                _postings[stem] = list = [];
            }
            list.Add(index);
        }
    }

    /// <summary>
    /// The significant words of <see cref="SimilarPractices.Stems"/>, cut to six letters so that the words of one family
    /// meet as equal keys ("empleador" and "empleadores", "inclusivo" and "inclusivos", "municipal" and "municipales").
    /// </summary>
    public static IEnumerable<string> Stems(string text) =>
        SimilarPractices.Stems(text).Select(s => s.Length > 6 ? s[..6] : s).Distinct(StringComparer.Ordinal);

    /// <summary>
    /// Blocks of other published practices most like the given block, one per practice (its best), best first: the score is
    /// the shared words (the smaller weight of each) plus one per shared actor type, kept when the words alone reach
    /// <see cref="MinWordScore"/>; equals in a stable order (practice id, then position).
    /// </summary>
    public IReadOnlyList<SimilarBlockHit> Similar(int practiceId, int position, int take)
    {
        if (!_byKey.TryGetValue((practiceId, position), out var self) || take <= 0)
        {
            return [];
        }
        var (_, _, stems, actors) = _blocks[self];
        var words = new Dictionary<int, int>();
        foreach (var (stem, weight) in stems)
        {
            foreach (var other in _postings[stem])
            {
                if (_blocks[other].PracticeId != practiceId)
                {
                    words[other] = words.GetValueOrDefault(other) + Math.Min(weight, _blocks[other].Stems[stem]);
                }
            }
        }
        return words
            .Where(w => w.Value >= MinWordScore)
            .Select(w => new SimilarBlockHit(_blocks[w.Key].PracticeId, _blocks[w.Key].Position,
                w.Value + System.Numerics.BitOperations.PopCount((uint)(actors & _blocks[w.Key].Actors))))
            .OrderByDescending(h => h.Score).ThenBy(h => h.PracticeId).ThenBy(h => h.Position)
            .DistinctBy(h => h.PracticeId)
            .Take(take)
            .ToList();
    }
}
