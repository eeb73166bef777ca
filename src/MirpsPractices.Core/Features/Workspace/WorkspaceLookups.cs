using Microsoft.EntityFrameworkCore;
using MirpsPractices.Core.Data;
using MirpsPractices.Core.Domain;

namespace MirpsPractices.Core.Features.Workspace;

public sealed record PracticeOption(int Id, string Title, string Language, string Slug = "");

public sealed record OrganisationOption(int Id, string Name, string? Acronym, string CountryCode, ActorType ActorType);

public sealed record RecordOption(int Id, string Title, string? Language);

public sealed record SessionOption(int Id, DateOnly Date, string Title, string Language);

/// <summary>The choices offered by the workspace forms: published practices, approved organisations, recommendations, commitments, sessions.</summary>
public sealed class WorkspaceLookups(AppDbContext db)
{
    public async Task<IReadOnlyList<PracticeOption>> PublishedPracticesAsync(CancellationToken ct = default) =>
        await db.Practices
            .Where(p => p.State == PracticeState.Published && p.RevisionOfId == null)
            .OrderBy(p => p.Title)
            .Select(p => new PracticeOption(p.Id, p.Title, p.Language, p.Slug))
            .ToListAsync(ct);

    public async Task<IReadOnlyList<OrganisationOption>> OrganisationsAsync(CancellationToken ct = default) =>
        await db.Organisations
            .Where(o => o.IsApproved && o.MergedIntoId == null)
            .OrderBy(o => o.Name)
            .Select(o => new OrganisationOption(o.Id, o.Name, o.Acronym, o.CountryCode, o.ActorType))
            .ToListAsync(ct);

    public async Task<IReadOnlyList<RecordOption>> RecommendationsAsync(CancellationToken ct = default) =>
        await db.Recommendations
            .OrderBy(r => r.Title)
            .Select(r => new RecordOption(r.Id, r.Title, r.Language))
            .ToListAsync(ct);

    public async Task<IReadOnlyList<RecordOption>> CommitmentsAsync(CancellationToken ct = default) =>
        await db.Commitments
            .OrderBy(c => c.Title)
            .Select(c => new RecordOption(c.Id, c.Title, null))
            .ToListAsync(ct);

    public async Task<IReadOnlyList<SessionOption>> SessionsAsync(CancellationToken ct = default) =>
        await db.Sessions
            .OrderByDescending(s => s.Date)
            .Select(s => new SessionOption(s.Id, s.Date, s.Title, s.Language))
            .ToListAsync(ct);

    public async Task<SessionOption?> SessionAsync(int id, CancellationToken ct = default) =>
        await db.Sessions
            .Where(s => s.Id == id)
            .Select(s => new SessionOption(s.Id, s.Date, s.Title, s.Language))
            .SingleOrDefaultAsync(ct);

    /// <summary>The organisation of a user, which decides whose commitments they may update.</summary>
    public async Task<int?> OrganisationOfAsync(string userId, CancellationToken ct = default) =>
        await db.Users.Where(u => u.Id == userId).Select(u => u.OrganisationId).SingleOrDefaultAsync(ct);
}
