using Microsoft.EntityFrameworkCore;
using MirpsPractices.Core.Data;
using MirpsPractices.Core.Domain;
using MirpsPractices.Core.Features.Catalogue;

namespace MirpsPractices.Core.Features.Home;

public sealed record HomeFigures(int PublishedPractices, int Countries, int Organisations, int JointRecommendations, int Commitments);

public sealed record LatestPractice(int Id, string Slug, string Title, string Summary, string Language, DateTime? PublishedAtUtc, IReadOnlyList<string> CountryCodes, IReadOnlyList<StrategyArea> StrategyAreas);

/// <summary>
/// Read side of the home page: headline counts and the latest published practices. The practice, country and organisation
/// counts and the latest ids come from the catalogue index (no scan of the practices per page, docs/performance.md).
/// </summary>
public sealed class HomeQueries(AppDbContext db, CatalogueIndexProvider indexes)
{
    public async Task<HomeFigures> GetFiguresAsync(CancellationToken cancellationToken)
    {
        var index = await indexes.GetAsync(db, cancellationToken);
        var practices = index.Count;
        var countries = index.ValuesOf(CatalogueFacet.Country).Count();
        var organisations = index.OrganisationCount;
        var joint = await db.Recommendations.CountAsync(r => r.JointSinceUtc != null, cancellationToken);
        var commitments = await db.Commitments.CountAsync(c => c.Status != CommitmentStatus.Withdrawn, cancellationToken);
        return new HomeFigures(practices, countries, organisations, joint, commitments);
    }

    public async Task<IReadOnlyList<LatestPractice>> GetLatestAsync(int count, CancellationToken cancellationToken)
    {
        var index = await indexes.GetAsync(db, cancellationToken);
        var ids = Enumerable.Range(0, Math.Min(count, index.Count)).Select(index.IdAt).ToList();
        var rows = await db.Practices
            .Where(p => ids.Contains(p.Id))
            .OrderByDescending(p => p.PublishedAtUtc).ThenByDescending(p => p.Id)
            .Select(p => new
            {
                p.Id, p.Slug, p.Title, p.Summary, p.Language, p.PublishedAtUtc,
                Countries = p.Countries.Select(c => c.CountryCode).ToList(),
                Areas = p.StrategyAreas.Select(a => a.Area).ToList(),
            })
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        return rows.Select(r => new LatestPractice(r.Id, r.Slug, r.Title, r.Summary, r.Language, r.PublishedAtUtc, r.Countries, r.Areas)).ToList();
    }
}
