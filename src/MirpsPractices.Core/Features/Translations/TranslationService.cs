using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using MirpsPractices.Core.Auditing;
using MirpsPractices.Core.Catalogue;
using MirpsPractices.Core.Data;
using MirpsPractices.Core.Domain;
using MirpsPractices.Core.Features.Practices;

namespace MirpsPractices.Core.Features.Translations;

public static class TranslationAuditEvents
{
    public const string Saved = "TranslationSaved";
    public const string Submitted = "TranslationSubmitted";
    public const string Reviewed = "TranslationReviewed";
    public const string Returned = "TranslationReturned";
}

/// <summary>What the authorization handler needs: who wrote the record and which organisations it belongs to.</summary>
public sealed record TranslationAccess(TranslatedRecordType Type, int RecordId, string OwnerId, IReadOnlyList<int> OrganisationIds);

/// <summary>A record as the translation screen shows it: its texts in the original language.</summary>
public sealed record TranslationOriginal(
    TranslatedRecordType Type, int RecordId, string Language, string Title, bool IsPublic, DateTime SinceUtc, IReadOnlyList<TranslatableField> Fields);

/// <summary>One field, side by side: the original, the translation being written, and for the moderator what changed since the review.</summary>
public sealed record TranslationFieldView(string Key, string Original, string Translation, bool IsOutdated, IReadOnlyList<DiffSegment> OriginalDiff);

public sealed record TranslationEditData(
    TranslationOriginal Original,
    string TargetLanguage,
    TranslationState? State,
    bool HasReviewedCopy,
    string? TranslatorId,
    DateTime? UpdatedAtUtc,
    DateTime? ReviewedAtUtc,
    Guid? ConcurrencyStamp,
    IReadOnlyList<TranslationFieldView> Fields,
    IReadOnlyList<string> MissingFields);

public sealed record TranslationQueueItem(TranslatedRecordType Type, int RecordId, string Title, string Language, bool IsJoint, DateTime SinceUtc, TranslationState? State, int OutdatedCount);

/// <summary>The reviewed texts of a record in one language, for the public pages, exports and reports.</summary>
public sealed record ReviewedTranslation(string Language, IReadOnlyDictionary<string, string> Texts, bool IsOutdated)
{
    public string Text(string key, string original) => Texts.TryGetValue(key, out var value) && value.Length > 0 ? value : original;

    public string? OptionalText(string key, string? original) => original is null ? null : Text(key, original);
}

/// <summary>
/// Translations of practices, recommendations and commitments (issue 12): the one service for the three record types, which
/// differ only in how their texts are read (<see cref="TranslatableFields"/>). Who may translate is checked by the caller's
/// authorization handler on <see cref="TranslationAccess"/>; this service checks the states and the concurrency stamp.
/// </summary>
public sealed class TranslationService(
    AppDbContext db,
    AuditLog audit,
    TimeProvider clock,
    IPublicCatalogueCache cache,
    ILogger<TranslationService> logger)
{
    public async Task<TranslationAccess?> GetAccessAsync(TranslatedRecordType type, int id, CancellationToken ct)
    {
        switch (type)
        {
            case TranslatedRecordType.Practice:
                var p = await db.Practices.Where(x => x.Id == id && x.RevisionOfId == null)
                    .Select(x => new { x.SubmitterId, x.SubmitterOrganisationId }).SingleOrDefaultAsync(ct);
                return p is null ? null : new TranslationAccess(type, id, p.SubmitterId, p.SubmitterOrganisationId is int o ? [o] : []);
            case TranslatedRecordType.Recommendation:
                var r = await db.Recommendations.Where(x => x.Id == id)
                    .Select(x => new { x.CreatedById, OrganisationId = db.Users.Where(u => u.Id == x.CreatedById).Select(u => u.OrganisationId).FirstOrDefault() })
                    .SingleOrDefaultAsync(ct);
                return r is null ? null : new TranslationAccess(type, id, r.CreatedById, r.OrganisationId is int ro ? [ro] : []);
            case TranslatedRecordType.Commitment:
                var c = await db.Commitments.Where(x => x.Id == id)
                    .Select(x => new { x.CreatedById, Organisations = x.Organisations.Select(o => o.OrganisationId).ToList() })
                    .SingleOrDefaultAsync(ct);
                return c is null ? null : new TranslationAccess(type, id, c.CreatedById, c.Organisations);
            default:
                return null;
        }
    }

    public async Task<TranslationOriginal?> GetOriginalAsync(TranslatedRecordType type, int id, CancellationToken ct)
    {
        switch (type)
        {
            case TranslatedRecordType.Practice:
                var p = await db.Practices.Include(x => x.Mechanisms).Include(x => x.OtherIndicators).Include(x => x.EvidenceLinks).Include(x => x.BuildingBlocks)
                    .AsSplitQuery().SingleOrDefaultAsync(x => x.Id == id && x.RevisionOfId == null, ct);
                return p is null ? null : new TranslationOriginal(type, id, p.Language, p.Title, p.IsPublic, p.PublishedAtUtc ?? p.CreatedAtUtc, TranslatableFields.Of(p));
            case TranslatedRecordType.Recommendation:
                var r = await db.Recommendations.SingleOrDefaultAsync(x => x.Id == id, ct);
                return r is null ? null : new TranslationOriginal(type, id, r.Language, r.Title, r.IsJoint, r.JointSinceUtc ?? r.CreatedAtUtc, TranslatableFields.Of(r));
            case TranslatedRecordType.Commitment:
                var c = await db.Commitments.SingleOrDefaultAsync(x => x.Id == id, ct);
                return c is null ? null : new TranslationOriginal(type, id, LanguageOf(c), c.Title, true, c.CreatedAtUtc, TranslatableFields.Of(c));
            default:
                return null;
        }
    }

    /// <summary>Commitments carry no language of their own: they are written in the language of the portal's default, Spanish.</summary>
    private static string LanguageOf(Commitment commitment) => RecordLanguages.Spanish;

    public async Task<TranslationEditData?> GetForEditAsync(TranslatedRecordType type, int id, CancellationToken ct)
    {
        var original = await GetOriginalAsync(type, id, ct);
        if (original is null)
        {
            return null;
        }
        var translation = await db.RecordTranslations.SingleOrDefaultAsync(t => t.RecordType == type && t.RecordId == id, ct);
        var texts = translation?.Texts ?? new Dictionary<string, string>();
        var outdated = translation?.OutdatedFields(original.Fields) ?? [];
        var reviewedSource = translation?.ReviewedSource;
        var fields = original.Fields.Select(f =>
        {
            var isOutdated = outdated.Contains(f.Key);
            var diff = isOutdated ? TextDiff.Compare(reviewedSource!.GetValueOrDefault(f.Key, ""), f.Text) : [];
            return new TranslationFieldView(f.Key, f.Text, texts.GetValueOrDefault(f.Key, ""), isOutdated, diff);
        }).ToList();
        return new TranslationEditData(
            original, RecordTranslation.OtherLanguage(original.Language), translation?.State, translation?.HasReviewedCopy ?? false,
            translation?.TranslatorId, translation?.UpdatedAtUtc, translation?.ReviewedAtUtc, translation?.ConcurrencyStamp, fields,
            translation?.MissingFields(original.Fields) ?? original.Fields.Select(f => f.Key).ToList());
    }

    /// <summary>Saves the typed texts; the first save starts the translation. <paramref name="stamp"/> is null for that first save.</summary>
    public async Task<WorkflowResult> SaveAsync(TranslatedRecordType type, int id, AuditContext who, IReadOnlyDictionary<string, string> typed, Guid? stamp, CancellationToken ct)
    {
        var original = await GetOriginalAsync(type, id, ct);
        if (original is null)
        {
            return WorkflowResult.Fail(WorkflowOutcome.NotFound);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var translation = await db.RecordTranslations.AsTracking().SingleOrDefaultAsync(t => t.RecordType == type && t.RecordId == id, ct);
        if (translation is null)
        {
            translation = RecordTranslation.Start(type, id, original.Language, who.UserId!, now);
            db.RecordTranslations.Add(translation);
        }
        else if (stamp is null || !db.HasStamp(translation, stamp.Value))
        {
            return WorkflowResult.Fail(WorkflowOutcome.Conflict);
        }
        if (!translation.Save(typed, original.Fields, who.UserId!, now) && db.Entry(translation).State != EntityState.Added)
        {
            db.Entry(translation).Property(t => t.ConcurrencyStamp).IsModified = false;
            return WorkflowResult.Ok(translation.ConcurrencyStamp, id);
        }
        audit.Add(TranslationAuditEvents.Saved, who, type.ToString(), AuditLog.EntityKey(id), translation.Language);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // A concurrent first save created the translation, or a save won the race on the stamp.
            db.ChangeTracker.Clear();
            return WorkflowResult.Fail(WorkflowOutcome.Conflict);
        }
        return WorkflowResult.Ok(translation.ConcurrencyStamp, id);
    }

    public Task<WorkflowResult> SubmitAsync(TranslatedRecordType type, int id, AuditContext who, Guid stamp, CancellationToken ct) =>
        TransitionAsync(type, id, who, stamp, TranslationAuditEvents.Submitted, (t, o, now) =>
        {
            if (t.State != TranslationState.Draft || t.MissingFields(o.Fields).Count > 0)
            {
                return false;
            }
            t.Submit(o.Fields, now);
            return true;
        }, ct);

    /// <summary>A moderator reviews: the translation becomes public, so the cached public pages and the catalogue index are renewed.</summary>
    public async Task<WorkflowResult> ReviewAsync(TranslatedRecordType type, int id, AuditContext who, Guid stamp, CancellationToken ct)
    {
        var result = await TransitionAsync(type, id, who, stamp, TranslationAuditEvents.Reviewed, (t, _, now) =>
        {
            if (t.State != TranslationState.Submitted)
            {
                return false;
            }
            t.Review(who.UserId!, now);
            return true;
        }, ct);
        if (result.Succeeded)
        {
            logger.LogInformation("Translation of {RecordType} {RecordId} reviewed by {UserId}", type, id, who.UserId);
            await cache.EvictAsync(ct);
        }
        return result;
    }

    public Task<WorkflowResult> ReturnAsync(TranslatedRecordType type, int id, AuditContext who, Guid stamp, CancellationToken ct) =>
        TransitionAsync(type, id, who, stamp, TranslationAuditEvents.Returned, (t, _, now) =>
        {
            if (t.State != TranslationState.Submitted)
            {
                return false;
            }
            t.ReturnToDraft(now);
            return true;
        }, ct);

    private async Task<WorkflowResult> TransitionAsync(TranslatedRecordType type, int id, AuditContext who, Guid stamp, string auditEvent,
        Func<RecordTranslation, TranslationOriginal, DateTime, bool> apply, CancellationToken ct)
    {
        var original = await GetOriginalAsync(type, id, ct);
        var translation = original is null ? null
            : await db.RecordTranslations.AsTracking().SingleOrDefaultAsync(t => t.RecordType == type && t.RecordId == id, ct);
        if (translation is null)
        {
            return WorkflowResult.Fail(WorkflowOutcome.NotFound);
        }
        if (!db.HasStamp(translation, stamp))
        {
            return WorkflowResult.Fail(WorkflowOutcome.Conflict);
        }
        if (!apply(translation, original!, clock.GetUtcNow().UtcDateTime))
        {
            db.ChangeTracker.Clear();
            return WorkflowResult.Fail(translation.State == TranslationState.Draft ? WorkflowOutcome.Invalid : WorkflowOutcome.NotAllowed);
        }
        audit.Add(auditEvent, who, type.ToString(), AuditLog.EntityKey(id), translation.Language);
        return await db.TrySaveStampedAsync(ct)
            ? WorkflowResult.Ok(translation.ConcurrencyStamp, id)
            : WorkflowResult.Fail(WorkflowOutcome.Conflict);
    }

    /// <summary>
    /// Records without a reviewed translation, or whose reviewed translation is outdated: joint recommendations first (oldest
    /// first, they must exist in both languages), then translations waiting for a review, then the rest oldest first.
    /// </summary>
    public async Task<IReadOnlyList<TranslationQueueItem>> QueueAsync(int limit, CancellationToken ct)
    {
        var translations = await db.RecordTranslations.ToListAsync(ct);
        var byKey = translations.ToDictionary(t => (t.RecordType, t.RecordId));
        var items = new List<TranslationQueueItem>();

        var recommendations = await db.Recommendations.OrderBy(r => r.JointSinceUtc == null).ThenBy(r => r.JointSinceUtc).ThenBy(r => r.CreatedAtUtc).ToListAsync(ct);
        items.AddRange(recommendations.Select(r => Item(TranslatedRecordType.Recommendation, r.Id, r.Title, r.Language, r.IsJoint, r.JointSinceUtc ?? r.CreatedAtUtc, TranslatableFields.Of(r))));

        var practices = await db.Practices.Where(p => p.State == PracticeState.Published && p.RevisionOfId == null)
            .Include(p => p.Mechanisms).Include(p => p.OtherIndicators).Include(p => p.EvidenceLinks).Include(p => p.BuildingBlocks).AsSplitQuery()
            .OrderBy(p => p.PublishedAtUtc).Take(limit).ToListAsync(ct);
        items.AddRange(practices.Select(p => Item(TranslatedRecordType.Practice, p.Id, p.Title, p.Language, false, p.PublishedAtUtc ?? p.CreatedAtUtc, TranslatableFields.Of(p))));

        var commitments = await db.Commitments.OrderBy(c => c.CreatedAtUtc).Take(limit).ToListAsync(ct);
        items.AddRange(commitments.Select(c => Item(TranslatedRecordType.Commitment, c.Id, c.Title, LanguageOf(c), false, c.CreatedAtUtc, TranslatableFields.Of(c))));

        return items
            .Where(i => i.State != TranslationState.Reviewed || i.OutdatedCount > 0)
            .OrderByDescending(i => i.IsJoint)
            .ThenByDescending(i => i.State == TranslationState.Submitted)
            .ThenBy(i => i.SinceUtc)
            .Take(limit)
            .ToList();

        TranslationQueueItem Item(TranslatedRecordType type, int id, string title, string language, bool joint, DateTime since, IReadOnlyList<TranslatableField> fields)
        {
            var t = byKey.GetValueOrDefault((type, id));
            return new TranslationQueueItem(type, id, title, language, joint, since, t?.State, t?.OutdatedFields(fields).Count ?? 0);
        }
    }

    /// <summary>The reviewed translations into <paramref name="language"/> of the given records (none for records written in it).</summary>
    public async Task<IReadOnlyDictionary<int, ReviewedTranslation>> ReviewedAsync(TranslatedRecordType type, IReadOnlyCollection<int> ids, string language, CancellationToken ct)
    {
        if (ids.Count == 0)
        {
            return new Dictionary<int, ReviewedTranslation>();
        }
        var list = ids.ToList();
        var rows = await db.RecordTranslations
            .Where(t => t.RecordType == type && t.Language == language && t.ReviewedTextsJson != null && EF.Parameter(list).Contains(t.RecordId))
            .ToListAsync(ct);
        return rows.ToDictionary(t => t.RecordId, t => new ReviewedTranslation(t.Language, t.ReviewedTexts!, false));
    }

    /// <summary>One record's reviewed translation, with whether the original changed since its review.</summary>
    public async Task<ReviewedTranslation?> ReviewedAsync(TranslatedRecordType type, int id, string language, CancellationToken ct)
    {
        var translation = await db.RecordTranslations
            .SingleOrDefaultAsync(t => t.RecordType == type && t.RecordId == id && t.Language == language && t.ReviewedTextsJson != null, ct);
        if (translation is null)
        {
            return null;
        }
        var original = await GetOriginalAsync(type, id, ct);
        var outdated = original is not null && translation.OutdatedFields(original.Fields).Count > 0;
        return new ReviewedTranslation(translation.Language, translation.ReviewedTexts!, outdated);
    }
}
