using Microsoft.EntityFrameworkCore;
using MirpsPractices.Core.Auditing;
using MirpsPractices.Core.Data;
using MirpsPractices.Core.Domain;

namespace MirpsPractices.Core.Features.Practices;

public sealed record MyPracticeRow(int Id, string Title, PracticeState State, int? RevisionOfId, int CurrentVersion, DateTime UpdatedAtUtc, DateTime? SubmittedAtUtc, int OpenComments);

public sealed record TimelineEntry(DateTime AtUtc, string Who, LifecycleAction? Action, PracticeState? From, PracticeState? To, string? Comment, PracticeEdit? Edit);

public sealed record ReviewCommentView(int Id, int VersionNumber, string? FieldName, string Text, string Author, DateTime CreatedAtUtc, string? Answer, DateTime? AnsweredAtUtc)
{
    /// <summary>Comments of the last review round: the ones the submitter answers in the next version.</summary>
    public static IReadOnlyList<ReviewCommentView> LatestRound(IReadOnlyList<ReviewCommentView> comments)
    {
        if (comments.Count == 0)
        {
            return [];
        }
        var latest = comments.Max(c => c.VersionNumber);
        return [.. comments.Where(c => c.VersionNumber == latest)];
    }
}

public sealed record AttachmentView(int Id, string FileName, string ContentType, long Length, DateTime UploadedAtUtc);

public sealed record VersionView(int Number, DateTime SubmittedAtUtc, string SubmittedBy);

public sealed record OrganisationOption(int Id, string Name, string? Acronym, string CountryCode, ActorType ActorType, bool IsApproved);

public sealed record CallOption(int Id, string Theme, DateOnly Deadline, IReadOnlyList<StrategyArea> StrategyAreas, IReadOnlyList<string> CountryCodes, string Description);

public sealed record CriterionView(GoodPracticeCriterion Criterion, bool IsMet, string? Note);

public sealed record SafeguardingView(bool NoPersonalDataOfDisplacedPeople, bool ConsentForPhotosOfPeople, string? Note, string CheckedBy, DateTime CheckedAtUtc);

/// <summary>Everything the practice's own page shows to its submitter or a moderator.</summary>
public sealed record PracticeDetails(
    int Id,
    PracticeState State,
    string SubmitterId,
    string SubmitterName,
    string? AssignedModeratorId,
    string? AssignedModeratorName,
    int? RevisionOfId,
    int? OpenRevisionId,
    int CurrentVersion,
    DateTime CreatedAtUtc,
    DateTime UpdatedAtUtc,
    DateTime? SubmittedAtUtc,
    DateTime? PublishedAtUtc,
    Guid ConcurrencyStamp,
    PracticeContent Content,
    IReadOnlyDictionary<int, string> OrganisationNames,
    string? CallTheme,
    IReadOnlyList<TimelineEntry> Timeline,
    IReadOnlyList<ReviewCommentView> Comments,
    IReadOnlyList<VersionView> Versions,
    IReadOnlyList<AttachmentView> Attachments,
    IReadOnlyList<CriterionView> Criteria,
    SafeguardingView? Safeguarding)
{
    public IReadOnlyList<ReviewCommentView> LatestComments => ReviewCommentView.LatestRound(Comments);
}

public sealed record PracticeEditData(int Id, PracticeState State, int? RevisionOfId, Guid ConcurrencyStamp, PracticeContent Content, IReadOnlyList<ReviewCommentView> Comments, IReadOnlyList<AttachmentView> Attachments);

public sealed record FormReferenceData(IReadOnlyList<OrganisationOption> Organisations, IReadOnlyList<CallOption> Calls);

public sealed class PracticeQueries(AppDbContext db, TimeProvider clock, PracticeWorkflowService workflow)
{
    public Task<PracticeAccess?> GetAccessAsync(int id, CancellationToken cancellationToken) =>
        db.Practices.Where(p => p.Id == id)
            .Select(p => new PracticeAccess(p.Id, p.SubmitterId, p.State, p.RevisionOfId))
            .SingleOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<MyPracticeRow>> ListMineAsync(string userId, CancellationToken cancellationToken)
    {
        var rows = await db.Practices
            .Where(p => p.SubmitterId == userId)
            .OrderByDescending(p => p.UpdatedAtUtc)
            .Select(p => new
            {
                p.Id, p.Title, p.State, p.RevisionOfId, p.CurrentVersion, p.UpdatedAtUtc, p.SubmittedAtUtc,
                Open = db.PracticeReviewComments.Count(c => c.PracticeId == p.Id && c.VersionNumber == p.CurrentVersion && c.Answer == null),
            })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new MyPracticeRow(r.Id, r.Title, r.State, r.RevisionOfId, r.CurrentVersion, r.UpdatedAtUtc, r.SubmittedAtUtc,
            r.State == PracticeState.ChangesRequested ? r.Open : 0))];
    }

    public async Task<PracticeEditData?> GetForEditAsync(int id, CancellationToken cancellationToken)
    {
        var practice = await workflow.LoadForEditAsync(id, cancellationToken, tracking: false);
        if (practice is null)
        {
            return null;
        }
        return new PracticeEditData(practice.Id, practice.State, practice.RevisionOfId, practice.ConcurrencyStamp, PracticeContent.From(practice),
            await CommentsAsync(id, cancellationToken), await AttachmentsAsync(id, cancellationToken));
    }

    public async Task<PracticeDetails?> GetDetailsAsync(int id, CancellationToken cancellationToken)
    {
        var practice = await workflow.LoadForEditAsync(id, cancellationToken, tracking: false);
        if (practice is null)
        {
            return null;
        }
        var content = PracticeContent.From(practice);
        var names = await workflow.OrganisationNamesAsync(content, cancellationToken);
        var userIds = new[] { practice.SubmitterId, practice.AssignedModeratorId }.OfType<string>().ToList();
        var users = await UserNamesAsync(userIds, cancellationToken);
        var openRevision = await db.Practices
            .Where(p => p.RevisionOfId == id && p.State != PracticeState.Archived && p.State != PracticeState.Rejected)
            .Select(p => (int?)p.Id).FirstOrDefaultAsync(cancellationToken);
        var callTheme = practice.CallForPracticesId is int callId
            ? await db.CallsForPractices.Where(c => c.Id == callId).Select(c => c.Theme).SingleOrDefaultAsync(cancellationToken)
            : null;
        var versions = await db.PracticeVersions.Where(v => v.PracticeId == id).OrderByDescending(v => v.Number)
            .Select(v => new { v.Number, v.SubmittedAtUtc, v.SubmittedById }).ToListAsync(cancellationToken);
        var criteria = await db.Set<PracticeCriterionAssessment>().Where(c => c.PracticeId == id).OrderBy(c => c.Criterion)
            .Select(c => new CriterionView(c.Criterion, c.IsMet, c.Note)).ToListAsync(cancellationToken);
        var safeguarding = await db.PracticeSafeguardingChecks.Where(c => c.PracticeId == id).SingleOrDefaultAsync(cancellationToken);
        var moreUsers = await UserNamesAsync([.. versions.Select(v => v.SubmittedById), .. safeguarding is null ? Array.Empty<string>() : [safeguarding.CheckedById]], cancellationToken);

        return new PracticeDetails(
            practice.Id, practice.State, practice.SubmitterId, users.GetValueOrDefault(practice.SubmitterId, "?"),
            practice.AssignedModeratorId, practice.AssignedModeratorId is null ? null : users.GetValueOrDefault(practice.AssignedModeratorId),
            practice.RevisionOfId, openRevision, practice.CurrentVersion, practice.CreatedAtUtc, practice.UpdatedAtUtc, practice.SubmittedAtUtc,
            practice.PublishedAtUtc, practice.ConcurrencyStamp, content, names, callTheme,
            await TimelineAsync(id, cancellationToken),
            await CommentsAsync(id, cancellationToken),
            [.. versions.Select(v => new VersionView(v.Number, v.SubmittedAtUtc, moreUsers.GetValueOrDefault(v.SubmittedById, "?")))],
            await AttachmentsAsync(id, cancellationToken),
            criteria,
            safeguarding is null ? null : new SafeguardingView(safeguarding.NoPersonalDataOfDisplacedPeople, safeguarding.ConsentForPhotosOfPeople,
                safeguarding.Note, moreUsers.GetValueOrDefault(safeguarding.CheckedById, "?"), safeguarding.CheckedAtUtc));
    }

    /// <summary>State changes and recorded edits, newest first.</summary>
    public async Task<IReadOnlyList<TimelineEntry>> TimelineAsync(int id, CancellationToken cancellationToken)
    {
        var changes = await db.PracticeStateChanges.Where(c => c.PracticeId == id).ToListAsync(cancellationToken);
        var key = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var edits = await db.AuditLog
            .Where(a => a.EntityType == nameof(Practice) && a.EntityId == key && a.EventType == AuditEvents.PracticeEdited)
            .ToListAsync(cancellationToken);
        var names = await UserNamesAsync([.. changes.Select(c => c.UserId), .. edits.Select(e => e.UserId).OfType<string>()], cancellationToken);
        return
        [
            .. changes.Select(c => new TimelineEntry(c.AtUtc, names.GetValueOrDefault(c.UserId, "?"), c.Action, c.FromState, c.ToState, c.Comment, null))
                .Concat(edits.Select(e => new TimelineEntry(e.AtUtc, e.UserId is null ? "—" : names.GetValueOrDefault(e.UserId, "?"), null, null, null, null, PracticeEditDetails.Parse(e.Details))))
                .OrderByDescending(e => e.AtUtc),
        ];
    }

    public async Task<IReadOnlyList<ReviewCommentView>> CommentsAsync(int id, CancellationToken cancellationToken)
    {
        var comments = await db.PracticeReviewComments.Where(c => c.PracticeId == id).OrderByDescending(c => c.VersionNumber).ThenBy(c => c.Id).ToListAsync(cancellationToken);
        var names = await UserNamesAsync([.. comments.Select(c => c.AuthorId)], cancellationToken);
        return [.. comments.Select(c => new ReviewCommentView(c.Id, c.VersionNumber, c.FieldName, c.Text, names.GetValueOrDefault(c.AuthorId, "?"), c.CreatedAtUtc, c.Answer, c.AnsweredAtUtc))];
    }

    public async Task<IReadOnlyList<AttachmentView>> AttachmentsAsync(int id, CancellationToken cancellationToken) =>
        await db.PracticeAttachments.Where(a => a.PracticeId == id).OrderBy(a => a.Id)
            .Select(a => new AttachmentView(a.Id, a.FileName, a.ContentType, a.Length, a.UploadedAtUtc))
            .ToListAsync(cancellationToken);

    /// <summary>The directory (approved organisations plus the ones this user proposed) and the calls still open.</summary>
    public async Task<FormReferenceData> GetFormReferenceDataAsync(string userId, int? includeCallId, CancellationToken cancellationToken)
    {
        var organisations = await db.Organisations
            .Where(o => o.MergedIntoId == null && (o.IsApproved || o.ProposedByUserId == userId))
            .OrderBy(o => o.Name)
            .Select(o => new OrganisationOption(o.Id, o.Name, o.Acronym, o.CountryCode, o.ActorType, o.IsApproved))
            .ToListAsync(cancellationToken);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var calls = await db.CallsForPractices
            .Where(c => c.Deadline >= today || c.Id == includeCallId)
            .OrderBy(c => c.Deadline)
            .ToListAsync(cancellationToken);
        return new FormReferenceData(organisations, [.. calls.Select(c => new CallOption(c.Id, c.Theme, c.Deadline, c.StrategyAreas, c.CountryCodes, c.Description))]);
    }

    private async Task<Dictionary<string, string>> UserNamesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        var distinct = ids.Distinct().ToList();
        return await db.Users.Where(u => distinct.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
    }
}
