using Microsoft.EntityFrameworkCore;
using MirpsPractices.Core.Data;
using MirpsPractices.Core.Domain;

namespace MirpsPractices.Core.Features.Home;

public sealed record HomeFigures(int PublishedPractices, int Countries, int Organisations, int JointRecommendations, int Commitments);

public sealed record LatestPractice(int Id, string Slug, string Title, string Summary, string Language, DateTime? PublishedAtUtc, IReadOnlyList<string> CountryCodes, IReadOnlyList<StrategyArea> StrategyAreas);

/// <summary>Read side of the home page: headline counts and the latest published practices.</summary>
public sealed class HomeQueries(AppDbContext db)
{
    public async Task<HomeFigures> GetFiguresAsync(CancellationToken cancellationToken)
    {
        var published = db.Practices.Where(p => p.State == PracticeState.Published && p.RevisionOfId == null);
        var practices = await published.CountAsync(cancellationToken);
        var countries = await db.PracticeCountries.Where(c => published.Any(p => p.Id == c.PracticeId)).Select(c => c.CountryCode).Distinct().CountAsync(cancellationToken);
        var organisations = await db.PracticeOrganisations.Where(o => published.Any(p => p.Id == o.PracticeId)).Select(o => o.OrganisationId).Distinct().CountAsync(cancellationToken);
        var joint = await db.Recommendations.CountAsync(r => r.JointSinceUtc != null, cancellationToken);
        var commitments = await db.Commitments.CountAsync(c => c.Status != CommitmentStatus.Withdrawn, cancellationToken);
        return new HomeFigures(practices, countries, organisations, joint, commitments);
    }

    public async Task<IReadOnlyList<LatestPractice>> GetLatestAsync(int count, CancellationToken cancellationToken)
    {
        var rows = await db.Practices
            .Where(p => p.State == PracticeState.Published && p.RevisionOfId == null)
            .OrderByDescending(p => p.PublishedAtUtc).ThenByDescending(p => p.Id)
            .Take(count)
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
