using Microsoft.EntityFrameworkCore;
using MirpsPractices.Core.Data;
using MirpsPractices.Core.Domain;
using MirpsPractices.Core.Features.Practices;

namespace MirpsPractices.Core.Features.Moderation;

public sealed record QueueFilter(
    PracticeState? State = null,
    string? Country = null,
    StrategyArea? Area = null,
    int? WaitingMoreThanDays = null,
    int? CallId = null,
    bool AssignedToMe = false);

public sealed record QueueRow(int Id, string Title, PracticeState State, bool IsRevision, string SubmitterName, string? AssignedModeratorId, string? AssignedModeratorName,
    DateTime? SubmittedAtUtc, int WaitingDays, int CurrentVersion, IReadOnlyList<string> Countries, IReadOnlyList<StrategyArea> Areas, string? CallTheme, Guid ConcurrencyStamp);

public sealed record ReviewData(PracticeDetails Practice, int? ComparedVersion, IReadOnlyList<FieldDiff> Diff);

public sealed class ModerationQueries(AppDbContext db, TimeProvider clock, PracticeQueries practices)
{
    /// <summary>States that wait for a moderator; the queue shows them unless a state is chosen.</summary>
    public static readonly IReadOnlyList<PracticeState> WaitingStates = [PracticeState.Submitted, PracticeState.InReview];

    public async Task<IReadOnlyList<QueueRow>> QueueAsync(QueueFilter filter, string moderatorId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var query = db.Practices.AsQueryable();
        query = filter.State is PracticeState state
            ? query.Where(p => p.State == state)
            : query.Where(p => WaitingStates.Contains(p.State));
        if (!string.IsNullOrEmpty(filter.Country))
        {
            query = query.Where(p => p.Countries.Any(c => c.CountryCode == filter.Country));
        }
        if (filter.Area is StrategyArea area)
        {
            query = query.Where(p => p.StrategyAreas.Any(a => a.Area == area));
        }
        if (filter.WaitingMoreThanDays is int days and > 0)
        {
            // From the query string: a century is "all of them", and keeps AddDays away from DateTime.MinValue.
            var before = now.AddDays(-Math.Min(days, 36_500));
            query = query.Where(p => p.SubmittedAtUtc != null && p.SubmittedAtUtc < before);
        }
        if (filter.CallId is int callId)
        {
            query = query.Where(p => p.CallForPracticesId == callId);
        }
        if (filter.AssignedToMe)
        {
            query = query.Where(p => p.AssignedModeratorId == moderatorId);
        }
        var rows = await query
            .OrderBy(p => p.SubmittedAtUtc == null).ThenBy(p => p.SubmittedAtUtc).ThenBy(p => p.Id)
            .Take(200)
            .Select(p => new
            {
                p.Id, p.Title, p.State, p.RevisionOfId, p.SubmitterId, p.AssignedModeratorId, p.SubmittedAtUtc, p.CurrentVersion, p.ConcurrencyStamp,
                Countries = p.Countries.Select(c => c.CountryCode).ToList(),
                Areas = p.StrategyAreas.Select(a => a.Area).ToList(),
                Call = db.CallsForPractices.Where(c => c.Id == p.CallForPracticesId).Select(c => c.Theme).FirstOrDefault(),
            })
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        var userIds = rows.Select(r => r.SubmitterId).Concat(rows.Select(r => r.AssignedModeratorId).OfType<string>()).Distinct().ToList();
        var names = await db.Users.Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        return
        [
            .. rows.Select(r => new QueueRow(r.Id, r.Title, r.State, r.RevisionOfId is not null, names.GetValueOrDefault(r.SubmitterId, "?"), r.AssignedModeratorId,
                r.AssignedModeratorId is null ? null : names.GetValueOrDefault(r.AssignedModeratorId), r.SubmittedAtUtc,
                r.SubmittedAtUtc is DateTime at ? Math.Max(0, (int)(now - at).TotalDays) : 0, r.CurrentVersion, r.Countries, r.Areas, r.Call, r.ConcurrencyStamp)),
        ];
    }

    /// <summary>
    /// The review screen: the practice, and for a resubmission the diff of the current version against the version a
    /// moderator last decided on (for a first revision of a published practice: against the published original's last version).
    /// </summary>
    public async Task<ReviewData?> GetReviewAsync(int id, CancellationToken cancellationToken)
    {
        var details = await practices.GetDetailsAsync(id, cancellationToken);
        if (details is null)
        {
            return null;
        }
        var current = await db.PracticeVersions.Where(v => v.PracticeId == id && v.Number == details.CurrentVersion)
            .Select(v => v.ContentJson).SingleOrDefaultAsync(cancellationToken);
        if (current is null)
        {
            return new ReviewData(details, null, []);
        }
        var decisions = new[] { LifecycleAction.RequestChanges, LifecycleAction.Publish, LifecycleAction.Reject, LifecycleAction.WithdrawFromPublication };
        var lastDecisionAt = await db.PracticeStateChanges
            .Where(c => c.PracticeId == id && decisions.Contains(c.Action))
            .OrderByDescending(c => c.AtUtc).Select(c => (DateTime?)c.AtUtc).FirstOrDefaultAsync(cancellationToken);
        PracticeVersion? previous = null;
        if (lastDecisionAt is DateTime decidedAt)
        {
            previous = await db.PracticeVersions
                .Where(v => v.PracticeId == id && v.Number < details.CurrentVersion && v.SubmittedAtUtc <= decidedAt)
                .OrderByDescending(v => v.Number).FirstOrDefaultAsync(cancellationToken);
        }
        if (previous is null && details.RevisionOfId is int originalId)
        {
            previous = await db.PracticeVersions.Where(v => v.PracticeId == originalId)
                .OrderByDescending(v => v.Number).FirstOrDefaultAsync(cancellationToken);
        }
        if (previous is null)
        {
            return new ReviewData(details, null, []);
        }
        return new ReviewData(details, previous.Number, TextDiff.CompareSnapshots(previous.ContentJson, current));
    }
}
