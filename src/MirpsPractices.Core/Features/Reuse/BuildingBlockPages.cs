using Microsoft.EntityFrameworkCore;
using MirpsPractices.Core.Data;
using MirpsPractices.Core.Domain;
using MirpsPractices.Core.Features.Catalogue;

namespace MirpsPractices.Core.Features.Reuse;

/// <summary>A block of another published practice that looks like the one being read.</summary>
public sealed record SimilarBlock(int PracticeId, string PracticeSlug, string PracticeTitle, string Language, int Position, string Title, IReadOnlyList<ActorType> ActorTypes);

/// <summary>A building block's public page: the block, its practice, the practice's other blocks, and similar blocks elsewhere.</summary>
public sealed record BuildingBlockPage(
    int PracticeId,
    string PracticeSlug,
    string PracticeTitle,
    string Language,
    PublicBuildingBlock Block,
    IReadOnlyList<PublicBuildingBlock> Blocks,
    IReadOnlyList<SimilarBlock> Similar);

/// <summary>
/// Reads a building block's public page (issue 13): two commands — the practice with its blocks, then the few similar
/// blocks that the catalogue index (<see cref="BlockSignatures"/>) found — whatever the size of the catalogue.
/// </summary>
public sealed class BuildingBlockPages(AppDbContext db, CatalogueSearch catalogue)
{
    public const int SimilarCount = 5;

    /// <summary>The page of block <paramref name="position"/> of a published practice; null when either does not exist or is not public.</summary>
    public async Task<BuildingBlockPage?> GetAsync(int practiceId, int position, CancellationToken cancellationToken)
    {
        var practice = await catalogue.Published.Where(p => p.Id == practiceId)
            .Select(p => new { p.Id, p.Slug, p.Title, p.Language, Blocks = p.BuildingBlocks.OrderBy(b => b.Position).ToList() })
            .AsSplitQuery()
            .SingleOrDefaultAsync(cancellationToken);
        var blocks = practice?.Blocks.Select(ToPublic).ToList() ?? [];
        var block = blocks.SingleOrDefault(b => b.Position == position);
        if (practice is null || block is null)
        {
            return null;
        }
        var index = await catalogue.IndexAsync(cancellationToken);
        var hits = index.Blocks.Similar(practiceId, position, SimilarCount);
        var similar = new List<SimilarBlock>(hits.Count);
        if (hits.Count > 0)
        {
            var ids = hits.Select(h => h.PracticeId).ToList();
            var rows = await db.PracticeBuildingBlocks
                .Where(b => ids.Contains(b.PracticeId) && b.Practice!.State == PracticeState.Published && b.Practice.RevisionOfId == null)
                .Select(b => new { b.PracticeId, b.Position, b.Title, b.ActorTypeCodes, b.Practice!.Slug, PracticeTitle = b.Practice.Title, b.Practice.Language })
                .ToListAsync(cancellationToken);
            var byKey = rows.ToDictionary(r => (r.PracticeId, r.Position));
            foreach (var hit in hits)
            {
                // The index may be a few moments older than the rows: a block removed since is simply left out.
                if (byKey.TryGetValue((hit.PracticeId, hit.Position), out var r))
                {
                    similar.Add(new SimilarBlock(r.PracticeId, r.Slug, r.PracticeTitle, r.Language, r.Position, r.Title, PracticeBuildingBlock.ParseActorTypes(r.ActorTypeCodes)));
                }
            }
        }
        return new BuildingBlockPage(practice.Id, practice.Slug, practice.Title, practice.Language, block, blocks, similar);
    }

    private static PublicBuildingBlock ToPublic(PracticeBuildingBlock b) =>
        new(b.Position, b.Title, b.Description, b.EnablingFactors, b.TransferConditions, b.ActorTypes);
}
