using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MirpsPractices.Core.Auditing;
using MirpsPractices.Core.Catalogue;
using MirpsPractices.Core.Data;
using MirpsPractices.Core.Data.Configurations;
using MirpsPractices.Core.Domain;
using MirpsPractices.Core.Features.Workspace;

namespace MirpsPractices.Core.Features.Commitments;

public sealed record CommitmentFilter(
    string? CountryCode = null,
    int? OrganisationId = null,
    CommitmentStatus? Status = null,
    bool OverdueOnly = false);

public sealed record CommitmentListItem(
    int Id,
    string Title,
    IReadOnlyList<string> Organisations,
    IReadOnlyList<int> OrganisationIds,
    CommitmentKind Kind,
    string? TargetCountryCode,
    string? TargetLocality,
    DateOnly DueDate,
    CommitmentStatus Status,
    bool IsOverdue,
    int Percent = 0,
    bool NoRecentUpdate = false);

public sealed record CommitmentDraft(
    string Title,
    string Description,
    CommitmentKind Kind,
    string? WithWhom,
    int? ReplicatedPracticeId,
    string? TargetCountryCode,
    string? TargetLocality,
    DateOnly DueDate,
    CommitmentStatus Status,
    IReadOnlyList<int> OrganisationIds,
    IReadOnlyList<int> PracticeIds,
    IReadOnlyList<int> RecommendationIds,
    bool IsJoint = false,
    CommitmentRollUp RollUp = CommitmentRollUp.Plain,
    IReadOnlyDictionary<int, int>? PartWeights = null);

public sealed record ProgressNoteView(DateOnly Date, string Text, string Author, CommitmentStatus Stage, int Percent);

/// <summary>One organisation's part of a joint commitment.</summary>
public sealed record CommitmentPartView(int Id, string Title, string Organisations, CommitmentStatus Status, int Percent, int Weight);

public sealed record CommitmentDetail(
    int Id,
    string Title,
    string Description,
    CommitmentKind Kind,
    string? WithWhom,
    PracticeOption? ReplicatedPractice,
    string? TargetCountryCode,
    string? TargetLocality,
    DateOnly DueDate,
    CommitmentStatus Status,
    bool IsOverdue,
    IReadOnlyList<OrganisationOption> Organisations,
    IReadOnlyList<PracticeOption> Practices,
    IReadOnlyList<RecordOption> Recommendations,
    IReadOnlyList<ProgressNoteView> ProgressNotes,
    SessionOption? Session,
    DateTime UpdatedAtUtc,
    Guid ConcurrencyStamp,
    int Percent = 0,
    string? StageReason = null,
    CommitmentRollUp RollUp = CommitmentRollUp.Plain,
    IReadOnlyList<CommitmentPartView>? Parts = null,
    RecordOption? Parent = null,
    bool NoRecentUpdate = false)
{
    public IReadOnlyList<CommitmentPartView> SubCommitments => Parts ?? [];

    /// <summary>A joint commitment's progress comes from its parts; any other commitment's from its own notes.</summary>
    public int Progress => SubCommitments.Count == 0
        ? Percent
        : CommitmentProgress.RollUp(SubCommitments.Select(p => new CommitmentPart(p.Status, p.Percent, p.Weight)), RollUp) ?? Percent;

    public IReadOnlyList<int> OrganisationIds => [.. Organisations.Select(o => o.Id)];

    /// <summary>A joint commitment: it has parts (one per organisation) and its progress rolls up from them.</summary>
    public bool IsJoint => SubCommitments.Count > 0;
}

/// <summary>The weights a part of a joint commitment may have in a weighted roll-up.</summary>
public static class CommitmentPartLimits
{
    public const int MinWeight = 1;
    public const int MaxWeight = 100;
}

/// <summary>The commitments tracker. Who may update a commitment is decided by the caller's authorization (resource-based).</summary>
public sealed class CommitmentService(
    AppDbContext db, AuditLog audit, IPublicCatalogueCache publicPages, TimeProvider clock, ILogger<CommitmentService> logger,
    IOptions<CommitmentFollowUpOptions>? followUp = null)
{
    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    private int StalePeriodDays => Math.Max(1, followUp?.Value.StalePeriodDays ?? new CommitmentFollowUpOptions().StalePeriodDays);

    public async Task<IReadOnlyList<CommitmentListItem>> ListAsync(CommitmentFilter filter, CancellationToken ct = default)
    {
        var today = Today;
        var query = db.Commitments.AsQueryable();
        if (!string.IsNullOrWhiteSpace(filter.CountryCode))
        {
            var code = filter.CountryCode;
            query = query.Where(c => c.TargetCountryCode == code || c.Organisations.Any(o => o.Organisation!.CountryCode == code));
        }
        if (filter.OrganisationId is int organisationId)
        {
            query = query.Where(c => c.Organisations.Any(o => o.OrganisationId == organisationId));
        }
        if (filter.Status is CommitmentStatus status)
        {
            query = query.Where(c => c.Status == status);
        }
        if (filter.OverdueOnly)
        {
            query = query.Where(OverdueOn(today));
        }
        var rows = await query
            .OrderBy(c => c.DueDate).ThenBy(c => c.Id)
            .Select(c => new
            {
                Commitment = c,
                LastNote = c.ProgressNotes.Max(n => (DateOnly?)n.Date),
                Organisations = c.Organisations.OrderBy(o => o.Organisation!.Name).Select(o => new { o.OrganisationId, Name = o.Organisation!.Acronym ?? o.Organisation.Name }).ToList(),
            })
            .ToListAsync(ct);
        var ids = rows.Select(r => r.Commitment.Id).ToList();
        var parts = (await db.Commitments.Where(c => c.ParentCommitmentId != null && ids.Contains(c.ParentCommitmentId.Value))
                .Select(c => new { Parent = c.ParentCommitmentId!.Value, c.Status, c.Percent, c.Weight }).ToListAsync(ct))
            .ToLookup(c => c.Parent, c => new CommitmentPart(c.Status, c.Percent, c.Weight));
        return rows.Select(r => new CommitmentListItem(
                r.Commitment.Id, r.Commitment.Title,
                [.. r.Organisations.Select(o => o.Name)], [.. r.Organisations.Select(o => o.OrganisationId)],
                r.Commitment.Kind, r.Commitment.TargetCountryCode, r.Commitment.TargetLocality,
                r.Commitment.DueDate, r.Commitment.Status, r.Commitment.IsOverdue(today),
                CommitmentProgress.RollUp(parts[r.Commitment.Id], r.Commitment.RollUp) ?? r.Commitment.Percent,
                Commitment.HasNoRecentUpdate(r.Commitment.Status, r.LastNote, r.Commitment.CreatedAtUtc, today, StalePeriodDays)))
            .ToList();
    }

    /// <summary>Same rule as <see cref="Commitment.IsOverdue"/>, as an expression the database can evaluate.</summary>
    public static System.Linq.Expressions.Expression<Func<Commitment, bool>> OverdueOn(DateOnly today) =>
        c => c.DueDate < today && c.Status != CommitmentStatus.Fulfilled && c.Status != CommitmentStatus.Withdrawn;

    public async Task<IReadOnlyList<int>?> OrganisationsOfAsync(int id, CancellationToken ct = default)
    {
        var ids = await db.Commitments.Where(c => c.Id == id)
            .Select(c => c.Organisations.Select(o => o.OrganisationId).ToList())
            .SingleOrDefaultAsync(ct);
        return ids;
    }

    public async Task<CommitmentDetail?> GetAsync(int id, CancellationToken ct = default)
    {
        var c = await db.Commitments
            .Include(x => x.Organisations).ThenInclude(o => o.Organisation)
            .Include(x => x.LinkedPractices)
            .Include(x => x.LinkedRecommendations)
            .Include(x => x.ProgressNotes)
            .AsSplitQuery()
            .SingleOrDefaultAsync(x => x.Id == id, ct);
        if (c is null)
        {
            return null;
        }
        var practiceIds = c.LinkedPractices.Select(p => p.PracticeId).Append(c.ReplicatedPracticeId ?? 0).ToList();
        var practices = await db.Practices.Where(p => practiceIds.Contains(p.Id))
            .Select(p => new PracticeOption(p.Id, p.Title, p.Language, p.Slug)).ToListAsync(ct);
        var recommendationIds = c.LinkedRecommendations.Select(r => r.RecommendationId).ToList();
        var recommendations = await db.Recommendations.Where(r => recommendationIds.Contains(r.Id))
            .OrderBy(r => r.Title).Select(r => new RecordOption(r.Id, r.Title, r.Language)).ToListAsync(ct);
        var authorIds = c.ProgressNotes.Select(n => n.AuthorId).Distinct().ToList();
        var authors = await db.Users.Where(u => authorIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        var session = c.SessionId is int sessionId
            ? await db.Sessions.Where(s => s.Id == sessionId).Select(s => new SessionOption(s.Id, s.Date, s.Title, s.Language)).SingleOrDefaultAsync(ct)
            : null;
        return new CommitmentDetail(
            c.Id, c.Title, c.Description, c.Kind, c.WithWhom,
            practices.SingleOrDefault(p => p.Id == c.ReplicatedPracticeId),
            c.TargetCountryCode, c.TargetLocality, c.DueDate, c.Status, c.IsOverdue(Today),
            [.. c.Organisations.Where(o => o.Organisation is not null).Select(o => o.Organisation!)
                .Select(o => new OrganisationOption(o.Id, o.Name, o.Acronym, o.CountryCode, o.ActorType)).OrderBy(o => o.Name)],
            [.. practices.Where(p => c.LinkedPractices.Any(l => l.PracticeId == p.Id)).OrderBy(p => p.Title)],
            recommendations,
            [.. c.ProgressNotes.OrderByDescending(n => n.Date).ThenByDescending(n => n.Id)
                .Select(n => new ProgressNoteView(n.Date, n.Text, authors.GetValueOrDefault(n.AuthorId, "—"), n.Status, n.Percent))],
            session, c.UpdatedAtUtc, c.ConcurrencyStamp, c.Percent, c.StageReason, c.RollUp,
            await PartsAsync(c.Id, ct),
            c.ParentCommitmentId is int parentId
                ? await db.Commitments.Where(p => p.Id == parentId).Select(p => new RecordOption(p.Id, p.Title, null)).SingleOrDefaultAsync(ct)
                : null,
            Commitment.HasNoRecentUpdate(c.Status, c.ProgressNotes.Count == 0 ? null : c.ProgressNotes.Max(n => n.Date), c.CreatedAtUtc, Today, StalePeriodDays));
    }

    private async Task<IReadOnlyList<CommitmentPartView>> PartsAsync(int id, CancellationToken ct)
    {
        var rows = await db.Commitments.Where(c => c.ParentCommitmentId == id).OrderBy(c => c.Id)
            .Select(c => new
            {
                c.Id, c.Title, c.Status, c.Percent, c.Weight,
                Organisations = c.Organisations.Select(o => o.Organisation!.Acronym ?? o.Organisation.Name).ToList(),
            })
            .ToListAsync(ct);
        return [.. rows.Select(r => new CommitmentPartView(r.Id, r.Title, string.Join(", ", r.Organisations.Order(StringComparer.Ordinal)), r.Status, r.Percent, r.Weight))];
    }

    /// <summary>
    /// Creates a commitment. A participant's own organisation is always among its organisations,
    /// otherwise they could pledge for others and never update it.
    /// </summary>
    public async Task<int> CreateAsync(CommitmentDraft draft, NetworkActor actor, AuditContext who, CancellationToken ct = default)
    {
        var id = await audit.AddCreatedAsync(async token =>
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var commitment = new Commitment { CreatedById = actor.UserId, CreatedAtUtc = now, UpdatedAtUtc = now };
            await ApplyAsync(commitment, WithOwnOrganisation(draft, actor), token);
            return commitment;
        }, c => c.Id, AuditEvents.CommitmentCreated, who, ct);
        if (draft.IsJoint)
        {
            var parent = await LoadForUpdateAsync(id, ct);
            await SyncPartsAsync(parent!, draft, actor, ct);
            await db.SaveChangesAsync(ct);
        }
        // After the commit of the duplicate-submission guard's transaction, when there is one: a page rendered in between
        // would otherwise be cached without the new commitment.
        await db.WhenCommittedAsync(publicPages.EvictPagesAsync, ct);
        logger.LogInformation("Commitment {CommitmentId} created by {UserId}", id, actor.UserId);
        return id;
    }

    /// <summary>Saves the edit form, unless someone else saved the commitment (or noted progress on it) since <paramref name="stamp"/>.</summary>
    public async Task<SaveOutcome> UpdateAsync(int id, CommitmentDraft draft, Guid stamp, NetworkActor actor, AuditContext who, CancellationToken ct = default)
    {
        var commitment = await LoadForUpdateAsync(id, ct);
        if (commitment is null)
        {
            return SaveOutcome.NotFound;
        }
        if (!actor.CanUpdateCommitmentOf(commitment.Organisations.Select(o => o.OrganisationId)))
        {
            return SaveOutcome.Locked;
        }
        if (!db.HasStamp(commitment, stamp))
        {
            return SaveOutcome.Conflict;
        }
        var before = Fields(commitment);
        await ApplyAsync(commitment, WithOwnOrganisation(draft, actor), ct);
        commitment.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
        await SyncPartsAsync(commitment, draft, actor, ct);
        await Reuse.PathwayService.RecordIfFulfilledAsync(db, audit, commitment, who, commitment.UpdatedAtUtc, ct);
        // Saved even when nothing changed (the stamp moves on, as for any save); audited only when something did.
        if (before.ChangedIn(Fields(commitment)) is { } changed)
        {
            audit.Add(AuditEvents.CommitmentEdited, who, nameof(Commitment), AuditLog.EntityKey(id), changed);
        }
        if (!await db.TrySaveStampedAsync(ct))
        {
            return SaveOutcome.Conflict;
        }
        await publicPages.EvictPagesAsync(ct);
        logger.LogInformation("Commitment {CommitmentId} updated by {UserId}", id, actor.UserId);
        return SaveOutcome.Saved;
    }

    /// <summary>A dated progress note, with the status it leaves the commitment in.</summary>
    public Task<SaveOutcome> AddProgressAsync(int id, DateOnly date, string text, CommitmentStatus status, NetworkActor actor, AuditContext who, CancellationToken ct = default) =>
        AddProgressAsync(id, date, text, status, null, actor, who, ct);

    /// <summary>A dated progress note, with the stage and percentage it leaves the commitment in (null keeps the percentage).</summary>
    public async Task<SaveOutcome> AddProgressAsync(int id, DateOnly date, string text, CommitmentStatus status, int? percent, NetworkActor actor, AuditContext who, CancellationToken ct = default)
    {
        var outcome = await db.RetryOnStampConflictAsync(async token =>
        {
            var commitment = await LoadForUpdateAsync(id, token);
            if (commitment is null)
            {
                return SaveOutcome.NotFound;
            }
            if (!actor.CanUpdateCommitmentOf(commitment.Organisations.Select(o => o.OrganisationId)))
            {
                return SaveOutcome.Locked;
            }
            commitment.RecordProgress(date, text, status, percent, actor.UserId);
            commitment.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
            // A fulfilled replication records where the model went (issue 13).
            await Reuse.PathwayService.RecordIfFulfilledAsync(db, audit, commitment, who, commitment.UpdatedAtUtc, token);
            audit.Add(AuditEvents.CommitmentProgressNoted, who, nameof(Commitment), AuditLog.EntityKey(id), status.ToString());
            await db.SaveChangesAsync(token);
            return SaveOutcome.Saved;
        }, SaveOutcome.Conflict, ct);
        if (outcome == SaveOutcome.Saved)
        {
            await publicPages.EvictPagesAsync(ct);
        }
        return outcome;
    }

    private Task<Commitment?> LoadForUpdateAsync(int id, CancellationToken ct) =>
        db.Commitments.AsTracking()
            .Include(c => c.Organisations)
            .Include(c => c.LinkedPractices)
            .Include(c => c.LinkedRecommendations)
            .Include(c => c.ProgressNotes)
            .AsSplitQuery()
            .SingleOrDefaultAsync(c => c.Id == id, ct);

    private static CommitmentDraft WithOwnOrganisation(CommitmentDraft draft, NetworkActor actor) =>
        actor.IsModerator || actor.OrganisationId is not int own || draft.OrganisationIds.Contains(own)
            ? draft
            : draft with { OrganisationIds = [.. draft.OrganisationIds, own] };

    private async Task ApplyAsync(Commitment commitment, CommitmentDraft draft, CancellationToken ct)
    {
        commitment.Title = draft.Title.Trim();
        commitment.Description = draft.Description.Trim();
        commitment.Kind = draft.Kind;
        commitment.WithWhom = string.IsNullOrWhiteSpace(draft.WithWhom) ? null : draft.WithWhom.Trim();
        commitment.DueDate = draft.DueDate;
        commitment.Status = draft.Status;
        commitment.RollUp = draft.RollUp;
        // Replicating a practice names the practice and where it will be replicated; a collaboration names neither.
        var replicate = draft.Kind == CommitmentKind.ReplicatePractice;
        commitment.ReplicatedPracticeId = replicate ? await PublishedOrNullAsync(draft.ReplicatedPracticeId, ct) : null;
        commitment.TargetCountryCode = replicate ? draft.TargetCountryCode : null;
        commitment.TargetLocality = replicate && !string.IsNullOrWhiteSpace(draft.TargetLocality) ? draft.TargetLocality.Trim() : null;

        var organisations = await db.UsableOrganisationIdsAsync(draft.OrganisationIds, ct);
        NetworkLinks.Sync(commitment.Organisations, organisations, x => x.OrganisationId, id => new CommitmentOrganisation { OrganisationId = id });
        var practices = await db.PublishedPracticeIdsAsync(draft.PracticeIds, ct);
        NetworkLinks.Sync(commitment.LinkedPractices, practices, x => x.PracticeId, id => new CommitmentPractice { PracticeId = id });
        var recommendations = await db.Recommendations.Where(r => draft.RecommendationIds.Contains(r.Id)).Select(r => r.Id).ToListAsync(ct);
        NetworkLinks.Sync(commitment.LinkedRecommendations, recommendations, x => x.RecommendationId, id => new CommitmentRecommendation { RecommendationId = id });
    }

    /// <summary>
    /// A joint commitment has one part per organisation: a part is added for each of its organisations that has none yet
    /// (planned, weight 1, its dates and kind copied), and the weights given are applied to its parts. A part is never
    /// itself joint; a part whose organisation left the joint commitment is kept with its notes (nothing is deleted).
    /// </summary>
    private async Task SyncPartsAsync(Commitment parent, CommitmentDraft draft, NetworkActor actor, CancellationToken ct)
    {
        if (parent.ParentCommitmentId is not null)
        {
            return;
        }
        var parts = await db.Commitments.AsTracking().Include(c => c.Organisations)
            .Where(c => c.ParentCommitmentId == parent.Id).ToListAsync(ct);
        if (!draft.IsJoint && parts.Count == 0)
        {
            return;
        }
        var weights = draft.PartWeights ?? new Dictionary<int, int>();
        foreach (var part in parts)
        {
            if (weights.TryGetValue(part.Id, out var weight) && weight is >= CommitmentPartLimits.MinWeight and <= CommitmentPartLimits.MaxWeight && part.Weight != weight)
            {
                part.Weight = weight;
                part.UpdatedAtUtc = parent.UpdatedAtUtc;
            }
        }
        var covered = parts.SelectMany(p => p.Organisations.Select(o => o.OrganisationId)).ToHashSet();
        var missing = parent.Organisations.Select(o => o.OrganisationId).Where(o => !covered.Contains(o)).ToList();
        if (missing.Count == 0)
        {
            return;
        }
        var names = await db.Organisations.Where(o => missing.Contains(o.Id))
            .Select(o => new { o.Id, Name = o.Acronym ?? o.Name }).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var organisationId in missing.Where(names.ContainsKey))
        {
            var title = $"{parent.Title} — {names[organisationId]}";
            db.Commitments.Add(new Commitment
            {
                Title = title.Length <= FieldLimits.Title ? title : title[..FieldLimits.Title],
                Description = parent.Description,
                Kind = parent.Kind,
                WithWhom = parent.WithWhom,
                ReplicatedPracticeId = parent.ReplicatedPracticeId,
                TargetCountryCode = parent.TargetCountryCode,
                TargetLocality = parent.TargetLocality,
                DueDate = parent.DueDate,
                Status = CommitmentStatus.Planned,
                SessionId = parent.SessionId,
                CreatedById = actor.UserId,
                CreatedAtUtc = now,
                UpdatedAtUtc = now,
                ParentCommitmentId = parent.Id,
                Weight = 1,
                Organisations = [new CommitmentOrganisation { OrganisationId = organisationId }],
            });
        }
    }

    private async Task<int?> PublishedOrNullAsync(int? practiceId, CancellationToken ct) =>
        practiceId is int id && (await db.PublishedPracticeIdsAsync([id], ct)).Count == 1 ? id : null;

    private static EditedFields Fields(Commitment c) => new EditedFields()
        .Field(nameof(c.Title), c.Title).Field(nameof(c.Description), c.Description).Field(nameof(c.Kind), c.Kind)
        .Field(nameof(c.WithWhom), c.WithWhom).Field(nameof(c.ReplicatedPracticeId), c.ReplicatedPracticeId)
        .Field(nameof(c.TargetCountryCode), c.TargetCountryCode).Field(nameof(c.TargetLocality), c.TargetLocality)
        .Field(nameof(c.DueDate), c.DueDate.ToString("O", CultureInfo.InvariantCulture)).Field(nameof(c.Status), c.Status)
        .Field(nameof(c.RollUp), c.RollUp)
        .Set(nameof(c.Organisations), c.Organisations.Select(o => o.OrganisationId))
        .Set(nameof(c.LinkedPractices), c.LinkedPractices.Select(p => p.PracticeId))
        .Set(nameof(c.LinkedRecommendations), c.LinkedRecommendations.Select(r => r.RecommendationId));
}
