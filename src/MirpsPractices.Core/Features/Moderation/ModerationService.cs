using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using MirpsPractices.Core.Auditing;
using MirpsPractices.Core.Catalogue;
using MirpsPractices.Core.Data;
using MirpsPractices.Core.Domain;
using MirpsPractices.Core.Features.Practices;

namespace MirpsPractices.Core.Features.Moderation;

public enum ModerationDecision
{
    /// <summary>Save the checklist, safeguarding check and comments without changing the state.</summary>
    SaveReview,
    RequestChanges,
    Publish,
    Reject,
    Archive,
    WithdrawFromPublication,
}

public sealed record CriterionInput(GoodPracticeCriterion Criterion, bool IsMet, string? Note);

public sealed record ReviewInput(
    ModerationDecision Decision,
    Guid ConcurrencyStamp,
    IReadOnlyList<CriterionInput> Criteria,
    bool NoPersonalDataOfDisplacedPeople,
    bool ConsentForPhotosOfPeople,
    string? SafeguardingNote,
    IReadOnlyDictionary<string, string> FieldComments,
    string? Comment);

/// <summary>
/// The moderators' side of the workflow. Every action carries the concurrency stamp the moderator saw: when another
/// moderator acted first, nothing is written and the caller says so.
/// </summary>
public sealed class ModerationService(
    AppDbContext db,
    AuditLog audit,
    TimeProvider clock,
    IWorkflowNotifier notifier,
    IPublicCatalogueCache cache,
    ILogger<ModerationService> logger)
{
    public static LifecycleAction? ActionFor(ModerationDecision decision) => decision switch
    {
        ModerationDecision.RequestChanges => LifecycleAction.RequestChanges,
        ModerationDecision.Publish => LifecycleAction.Publish,
        ModerationDecision.Reject => LifecycleAction.Reject,
        ModerationDecision.Archive => LifecycleAction.Archive,
        ModerationDecision.WithdrawFromPublication => LifecycleAction.WithdrawFromPublication,
        _ => null,
    };

    /// <summary>Assigns the practice to this moderator; a submitted practice goes into review.</summary>
    public async Task<WorkflowResult> AssignToMeAsync(int id, AuditContext who, Guid stamp, CancellationToken cancellationToken)
    {
        var practice = await db.Practices.AsTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (practice is null)
        {
            return WorkflowResult.Fail(WorkflowOutcome.NotFound);
        }
        if (practice.ConcurrencyStamp != stamp)
        {
            return WorkflowResult.Fail(WorkflowOutcome.Conflict);
        }
        db.Entry(practice).Property(p => p.ConcurrencyStamp).OriginalValue = stamp;
        var now = clock.GetUtcNow().UtcDateTime;
        practice.AssignedModeratorId = who.UserId;
        practice.UpdatedAtUtc = now;
        if (practice.State == PracticeState.Submitted)
        {
            practice.Apply(LifecycleAction.StartReview, LifecycleActor.Moderator, who.UserId!, now);
        }
        return await SaveAsync(practice, cancellationToken);
    }

    public async Task<WorkflowResult> ReviewAsync(int id, AuditContext who, ReviewInput input, CancellationToken cancellationToken)
    {
        var practice = await db.Practices.AsTracking().Include(p => p.Criteria).SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (practice is null)
        {
            return WorkflowResult.Fail(WorkflowOutcome.NotFound);
        }
        if (practice.ConcurrencyStamp != input.ConcurrencyStamp)
        {
            return WorkflowResult.Fail(WorkflowOutcome.Conflict);
        }
        db.Entry(practice).Property(p => p.ConcurrencyStamp).OriginalValue = input.ConcurrencyStamp;
        var now = clock.GetUtcNow().UtcDateTime;
        var action = ActionFor(input.Decision);
        var comment = string.IsNullOrWhiteSpace(input.Comment) ? null : input.Comment.Trim();

        // A decision on a practice nobody has opened yet starts its review first, so the trail shows both steps.
        var fromState = practice.State;
        var needsReviewStart = practice.State == PracticeState.Submitted && action is LifecycleAction.RequestChanges or LifecycleAction.Publish or LifecycleAction.Reject;
        var stateForCheck = needsReviewStart ? PracticeState.InReview : practice.State;
        if (action is LifecycleAction a)
        {
            var transition = PracticeLifecycle.Find(stateForCheck, a, LifecycleActor.Moderator);
            if (transition is null)
            {
                return WorkflowResult.Fail(WorkflowOutcome.NotAllowed);
            }
            if (transition.CommentRequired && comment is null)
            {
                return WorkflowResult.Fail(WorkflowOutcome.CommentRequired);
            }
            if (a == LifecycleAction.Publish && !(input.NoPersonalDataOfDisplacedPeople && input.ConsentForPhotosOfPeople))
            {
                return WorkflowResult.Fail(WorkflowOutcome.SafeguardingRequired);
            }
        }

        var reviewable = stateForCheck is PracticeState.InReview || input.Decision == ModerationDecision.SaveReview;
        if (reviewable)
        {
            await RecordAssessmentAsync(practice, who, input, now, cancellationToken);
        }
        practice.AssignedModeratorId ??= who.UserId;
        practice.UpdatedAtUtc = now;
        if (needsReviewStart)
        {
            practice.Apply(LifecycleAction.StartReview, LifecycleActor.Moderator, who.UserId!, now);
        }
        Practice? original = null;
        if (action is LifecycleAction act)
        {
            practice.Apply(act, LifecycleActor.Moderator, who.UserId!, now, comment);
            audit.Add(AuditEvents.PracticeStateChanged, who, nameof(Practice), AuditLog.EntityKey(id), $"{act}: {fromState} → {practice.State}");
            if (act == LifecycleAction.Publish && practice.RevisionOfId is int originalId)
            {
                original = await MergeRevisionAsync(practice, originalId, who, now, cancellationToken);
                if (original is null)
                {
                    return WorkflowResult.Fail(WorkflowOutcome.NotAllowed);
                }
            }
        }

        var result = await SaveAsync(practice, cancellationToken);
        if (!result.Succeeded || action is not LifecycleAction done)
        {
            return result;
        }
        logger.LogInformation("Moderator {UserId} applied {Action} to practice {PracticeId}", who.UserId, done, id);
        if (done is LifecycleAction.Publish or LifecycleAction.WithdrawFromPublication || (done == LifecycleAction.Archive && fromState == PracticeState.Published))
        {
            await cache.EvictAsync(cancellationToken);
        }
        var notifiedId = original?.Id ?? practice.Id;
        await notifier.DecisionMadeAsync(notifiedId, practice.Title, practice.SubmitterId, done, comment, cancellationToken);
        return original is null ? result : WorkflowResult.Ok(original.ConcurrencyStamp, original.Id);
    }

    private async Task RecordAssessmentAsync(Practice practice, AuditContext who, ReviewInput input, DateTime now, CancellationToken cancellationToken)
    {
        foreach (var criterion in input.Criteria)
        {
            var row = practice.Criteria.SingleOrDefault(c => c.Criterion == criterion.Criterion);
            if (row is null)
            {
                practice.Criteria.Add(new PracticeCriterionAssessment { Criterion = criterion.Criterion, IsMet = criterion.IsMet, Note = Clean(criterion.Note) });
            }
            else
            {
                row.IsMet = criterion.IsMet;
                row.Note = Clean(criterion.Note);
            }
        }

        var check = db.PracticeSafeguardingChecks.Local.SingleOrDefault(c => c.PracticeId == practice.Id)
            ?? await db.PracticeSafeguardingChecks.AsTracking().SingleOrDefaultAsync(c => c.PracticeId == practice.Id, cancellationToken);
        if (check is null)
        {
            check = new PracticeSafeguardingCheck { PracticeId = practice.Id, CheckedById = who.UserId! };
            db.PracticeSafeguardingChecks.Add(check);
        }
        check.NoPersonalDataOfDisplacedPeople = input.NoPersonalDataOfDisplacedPeople;
        check.ConsentForPhotosOfPeople = input.ConsentForPhotosOfPeople;
        check.Note = Clean(input.SafeguardingNote);
        check.CheckedById = who.UserId!;
        check.CheckedAtUtc = now;

        foreach (var (field, text) in input.FieldComments)
        {
            if (!string.IsNullOrWhiteSpace(text) && PracticeSnapshot.Fields.Contains(field))
            {
                db.PracticeReviewComments.Add(new PracticeReviewComment
                {
                    PracticeId = practice.Id,
                    VersionNumber = practice.CurrentVersion,
                    FieldName = field,
                    Text = text.Trim(),
                    AuthorId = who.UserId!,
                    CreatedAtUtc = now,
                });
            }
        }
        if (Clean(input.Comment) is string overall && input.Decision is ModerationDecision.RequestChanges or ModerationDecision.SaveReview)
        {
            db.PracticeReviewComments.Add(new PracticeReviewComment
            {
                PracticeId = practice.Id,
                VersionNumber = practice.CurrentVersion,
                FieldName = null,
                Text = overall,
                AuthorId = who.UserId!,
                CreatedAtUtc = now,
            });
        }
    }

    /// <summary>
    /// Publishing a revision copies its content, criteria, safeguarding check and attachments onto the published original
    /// (which keeps its id, URL and first publication date) and archives the revision row, whose history stays on record.
    /// </summary>
    private async Task<Practice?> MergeRevisionAsync(Practice revision, int originalId, AuditContext who, DateTime now, CancellationToken cancellationToken)
    {
        var original = await db.Practices.AsTracking()
            .Include(p => p.Countries).Include(p => p.SubnationalAreas).Include(p => p.StrategyAreas).Include(p => p.Populations)
            .Include(p => p.Organisations).Include(p => p.Mechanisms).Include(p => p.OtherIndicators).Include(p => p.EvidenceLinks).Include(p => p.BuildingBlocks)
            .Include(p => p.Criteria)
            .AsSplitQuery()
            .SingleOrDefaultAsync(p => p.Id == originalId, cancellationToken);
        if (original is null || original.State != PracticeState.Published)
        {
            return null;
        }
        var source = await db.Practices.AsNoTracking()
            .Include(p => p.Countries).Include(p => p.SubnationalAreas).Include(p => p.StrategyAreas).Include(p => p.Populations)
            .Include(p => p.Organisations).Include(p => p.Mechanisms).Include(p => p.OtherIndicators).Include(p => p.EvidenceLinks).Include(p => p.BuildingBlocks)
            .AsSplitQuery()
            .SingleAsync(p => p.Id == revision.Id, cancellationToken);
        var slug = original.Slug;
        PracticeContent.From(source).ApplyTo(original);
        original.Slug = slug;
        original.UpdatedAtUtc = now;
        original.CurrentVersion = Math.Max(original.CurrentVersion, 0) + 1;
        foreach (var criterion in revision.Criteria)
        {
            var row = original.Criteria.SingleOrDefault(c => c.Criterion == criterion.Criterion);
            if (row is null)
            {
                original.Criteria.Add(new PracticeCriterionAssessment { Criterion = criterion.Criterion, IsMet = criterion.IsMet, Note = criterion.Note });
            }
            else
            {
                row.IsMet = criterion.IsMet;
                row.Note = criterion.Note;
            }
        }
        var revisionCheck = db.PracticeSafeguardingChecks.Local.SingleOrDefault(c => c.PracticeId == revision.Id);
        if (revisionCheck is not null)
        {
            var originalCheck = await db.PracticeSafeguardingChecks.AsTracking().SingleOrDefaultAsync(c => c.PracticeId == original.Id, cancellationToken);
            if (originalCheck is null)
            {
                originalCheck = new PracticeSafeguardingCheck { PracticeId = original.Id, CheckedById = revisionCheck.CheckedById };
                db.PracticeSafeguardingChecks.Add(originalCheck);
            }
            originalCheck.NoPersonalDataOfDisplacedPeople = revisionCheck.NoPersonalDataOfDisplacedPeople;
            originalCheck.ConsentForPhotosOfPeople = revisionCheck.ConsentForPhotosOfPeople;
            originalCheck.Note = revisionCheck.Note;
            originalCheck.CheckedById = revisionCheck.CheckedById;
            originalCheck.CheckedAtUtc = revisionCheck.CheckedAtUtc;
        }

        // Attachments share their stored bytes: the original takes the revision's list.
        var originalAttachments = await db.PracticeAttachments.AsTracking().Where(a => a.PracticeId == original.Id).ToListAsync(cancellationToken);
        db.PracticeAttachments.RemoveRange(originalAttachments);
        var revisionAttachments = await db.PracticeAttachments.Where(a => a.PracticeId == revision.Id).ToListAsync(cancellationToken);
        db.PracticeAttachments.AddRange(revisionAttachments.Select(a => new PracticeAttachment
        {
            PracticeId = original.Id,
            FileName = a.FileName,
            ContentType = a.ContentType,
            Length = a.Length,
            StorageKey = a.StorageKey,
            UploadedById = a.UploadedById,
            UploadedAtUtc = a.UploadedAtUtc,
        }));

        revision.Apply(LifecycleAction.Archive, LifecycleActor.Moderator, who.UserId!, now, $"→ #{original.Id}");
        audit.Add(AuditEvents.PracticeEdited, who, nameof(Practice), AuditLog.EntityKey(original.Id), PracticeEditDetails.RevisionPublished(revision.Id));
        return original;
    }

    private async Task<WorkflowResult> SaveAsync(Practice practice, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            logger.LogInformation("Concurrent moderation of practice {PracticeId}: nothing written", practice.Id);
            return WorkflowResult.Fail(WorkflowOutcome.Conflict);
        }
        return WorkflowResult.Ok(practice.ConcurrencyStamp, practice.Id);
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
