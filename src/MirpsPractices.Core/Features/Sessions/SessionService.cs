using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using MirpsPractices.Core.Auditing;
using MirpsPractices.Core.Data;
using MirpsPractices.Core.Domain;
using MirpsPractices.Core.Features.Workspace;

namespace MirpsPractices.Core.Features.Sessions;

public sealed record SessionListItem(int Id, DateOnly Date, string Title, string Language, string? Location,
    int Organisations, int Practices, int Recommendations, int Commitments);

public sealed record SessionDraft(
    DateOnly Date,
    string Title,
    string Agenda,
    string? Location,
    string Language,
    IReadOnlyList<int> OrganisationIds,
    IReadOnlyList<int> PracticeIds,
    IReadOnlyList<int> RecommendationIds,
    IReadOnlyList<int> CommitmentIds);

public sealed record SessionDetail(
    int Id,
    DateOnly Date,
    string Title,
    string Agenda,
    string? Location,
    string Language,
    IReadOnlyList<OrganisationOption> Organisations,
    IReadOnlyList<PracticeOption> Practices,
    IReadOnlyList<RecordOption> Recommendations,
    IReadOnlyList<RecordOption> Commitments,
    Guid ConcurrencyStamp);

/// <summary>
/// Meetings of the teams. A recommendation is adopted in at most one session and a commitment made in at most one:
/// linking them here sets their session, so their own pages show it too.
/// </summary>
public sealed class SessionService(AppDbContext db, AuditLog audit, TimeProvider clock, ILogger<SessionService> logger)
{
    public async Task<IReadOnlyList<SessionListItem>> ListAsync(bool? upcoming = null, CancellationToken ct = default)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var query = db.Sessions.AsQueryable();
        if (upcoming is bool future)
        {
            query = future ? query.Where(s => s.Date >= today) : query.Where(s => s.Date < today);
        }
        query = upcoming == true ? query.OrderBy(s => s.Date) : query.OrderByDescending(s => s.Date);
        return await query
            .Select(s => new SessionListItem(s.Id, s.Date, s.Title, s.Language, s.Location,
                s.OrganisationsPresent.Count, s.PracticesPresented.Count, s.RecommendationsAdopted.Count, s.CommitmentsMade.Count))
            .ToListAsync(ct);
    }

    public async Task<SessionDetail?> GetAsync(int id, CancellationToken ct = default)
    {
        var s = await db.Sessions
            .Include(x => x.OrganisationsPresent)
            .Include(x => x.PracticesPresented)
            .Include(x => x.RecommendationsAdopted)
            .Include(x => x.CommitmentsMade)
            .AsSplitQuery()
            .SingleOrDefaultAsync(x => x.Id == id, ct);
        if (s is null)
        {
            return null;
        }
        var organisationIds = s.OrganisationsPresent.Select(o => o.OrganisationId).ToList();
        var organisations = await db.Organisations.Where(o => organisationIds.Contains(o.Id)).OrderBy(o => o.Name)
            .Select(o => new OrganisationOption(o.Id, o.Name, o.Acronym, o.CountryCode, o.ActorType)).ToListAsync(ct);
        var practiceIds = s.PracticesPresented.Select(p => p.PracticeId).ToList();
        var practices = await db.Practices.Where(p => practiceIds.Contains(p.Id)).OrderBy(p => p.Title)
            .Select(p => new PracticeOption(p.Id, p.Title, p.Language, p.Slug)).ToListAsync(ct);
        return new SessionDetail(s.Id, s.Date, s.Title, s.Agenda, s.Location, s.Language, organisations, practices,
            [.. s.RecommendationsAdopted.OrderBy(r => r.Title).Select(r => new RecordOption(r.Id, r.Title, r.Language))],
            [.. s.CommitmentsMade.OrderBy(c => c.Title).Select(c => new RecordOption(c.Id, c.Title, null))],
            s.ConcurrencyStamp);
    }

    public async Task<int> CreateAsync(SessionDraft draft, AuditContext who, CancellationToken ct = default)
    {
        var id = await audit.AddCreatedAsync(async token =>
        {
            var session = new Session { CreatedAtUtc = clock.GetUtcNow().UtcDateTime };
            await ApplyAsync(session, draft, token);
            return session;
        }, s => s.Id, AuditEvents.SessionCreated, who, ct);
        logger.LogInformation("Session {SessionId} recorded by {UserId}", id, who.UserId);
        return id;
    }

    /// <summary>Saves the edit form, unless someone else saved the session since <paramref name="stamp"/>.</summary>
    public async Task<SaveOutcome> UpdateAsync(int id, SessionDraft draft, Guid stamp, AuditContext who, CancellationToken ct = default)
    {
        var session = await db.Sessions.AsTracking()
            .Include(x => x.OrganisationsPresent)
            .Include(x => x.PracticesPresented)
            .Include(x => x.RecommendationsAdopted)
            .Include(x => x.CommitmentsMade)
            .AsSplitQuery()
            .SingleOrDefaultAsync(x => x.Id == id, ct);
        if (session is null)
        {
            return SaveOutcome.NotFound;
        }
        if (!db.HasStamp(session, stamp))
        {
            return SaveOutcome.Conflict;
        }
        var before = Fields(session);
        await ApplyAsync(session, draft, ct);
        // Saved even when nothing changed (the stamp moves on, as for any save); audited only when something did.
        if (before.ChangedIn(Fields(session)) is { } changed)
        {
            audit.Add(AuditEvents.SessionEdited, who, nameof(Session), AuditLog.EntityKey(id), changed);
        }
        if (!await db.TrySaveStampedAsync(ct))
        {
            return SaveOutcome.Conflict;
        }
        logger.LogInformation("Session {SessionId} updated by {UserId}", id, who.UserId);
        return SaveOutcome.Saved;
    }

    private async Task ApplyAsync(Session session, SessionDraft draft, CancellationToken ct)
    {
        session.Date = draft.Date;
        session.Title = draft.Title.Trim();
        session.Agenda = draft.Agenda.Trim();
        session.Location = string.IsNullOrWhiteSpace(draft.Location) ? null : draft.Location.Trim();
        session.Language = draft.Language;

        var organisations = await db.UsableOrganisationIdsAsync(draft.OrganisationIds, ct);
        NetworkLinks.Sync(session.OrganisationsPresent, organisations, x => x.OrganisationId, id => new SessionOrganisation { OrganisationId = id });
        var practices = await db.PublishedPracticeIdsAsync(draft.PracticeIds, ct);
        NetworkLinks.Sync(session.PracticesPresented, practices, x => x.PracticeId, id => new SessionPractice { PracticeId = id });

        // The other side of these links is the record's SessionId: unlink the ones no longer listed, link the new ones.
        session.RecommendationsAdopted.RemoveAll(r => !draft.RecommendationIds.Contains(r.Id));
        var adopted = await db.Recommendations.AsTracking().Where(r => draft.RecommendationIds.Contains(r.Id)).ToListAsync(ct);
        foreach (var recommendation in adopted.Where(r => session.RecommendationsAdopted.All(x => x.Id != r.Id)))
        {
            session.RecommendationsAdopted.Add(recommendation);
        }
        session.CommitmentsMade.RemoveAll(c => !draft.CommitmentIds.Contains(c.Id));
        var made = await db.Commitments.AsTracking().Where(c => draft.CommitmentIds.Contains(c.Id)).ToListAsync(ct);
        foreach (var commitment in made.Where(c => session.CommitmentsMade.All(x => x.Id != c.Id)))
        {
            session.CommitmentsMade.Add(commitment);
        }
    }

    private static EditedFields Fields(Session s) => new EditedFields()
        .Field(nameof(s.Date), s.Date.ToString("O", CultureInfo.InvariantCulture)).Field(nameof(s.Title), s.Title)
        .Field(nameof(s.Agenda), s.Agenda).Field(nameof(s.Location), s.Location).Field(nameof(s.Language), s.Language)
        .Set(nameof(s.OrganisationsPresent), s.OrganisationsPresent.Select(o => o.OrganisationId))
        .Set(nameof(s.PracticesPresented), s.PracticesPresented.Select(p => p.PracticeId))
        .Set(nameof(s.RecommendationsAdopted), s.RecommendationsAdopted.Select(r => r.Id))
        .Set(nameof(s.CommitmentsMade), s.CommitmentsMade.Select(c => c.Id));
}
