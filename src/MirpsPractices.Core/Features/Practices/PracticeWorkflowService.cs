using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using MirpsPractices.Core.Auditing;
using MirpsPractices.Core.Data;
using MirpsPractices.Core.Domain;

namespace MirpsPractices.Core.Features.Practices;

/// <summary>
/// The submitter's side of the workflow: create, save a draft, submit, take back, start a revision of a published practice.
/// Ownership is checked by the caller's authorization handler; this service re-checks the lifecycle and the concurrency stamp.
/// </summary>
public sealed class PracticeWorkflowService(
    AppDbContext db,
    AuditLog audit,
    TimeProvider clock,
    IWorkflowNotifier notifier,
    ILogger<PracticeWorkflowService> logger)
{
    public const string IdempotencyPrefix = "practice-create:";

    /// <summary>
    /// Creates a draft once per idempotency key: a double click or a browser retry returns the first practice.
    /// <paramref name="origin"/> replaces the audit entry's "created" (an import says which file it came from).
    /// </summary>
    public async Task<WorkflowResult> CreateDraftAsync(AuditContext who, PracticeContent content, string idempotencyKey, CancellationToken cancellationToken, string? origin = null)
    {
        var key = IdempotencyPrefix + idempotencyKey;
        var existing = await ExistingCreationAsync(key, who.UserId!, cancellationToken);
        if (existing is not null)
        {
            return existing;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var organisationId = await db.Users.Where(u => u.Id == who.UserId).Select(u => u.OrganisationId).SingleOrDefaultAsync(cancellationToken);
        await SanitizeReferencesAsync(content, who.UserId!, cancellationToken);

        // One transaction claims the key, inserts the practice and records where it went: a concurrent duplicate waits for
        // the commit, fails on the key and then finds the finished record.
        var strategy = db.Database.CreateExecutionStrategy();
        try
        {
            return await strategy.ExecuteAsync(async ct =>
            {
                db.ChangeTracker.Clear();
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                var practice = new Practice
                {
                    SubmitterId = who.UserId!,
                    SubmitterOrganisationId = organisationId,
                    CreatedAtUtc = now,
                    UpdatedAtUtc = now,
                };
                content.ApplyTo(practice);
                db.Practices.Add(practice);
                var record = new IdempotencyRecord { Key = key, UserId = who.UserId!, CreatedAtUtc = now };
                db.IdempotencyRecords.Add(record);
                await db.SaveChangesAsync(ct);
                record.ResultLocation = practice.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
                audit.Add(AuditEvents.PracticeEdited, who, nameof(Practice), record.ResultLocation, origin ?? PracticeEditDetails.Created);
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
                logger.LogInformation("Practice {PracticeId} created as a draft by {UserId}", practice.Id, who.UserId);
                return WorkflowResult.Ok(practice.ConcurrencyStamp, practice.Id);
            }, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same key was stored by a concurrent request a moment ago: return what that request created.
            db.ChangeTracker.Clear();
            return await ExistingCreationAsync(key, who.UserId!, cancellationToken) ?? WorkflowResult.Fail(WorkflowOutcome.Conflict);
        }
    }

    /// <summary>
    /// Creates many imported drafts in one transaction (a spreadsheet import, issue 15). Each item's source key is claimed
    /// like an idempotency key, so a row imported before, by anyone, is skipped rather than created twice.
    /// Returns, per item, the new practice id or null when the key was already taken.
    /// </summary>
    /// <summary>
    /// Creates imported drafts owned by each item's <c>OwnerId</c> (a participant chosen by the moderator, so the owner can
    /// edit and submit them); the moderator (<paramref name="who"/>) is recorded as the one who imported them.
    /// </summary>
    public async Task<IReadOnlyList<int?>> CreateImportedDraftsAsync(AuditContext who, IReadOnlyList<(PracticeContent Content, string SourceKey, string Origin, string OwnerId)> items, CancellationToken cancellationToken)
    {
        var keys = items.Select(i => IdempotencyPrefix + i.SourceKey).ToList();
        var taken = (await db.IdempotencyRecords.Where(r => keys.Contains(r.Key)).Select(r => r.Key).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var now = clock.GetUtcNow().UtcDateTime;
        var ownerIds = items.Select(i => i.OwnerId).Distinct(StringComparer.Ordinal).ToList();
        var ownerOrganisations = await db.Users.Where(u => ownerIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.OrganisationId, cancellationToken);
        // Approved organisations, and those the importing moderator proposed from the import preview (pending approval).
        var allowed = (await db.Organisations.Where(o => o.MergedIntoId == null && (o.IsApproved || o.ProposedByUserId == who.UserId)).Select(o => o.Id).ToListAsync(cancellationToken)).ToHashSet();
        db.ChangeTracker.Clear();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var created = new List<(Practice Practice, IdempotencyRecord Record, string Origin)?>();
        foreach (var (content, _, origin, ownerId) in items)
        {
            var key = IdempotencyPrefix + items[created.Count].SourceKey;
            if (!taken.Add(key))
            {
                created.Add(null);
                continue;
            }
            content.Countries = [.. content.Countries.Where(c => Country.MirpsCodes.Contains(c))];
            content.Organisations = [.. content.Organisations.Where(o => allowed.Contains(o.OrganisationId))];
            content.CallForPracticesId = null;
            var practice = new Practice { SubmitterId = ownerId, SubmitterOrganisationId = ownerOrganisations.GetValueOrDefault(ownerId), CreatedAtUtc = now, UpdatedAtUtc = now };
            content.ApplyTo(practice);
            db.Practices.Add(practice);
            var record = new IdempotencyRecord { Key = key, UserId = who.UserId!, CreatedAtUtc = now };
            db.IdempotencyRecords.Add(record);
            created.Add((practice, record, origin));
        }
        await db.SaveChangesAsync(cancellationToken);
        foreach (var item in created.OfType<(Practice Practice, IdempotencyRecord Record, string Origin)>())
        {
            item.Record.ResultLocation = item.Practice.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
            audit.Add(AuditEvents.PracticeEdited, who, nameof(Practice), item.Record.ResultLocation, item.Origin);
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return [.. created.Select(c => c?.Practice.Id)];
    }

    private async Task<WorkflowResult?> ExistingCreationAsync(string key, string userId, CancellationToken cancellationToken)
    {
        var record = await db.IdempotencyRecords.SingleOrDefaultAsync(r => r.Key == key, cancellationToken);
        if (record is null)
        {
            return null;
        }
        if (record.UserId != userId || !int.TryParse(record.ResultLocation, out var id))
        {
            return WorkflowResult.Fail(WorkflowOutcome.Conflict);
        }
        var stamp = await db.Practices.Where(p => p.Id == id).Select(p => (Guid?)p.ConcurrencyStamp).SingleOrDefaultAsync(cancellationToken);
        return stamp is null ? WorkflowResult.Fail(WorkflowOutcome.NotFound) : WorkflowResult.Ok(stamp.Value, id) with { Replayed = true };
    }

    /// <summary>Saves what was typed; a draft may be incomplete. Answers to review comments are saved with it.</summary>
    public async Task<WorkflowResult> SaveDraftAsync(int id, AuditContext who, PracticeContent content, Guid stamp, IReadOnlyDictionary<int, string>? answers, CancellationToken cancellationToken)
    {
        var practice = await LoadForEditAsync(id, cancellationToken);
        if (practice is null)
        {
            return WorkflowResult.Fail(WorkflowOutcome.NotFound);
        }
        if (!PracticeLifecycle.IsEditableBySubmitter(practice.State) || practice.SubmitterId != who.UserId)
        {
            return WorkflowResult.Fail(WorkflowOutcome.NotAllowed);
        }
        if (practice.ConcurrencyStamp != stamp)
        {
            return WorkflowResult.Fail(WorkflowOutcome.Conflict);
        }
        db.Entry(practice).Property(p => p.ConcurrencyStamp).OriginalValue = stamp;

        await SanitizeReferencesAsync(content, who.UserId!, cancellationToken);
        var before = PracticeContent.From(practice);
        content.ApplyTo(practice);
        var changed = ChangedFields(before, PracticeContent.From(practice));
        var answered = await SaveAnswersAsync(practice, answers, cancellationToken);
        if (changed.Count == 0 && answered == 0)
        {
            return WorkflowResult.Ok(practice.ConcurrencyStamp, practice.Id);
        }
        practice.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
        if (changed.Count > 0)
        {
            audit.Add(AuditEvents.PracticeEdited, who, nameof(Practice), AuditLog.EntityKey(id), PracticeEditDetails.ChangedFields(changed));
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return WorkflowResult.Fail(WorkflowOutcome.Conflict);
        }
        return WorkflowResult.Ok(practice.ConcurrencyStamp, practice.Id);
    }

    /// <summary>Submits the current content: a new numbered version is kept and the moderators are told.</summary>
    public async Task<WorkflowResult> SubmitAsync(int id, AuditContext who, Guid stamp, CancellationToken cancellationToken)
    {
        var practice = await LoadForEditAsync(id, cancellationToken);
        if (practice is null)
        {
            return WorkflowResult.Fail(WorkflowOutcome.NotFound);
        }
        if (practice.SubmitterId != who.UserId || PracticeLifecycle.Find(practice.State, LifecycleAction.Submit, LifecycleActor.Submitter) is null)
        {
            return WorkflowResult.Fail(WorkflowOutcome.NotAllowed);
        }
        if (practice.ConcurrencyStamp != stamp)
        {
            return WorkflowResult.Fail(WorkflowOutcome.Conflict);
        }
        db.Entry(practice).Property(p => p.ConcurrencyStamp).OriginalValue = stamp;
        var now = clock.GetUtcNow().UtcDateTime;
        practice.Apply(LifecycleAction.Submit, LifecycleActor.Submitter, who.UserId!, now);
        var content = PracticeContent.From(practice);
        var names = await OrganisationNamesAsync(content, cancellationToken);
        db.PracticeVersions.Add(new PracticeVersion
        {
            PracticeId = practice.Id,
            Number = practice.CurrentVersion,
            SubmittedById = who.UserId!,
            SubmittedAtUtc = now,
            ContentJson = PracticeSnapshot.Serialize(content, names),
        });
        audit.Add(AuditEvents.PracticeStateChanged, who, nameof(Practice), AuditLog.EntityKey(id), $"Submit v{practice.CurrentVersion}");
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return WorkflowResult.Fail(WorkflowOutcome.Conflict);
        }
        logger.LogInformation("Practice {PracticeId} submitted as version {Version}", practice.Id, practice.CurrentVersion);
        await notifier.PracticeSubmittedAsync(practice.Id, practice.Title, cancellationToken);
        return WorkflowResult.Ok(practice.ConcurrencyStamp, practice.Id);
    }

    /// <summary>Takes a submitted practice back to the draft before a moderator starts the review.</summary>
    public async Task<WorkflowResult> ReturnToDraftAsync(int id, AuditContext who, Guid stamp, CancellationToken cancellationToken)
    {
        var practice = await db.Practices.AsTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (practice is null)
        {
            return WorkflowResult.Fail(WorkflowOutcome.NotFound);
        }
        if (practice.SubmitterId != who.UserId || PracticeLifecycle.Find(practice.State, LifecycleAction.ReturnToDraft, LifecycleActor.Submitter) is null)
        {
            return WorkflowResult.Fail(WorkflowOutcome.NotAllowed);
        }
        if (practice.ConcurrencyStamp != stamp)
        {
            return WorkflowResult.Fail(WorkflowOutcome.Conflict);
        }
        db.Entry(practice).Property(p => p.ConcurrencyStamp).OriginalValue = stamp;
        practice.Apply(LifecycleAction.ReturnToDraft, LifecycleActor.Submitter, who.UserId!, clock.GetUtcNow().UtcDateTime);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return WorkflowResult.Fail(WorkflowOutcome.Conflict);
        }
        return WorkflowResult.Ok(practice.ConcurrencyStamp, practice.Id);
    }

    /// <summary>
    /// Starts (or reopens) a revision of a published practice: a new draft row with <see cref="Practice.RevisionOfId"/> set and
    /// the content copied. The original stays public until a moderator publishes the revision.
    /// </summary>
    public async Task<WorkflowResult> StartRevisionAsync(int id, AuditContext who, CancellationToken cancellationToken)
    {
        var original = await LoadForEditAsync(id, cancellationToken, tracking: false);
        if (original is null)
        {
            return WorkflowResult.Fail(WorkflowOutcome.NotFound);
        }
        if (original.SubmitterId != who.UserId || !original.IsPublic)
        {
            return WorkflowResult.Fail(WorkflowOutcome.NotAllowed);
        }
        var open = await db.Practices
            .Where(p => p.RevisionOfId == id && p.State != PracticeState.Archived && p.State != PracticeState.Rejected)
            .Select(p => new { p.Id, p.ConcurrencyStamp })
            .FirstOrDefaultAsync(cancellationToken);
        if (open is not null)
        {
            return WorkflowResult.Ok(open.ConcurrencyStamp, open.Id);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var revision = new Practice
        {
            SubmitterId = original.SubmitterId,
            SubmitterOrganisationId = original.SubmitterOrganisationId,
            RevisionOfId = original.Id,
            CreatedAtUtc = now,
            UpdatedAtUtc = now,
        };
        PracticeContent.From(original).ApplyTo(revision);
        revision.Slug = original.Slug;
        db.Practices.Add(revision);
        await db.SaveChangesAsync(cancellationToken);
        var attachments = await db.PracticeAttachments.Where(a => a.PracticeId == original.Id).ToListAsync(cancellationToken);
        db.PracticeAttachments.AddRange(attachments.Select(a => new PracticeAttachment
        {
            PracticeId = revision.Id,
            FileName = a.FileName,
            ContentType = a.ContentType,
            Length = a.Length,
            StorageKey = a.StorageKey,
            UploadedById = a.UploadedById,
            UploadedAtUtc = a.UploadedAtUtc,
        }));
        audit.Add(AuditEvents.PracticeEdited, who, nameof(Practice), AuditLog.EntityKey(original.Id), PracticeEditDetails.RevisionStarted(revision.Id));
        await db.SaveChangesAsync(cancellationToken);
        return WorkflowResult.Ok(revision.ConcurrencyStamp, revision.Id);
    }

    /// <summary>A submitter proposes an organisation missing from the directory; it waits for a moderator's approval.</summary>
    public async Task<int> ProposeOrganisationAsync(AuditContext who, string name, string? acronym, ActorType type, string countryCode, CancellationToken cancellationToken)
    {
        var trimmed = name.Trim();
        var existing = await db.Organisations
            .Where(o => o.Name == trimmed && o.CountryCode == countryCode && (o.IsApproved || o.ProposedByUserId == who.UserId))
            .Select(o => (int?)o.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (existing is not null)
        {
            return existing.Value;
        }
        return await audit.AddCreatedAsync(_ => Task.FromResult(new Organisation
        {
            Name = trimmed,
            Acronym = string.IsNullOrWhiteSpace(acronym) ? null : acronym.Trim(),
            ActorType = type,
            CountryCode = countryCode,
            IsApproved = false,
            ProposedByUserId = who.UserId,
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        }), o => o.Id, AuditEvents.OrganisationProposed, who, cancellationToken);
    }

    internal Task<Practice?> LoadForEditAsync(int id, CancellationToken cancellationToken, bool tracking = true)
    {
        var query = tracking ? db.Practices.AsTracking() : db.Practices.AsNoTracking();
        return query
            .Include(p => p.Countries).Include(p => p.SubnationalAreas).Include(p => p.StrategyAreas).Include(p => p.Populations)
            .Include(p => p.Organisations).Include(p => p.Mechanisms).Include(p => p.OtherIndicators).Include(p => p.EvidenceLinks).Include(p => p.BuildingBlocks)
            .AsSplitQuery()
            .SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
    }

    /// <summary>Drops references the user may not use: unknown countries, other people's unapproved organisations, unknown calls.</summary>
    private async Task SanitizeReferencesAsync(PracticeContent content, string userId, CancellationToken cancellationToken)
    {
        content.Countries = [.. content.Countries.Where(c => Country.MirpsCodes.Contains(c))];
        content.SubnationalAreas = [.. content.SubnationalAreas.Where(a => SubnationalAreas.CountryOf(a) is string country && content.Countries.Contains(country))];
        var ids = content.Organisations.Select(o => o.OrganisationId).Distinct().ToList();
        var allowed = await db.Organisations
            .Where(o => ids.Contains(o.Id) && o.MergedIntoId == null && (o.IsApproved || o.ProposedByUserId == userId))
            .Select(o => o.Id)
            .ToListAsync(cancellationToken);
        content.Organisations = [.. content.Organisations.Where(o => allowed.Contains(o.OrganisationId))];
        if (content.CallForPracticesId is int callId && !await db.CallsForPractices.AnyAsync(c => c.Id == callId, cancellationToken))
        {
            content.CallForPracticesId = null;
        }
        if (!RecordLanguages.All.Contains(content.Language))
        {
            content.Language = RecordLanguages.Spanish;
        }
    }

    private async Task<int> SaveAnswersAsync(Practice practice, IReadOnlyDictionary<int, string>? answers, CancellationToken cancellationToken)
    {
        if (answers is null || answers.Count == 0)
        {
            return 0;
        }
        var ids = answers.Keys.ToList();
        var comments = await db.PracticeReviewComments.AsTracking()
            .Where(c => c.PracticeId == practice.Id && ids.Contains(c.Id))
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var count = 0;
        foreach (var comment in comments)
        {
            var answer = answers[comment.Id].Trim();
            var value = answer.Length == 0 ? null : answer;
            if (value != comment.Answer)
            {
                comment.Answer = value;
                comment.AnsweredAtUtc = value is null ? null : now;
                count++;
            }
        }
        return count;
    }

    internal async Task<IReadOnlyDictionary<int, string>> OrganisationNamesAsync(PracticeContent content, CancellationToken cancellationToken)
    {
        var ids = content.Organisations.Select(o => o.OrganisationId).ToList();
        return await db.Organisations.Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
    }

    /// <summary>Names of the fields that differ, for the audit trail (never their content: it may be long).</summary>
    public static IReadOnlyList<string> ChangedFields(PracticeContent before, PracticeContent after)
    {
        var a = PracticeSnapshot.ReadAsText(PracticeSnapshot.Serialize(before, new Dictionary<int, string>()));
        var b = PracticeSnapshot.ReadAsText(PracticeSnapshot.Serialize(after, new Dictionary<int, string>()));
        return [.. PracticeSnapshot.Fields.Where(f => a.GetValueOrDefault(f) != b.GetValueOrDefault(f))];
    }
}
