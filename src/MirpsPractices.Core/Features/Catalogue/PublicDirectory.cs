using Microsoft.EntityFrameworkCore;
using MirpsPractices.Core.Data;
using MirpsPractices.Core.Domain;

namespace MirpsPractices.Core.Features.Catalogue;

public sealed record PracticeLink(int Id, string Slug, string Title, string Language);

public sealed record PublicRecommendation(
    int Id, string Title, string Text, string Language, RecommendationLevel Level, IReadOnlyList<ActorType> ActorTypes,
    IReadOnlyList<StrategyArea> StrategyAreas, RecommendationImplementationStatus ImplementationStatus, DateTime JointSinceUtc,
    IReadOnlyList<PracticeLink> Evidence);

/// <summary>The public fields of an organisation; never who proposed it, its users or its moderation state.</summary>
public sealed record PublicOrganisation(int Id, string Name, string? Acronym, ActorType ActorType, string CountryCode, bool IsDialogueMechanismMember, string? Website, int PublishedPractices);

public sealed record OrganisationDirectoryPage(IReadOnlyList<PublicOrganisation> Items, int Total, int Page, int PageSize, string? CountryCode, ActorType? ActorType)
{
    public int PageCount => Total == 0 ? 0 : (Total + PageSize - 1) / PageSize;
}

public sealed record OrganisationProfile(PublicOrganisation Organisation, IReadOnlyList<(PracticeCard Practice, ParticipationRole Role)> Practices);

/// <summary>Joint recommendations and the organisations directory: only public records and their public fields.</summary>
public sealed class PublicDirectory(AppDbContext db, CatalogueSearch search)
{
    public const int OrganisationPageSize = 30;

    /// <summary>Joint recommendations (endorsed by every participant group) with their published evidence practices only.</summary>
    public async Task<IReadOnlyList<PublicRecommendation>> JointRecommendationsAsync(CancellationToken cancellationToken)
    {
        var published = search.Published;
        var rows = await db.Recommendations
            .Where(r => r.JointSinceUtc != null)
            .OrderByDescending(r => r.JointSinceUtc).ThenBy(r => r.Id)
            .Select(r => new
            {
                r.Id, r.Title, r.Text, r.Language, r.Level, r.ActorTypes, r.StrategyAreas, r.ImplementationStatus, r.JointSinceUtc,
                Evidence = r.Evidence
                    .Where(e => published.Any(p => p.Id == e.PracticeId))
                    .OrderBy(e => e.Practice!.Title)
                    .Select(e => new PracticeLink(e.PracticeId, e.Practice!.Slug, e.Practice.Title, e.Practice.Language))
                    .ToList(),
            })
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        return rows.Select(r => new PublicRecommendation(r.Id, r.Title, r.Text, r.Language, r.Level, r.ActorTypes, r.StrategyAreas,
            r.ImplementationStatus, r.JointSinceUtc!.Value, r.Evidence)).ToList();
    }

    private IQueryable<Organisation> Listed =>
        db.Organisations.Where(o => o.IsApproved && o.MergedIntoId == null);

    public async Task<OrganisationDirectoryPage> OrganisationsAsync(string? countryCode, ActorType? actorType, int page, CancellationToken cancellationToken)
    {
        var organisations = Listed;
        if (countryCode is not null)
        {
            organisations = organisations.Where(o => o.CountryCode == countryCode);
        }
        if (actorType is not null)
        {
            organisations = organisations.Where(o => o.ActorType == actorType);
        }
        var total = await organisations.CountAsync(cancellationToken);
        page = Math.Max(1, page);
        var items = await Project(organisations.OrderBy(o => o.Name).ThenBy(o => o.Id))
            .Skip((page - 1) * OrganisationPageSize).Take(OrganisationPageSize)
            .ToListAsync(cancellationToken);
        return new OrganisationDirectoryPage(items, total, page, OrganisationPageSize, countryCode, actorType);
    }

    public async Task<OrganisationProfile?> OrganisationAsync(int id, CancellationToken cancellationToken)
    {
        var organisation = await Project(Listed.Where(o => o.Id == id)).SingleOrDefaultAsync(cancellationToken);
        if (organisation is null)
        {
            return null;
        }
        var published = search.Published;
        var roles = await db.PracticeOrganisations
            .Where(po => po.OrganisationId == id && published.Any(p => p.Id == po.PracticeId))
            .Select(po => new { po.PracticeId, po.Role })
            .ToListAsync(cancellationToken);
        var cards = await search.CardsAsync(roles.Select(r => r.PracticeId).ToList(), cancellationToken);
        var roleById = roles.ToDictionary(r => r.PracticeId, r => r.Role);
        return new OrganisationProfile(organisation, cards
            .OrderByDescending(c => c.PublishedAtUtc)
            .Select(c => (c, roleById[c.Id]))
            .ToList());
    }

    private IQueryable<PublicOrganisation> Project(IQueryable<Organisation> organisations)
    {
        var published = search.Published;
        return organisations.Select(o => new PublicOrganisation(
            o.Id, o.Name, o.Acronym, o.ActorType, o.CountryCode, o.IsDialogueMechanismMember, o.Website,
            db.PracticeOrganisations.Count(po => po.OrganisationId == o.Id && published.Any(p => p.Id == po.PracticeId))));
    }
}
