using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using MirpsPractices.Core.Auditing;
using MirpsPractices.Core.Catalogue;
using MirpsPractices.Core.Data;
using MirpsPractices.Core.Domain;
using MirpsPractices.Core.Features.Workspace;

namespace MirpsPractices.Core.Features.Recommendations;

public sealed record RecommendationFilter(
    string? Query = null,
    RecommendationLevel? Level = null,
    StrategyArea? Area = null,
    bool? Joint = null,
    ParticipantGroup? PendingFor = null);

public sealed record RecommendationListItem(
    int Id,
    string Title,
    string Language,
    RecommendationLevel Level,
    IReadOnlyList<StrategyArea> StrategyAreas,
    IReadOnlyList<ParticipantGroup> EndorsedBy,
    bool IsJoint,
    int EvidenceCount,
    DateTime UpdatedAtUtc);

public sealed record RecommendationDraft(
    string Title,
    string Text,
    RecommendationLevel Level,
    IReadOnlyList<ActorType> ActorTypes,
    IReadOnlyList<StrategyArea> StrategyAreas,
    IReadOnlyList<int> EvidencePracticeIds,
    string Language);

public sealed record EndorsementView(ParticipantGroup Group, string EndorsedBy, string? Comment, DateTime AtUtc, int Version = 1);

public sealed record FollowUpNoteView(DateOnly Date, string Text, string Author);

public sealed record RecommendationDetail(
    int Id,
    string Title,
    string Text,
    string Language,
    RecommendationLevel Level,
    IReadOnlyList<ActorType> ActorTypes,
    IReadOnlyList<StrategyArea> StrategyAreas,
    IReadOnlyList<PracticeOption> Evidence,
    IReadOnlyList<EndorsementView> Endorsements,
    IReadOnlyList<FollowUpNoteView> FollowUpNotes,
    RecommendationImplementationStatus ImplementationStatus,
    DateTime? JointSinceUtc,
    SessionOption? Session,
    IReadOnlyList<RecordOption> Commitments,
    string CreatedById,
    string CreatedBy,
    DateTime CreatedAtUtc,
    Guid ConcurrencyStamp,
    int CurrentVersion = 1)
{
    /// <summary>Endorsements given to the wording in force; the others await confirmation after an accepted amendment.</summary>
    public int CurrentEndorsementCount => Endorsements.Count(e => e.Version == CurrentVersion);

    public bool IsJoint => JointSinceUtc is not null;

    public bool IsEndorsedBy(ParticipantGroup group) => Endorsements.Any(e => e.Group == group);

    /// <summary>The text is frozen once a group endorsed it: an endorsement is given to these exact words.</summary>
    public bool IsEditable => Endorsements.Count == 0;
}

public enum EndorseOutcome
{
    NotFound,
    AlreadyEndorsed,
    Endorsed,
    BecameJoint,
}

/// <summary>Drafting, endorsement by participant group and implementation follow-up of joint recommendations.</summary>
public sealed class RecommendationService(AppDbContext db, AuditLog audit, IPublicCatalogueCache publicPages, TimeProvider clock, ILogger<RecommendationService> logger)
{
    public async Task<IReadOnlyList<RecommendationListItem>> ListAsync(RecommendationFilter filter, CancellationToken ct = default)
    {
        var query = db.Recommendations.AsQueryable();
        if (!string.IsNullOrWhiteSpace(filter.Query))
        {
            // LIKE is case-insensitive on SQLite (ASCII) and under SQL Server's default collation; wildcards are escaped.
            var pattern = "%" + filter.Query.Trim().Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
            query = query.Where(r => EF.Functions.Like(r.Title, pattern, "\\") || EF.Functions.Like(r.Text, pattern, "\\"));
        }
        if (filter.Level is RecommendationLevel level)
        {
            query = query.Where(r => r.Level == level);
        }
        if (filter.Joint is bool joint)
        {
            query = joint ? query.Where(r => r.JointSinceUtc != null) : query.Where(r => r.JointSinceUtc == null);
        }
        if (filter.PendingFor is ParticipantGroup group)
        {
            // An endorsement given to an earlier version (before an accepted amendment) still awaits the group's confirmation.
            query = query.Where(r => r.JointSinceUtc == null && !r.Endorsements.Any(e => e.Group == group && e.Version == r.CurrentVersion));
        }
        var rows = await query
            .OrderByDescending(r => r.UpdatedAtUtc)
            .Select(r => new
            {
                r.Id,
                r.Title,
                r.Language,
                r.Level,
                r.StrategyAreas,
                Groups = r.Endorsements.Where(e => e.Version == r.CurrentVersion).Select(e => e.Group).ToList(),
                r.JointSinceUtc,
                Evidence = r.Evidence.Count,
                r.UpdatedAtUtc,
            })
            .ToListAsync(ct);
        // Strategy areas are a primitive collection; filtering them in memory keeps both providers simple.
        return rows
            .Where(r => filter.Area is not StrategyArea area || r.StrategyAreas.Contains(area))
            .Select(r => new RecommendationListItem(r.Id, r.Title, r.Language, r.Level, r.StrategyAreas,
                [.. r.Groups.Order()], r.JointSinceUtc is not null, r.Evidence, r.UpdatedAtUtc))
            .ToList();
    }

    public async Task<RecommendationDetail?> GetAsync(int id, CancellationToken ct = default)
    {
        var r = await db.Recommendations
            .Include(x => x.Evidence).ThenInclude(e => e.Practice)
            .Include(x => x.Endorsements)
            .Include(x => x.FollowUpNotes)
            .AsSplitQuery()
            .SingleOrDefaultAsync(x => x.Id == id, ct);
        if (r is null)
        {
            return null;
        }
        var userIds = r.Endorsements.Select(e => e.UserId).Concat(r.FollowUpNotes.Select(n => n.AuthorId)).Append(r.CreatedById).Distinct().ToList();
        var names = await db.Users.Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        var session = r.SessionId is int sessionId
            ? await db.Sessions.Where(s => s.Id == sessionId).Select(s => new SessionOption(s.Id, s.Date, s.Title, s.Language)).SingleOrDefaultAsync(ct)
            : null;
        var commitments = await db.Commitments
            .Where(c => c.LinkedRecommendations.Any(l => l.RecommendationId == id))
            .OrderBy(c => c.DueDate)
            .Select(c => new RecordOption(c.Id, c.Title, null))
            .ToListAsync(ct);
        string Name(string userId) => names.GetValueOrDefault(userId, "—");
        return new RecommendationDetail(
            r.Id, r.Title, r.Text, r.Language, r.Level, r.ActorTypes, r.StrategyAreas,
            [.. r.Evidence.Where(e => e.Practice is not null).Select(e => new PracticeOption(e.PracticeId, e.Practice!.Title, e.Practice.Language, e.Practice.Slug)).OrderBy(p => p.Title)],
            [.. r.Endorsements.OrderBy(e => e.AtUtc).Select(e => new EndorsementView(e.Group, Name(e.UserId), e.Comment, e.AtUtc, e.Version))],
            [.. r.FollowUpNotes.OrderByDescending(n => n.Date).ThenByDescending(n => n.Id).Select(n => new FollowUpNoteView(n.Date, n.Text, Name(n.AuthorId)))],
            r.ImplementationStatus, r.JointSinceUtc, session, commitments, r.CreatedById, Name(r.CreatedById), r.CreatedAtUtc, r.ConcurrencyStamp, r.CurrentVersion);
    }

    public async Task<int> CreateAsync(RecommendationDraft draft, AuditContext who, CancellationToken ct = default)
    {
        var id = await audit.AddCreatedAsync(async token =>
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var recommendation = new Recommendation { CreatedById = who.UserId!, CreatedAtUtc = now, UpdatedAtUtc = now };
            await ApplyAsync(recommendation, draft, token);
            return recommendation;
        }, r => r.Id, AuditEvents.RecommendationCreated, who, ct);
        logger.LogInformation("Recommendation {RecommendationId} drafted by {UserId}", id, who.UserId);
        return id;
    }

    /// <summary>Saves the draft's new wording, unless a group endorsed it or someone else saved it since <paramref name="stamp"/>.</summary>
    public async Task<SaveOutcome> UpdateAsync(int id, RecommendationDraft draft, Guid stamp, AuditContext who, CancellationToken ct = default)
    {
        var recommendation = await db.Recommendations.AsTracking()
            .Include(r => r.Evidence)
            .Include(r => r.Endorsements)
            .SingleOrDefaultAsync(r => r.Id == id, ct);
        if (recommendation is null)
        {
            return SaveOutcome.NotFound;
        }
        if (recommendation.Endorsements.Count > 0)
        {
            return SaveOutcome.Locked;
        }
        if (!db.HasStamp(recommendation, stamp))
        {
            return SaveOutcome.Conflict;
        }
        var before = Fields(recommendation);
        var now = clock.GetUtcNow().UtcDateTime;
        // A changed wording is a new version, so amendments proposed against the old one are recognised as stale.
        await db.Entry(recommendation).Collection(r => r.Versions).LoadAsync(ct);
        recommendation.ReviseText(draft.Text, who.UserId!, now);
        await ApplyAsync(recommendation, draft, ct);
        recommendation.UpdatedAtUtc = now;
        // Saved even when nothing changed (the stamp moves on, as for any save); audited only when something did.
        if (before.ChangedIn(Fields(recommendation)) is { } changed)
        {
            audit.Add(AuditEvents.RecommendationEdited, who, nameof(Recommendation), AuditLog.EntityKey(id), changed);
        }
        if (!await db.TrySaveStampedAsync(ct))
        {
            return SaveOutcome.Conflict;
        }
        logger.LogInformation("Recommendation {RecommendationId} updated by {UserId}", id, who.UserId);
        return SaveOutcome.Saved;
    }

    /// <summary>A member endorses on behalf of their participant group, once per group (the domain and a unique index both say so).</summary>
    public async Task<EndorseOutcome> EndorseAsync(int id, ParticipantGroup group, AuditContext who, string? comment, CancellationToken ct = default)
    {
        var recommendation = await db.Recommendations.AsTracking()
            .Include(r => r.Endorsements)
            .SingleOrDefaultAsync(r => r.Id == id, ct);
        if (recommendation is null)
        {
            return EndorseOutcome.NotFound;
        }
        if (recommendation.IsEndorsedBy(group))
        {
            return EndorseOutcome.AlreadyEndorsed;
        }
        recommendation.Endorse(group, who.UserId!, comment, clock.GetUtcNow().UtcDateTime);
        audit.Add(AuditEvents.RecommendationEndorsed, who, nameof(Recommendation), AuditLog.EntityKey(id),
            recommendation.IsJoint ? $"{group}; joint" : group.ToString());
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another member of the same group endorsed at the same moment: the unique index kept it to one.
            return EndorseOutcome.AlreadyEndorsed;
        }
        logger.LogInformation("Recommendation {RecommendationId} endorsed by {Group} ({UserId})", id, group, who.UserId);
        if (recommendation.IsJoint)
        {
            // Public from now on.
            await publicPages.EvictPagesAsync(ct);
            return EndorseOutcome.BecameJoint;
        }
        return EndorseOutcome.Endorsed;
    }

    /// <summary>Implementation follow-up of a joint recommendation: its status and, optionally, a dated note.</summary>
    public async Task<SaveOutcome> FollowUpAsync(int id, RecommendationImplementationStatus status, DateOnly? date, string? note, AuditContext who, CancellationToken ct = default)
    {
        var outcome = await db.RetryOnStampConflictAsync(async token =>
        {
            var recommendation = await db.Recommendations.AsTracking().SingleOrDefaultAsync(r => r.Id == id, token);
            if (recommendation is null)
            {
                return SaveOutcome.NotFound;
            }
            if (!recommendation.IsJoint)
            {
                return SaveOutcome.Locked;
            }
            var now = clock.GetUtcNow().UtcDateTime;
            var hasNote = !string.IsNullOrWhiteSpace(note);
            recommendation.ImplementationStatus = status;
            recommendation.UpdatedAtUtc = now;
            if (hasNote)
            {
                recommendation.FollowUpNotes.Add(new RecommendationNote
                {
                    Date = date ?? DateOnly.FromDateTime(now),
                    Text = note!.Trim(),
                    AuthorId = who.UserId!,
                });
            }
            audit.Add(AuditEvents.RecommendationFollowedUp, who, nameof(Recommendation), AuditLog.EntityKey(id), hasNote ? $"{status}; note added" : status.ToString());
            await db.SaveChangesAsync(token);
            return SaveOutcome.Saved;
        }, SaveOutcome.Conflict, ct);
        if (outcome == SaveOutcome.Saved)
        {
            await publicPages.EvictPagesAsync(ct);
        }
        return outcome;
    }

    private async Task ApplyAsync(Recommendation recommendation, RecommendationDraft draft, CancellationToken ct)
    {
        recommendation.Title = draft.Title.Trim();
        recommendation.Text = draft.Text.Trim();
        recommendation.Level = draft.Level;
        recommendation.ActorTypes = [.. draft.ActorTypes.Distinct()];
        recommendation.StrategyAreas = [.. draft.StrategyAreas.Distinct()];
        recommendation.Language = draft.Language;
        var published = await db.PublishedPracticeIdsAsync(draft.EvidencePracticeIds, ct);
        NetworkLinks.Sync(recommendation.Evidence, published, e => e.PracticeId, id => new RecommendationEvidence { PracticeId = id });
    }

    private static EditedFields Fields(Recommendation r) => new EditedFields()
        .Field(nameof(r.Title), r.Title).Field(nameof(r.Text), r.Text).Field(nameof(r.Level), r.Level)
        .Set(nameof(r.ActorTypes), r.ActorTypes).Set(nameof(r.StrategyAreas), r.StrategyAreas).Field(nameof(r.Language), r.Language)
        .Set(nameof(r.Evidence), r.Evidence.Select(e => e.PracticeId));
}
