using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using MirpsPractices.Core.Auditing;
using MirpsPractices.Core.Data;
using MirpsPractices.Core.Domain;
using MirpsPractices.Core.Features.Practices;

namespace MirpsPractices.Core.Features.Recommendations;

public enum AmendmentOutcome
{
    NotFound,
    Proposed,
    Accepted,
    Rejected,
    /// <summary>The recommendation is joint: its text is no longer amended.</summary>
    NotDraft,
    /// <summary>Proposed against a version that has since been replaced.</summary>
    Stale,
    AlreadyDecided,
    /// <summary>A group's endorsement was confirmed for the current version.</summary>
    Confirmed,
    /// <summary>Nothing to confirm: the group has not endorsed, or endorsed the current version already.</summary>
    NothingToConfirm,
}

public enum AmendmentDecision
{
    Accept,
    Reject,
}

public sealed record AmendmentView(
    int Id,
    string ProposedBy,
    string ProposedText,
    string Explanation,
    int BasedOnVersion,
    DateTime ProposedAtUtc,
    AmendmentState State,
    string? DecidedBy,
    DateTime? DecidedAtUtc,
    string? DecisionReason,
    bool IsStale,
    IReadOnlyList<DiffSegment> Diff);

public sealed record VersionView(int Number, DateTime AtUtc, string Author, int? AmendmentId, string? AmendmentProposedBy);

/// <summary>Amendments to draft recommendations: proposal, decision by the drafter, version history, endorsement confirmation.</summary>
public sealed class RecommendationAmendmentService(AppDbContext db, AuditLog audit, TimeProvider clock, ILogger<RecommendationAmendmentService> logger)
{
    public async Task<AmendmentOutcome> ProposeAsync(int recommendationId, string text, string explanation, AuditContext who, CancellationToken ct = default)
    {
        var recommendation = await db.Recommendations.AsTracking().SingleOrDefaultAsync(r => r.Id == recommendationId, ct);
        if (recommendation is null)
        {
            return AmendmentOutcome.NotFound;
        }
        if (recommendation.IsJoint)
        {
            return AmendmentOutcome.NotDraft;
        }
        recommendation.ProposeAmendment(who.UserId!, text, explanation, clock.GetUtcNow().UtcDateTime);
        audit.Add(AuditEvents.RecommendationAmendmentProposed, who, nameof(Recommendation), AuditLog.EntityKey(recommendationId), $"on version {recommendation.CurrentVersion}");
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Amendment to recommendation {RecommendationId} proposed by {UserId}", recommendationId, who.UserId);
        return AmendmentOutcome.Proposed;
    }

    /// <summary>Accepts (the text becomes a new version) or rejects (a reason is required) an open amendment.</summary>
    public async Task<AmendmentOutcome> DecideAsync(int recommendationId, int amendmentId, AmendmentDecision decision, string? reason, AuditContext who, CancellationToken ct = default)
    {
        var recommendation = await db.Recommendations.AsTracking()
            .Include(r => r.Amendments.Where(a => a.Id == amendmentId))
            .Include(r => r.Versions)
            .AsSplitQuery()
            .SingleOrDefaultAsync(r => r.Id == recommendationId, ct);
        var amendment = recommendation?.Amendments.SingleOrDefault();
        if (recommendation is null || amendment is null)
        {
            return AmendmentOutcome.NotFound;
        }
        if (amendment.State != AmendmentState.Open)
        {
            return AmendmentOutcome.AlreadyDecided;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        AmendmentOutcome outcome;
        if (decision == AmendmentDecision.Reject)
        {
            recommendation.RejectAmendment(amendment, who.UserId!, reason!, now);
            outcome = AmendmentOutcome.Rejected;
        }
        else if (recommendation.IsJoint)
        {
            return AmendmentOutcome.NotDraft;
        }
        else if (amendment.IsStaleFor(recommendation))
        {
            return AmendmentOutcome.Stale;
        }
        else
        {
            recommendation.AcceptAmendment(amendment, who.UserId!, reason, now);
            outcome = AmendmentOutcome.Accepted;
        }
        audit.Add(outcome == AmendmentOutcome.Accepted ? AuditEvents.RecommendationAmendmentAccepted : AuditEvents.RecommendationAmendmentRejected,
            who, nameof(Recommendation), AuditLog.EntityKey(recommendationId),
            outcome == AmendmentOutcome.Accepted ? $"amendment {amendmentId}; version {recommendation.CurrentVersion}" : $"amendment {amendmentId}");
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another amendment was accepted at the same moment: the unique version number kept one; this one is now stale.
            return AmendmentOutcome.Stale;
        }
        logger.LogInformation("Amendment {AmendmentId} to recommendation {RecommendationId} {Outcome} by {UserId}", amendmentId, recommendationId, outcome, who.UserId);
        return outcome;
    }

    /// <summary>A member confirms their group's endorsement, given to an earlier version, for the current one.</summary>
    public async Task<AmendmentOutcome> ConfirmEndorsementAsync(int recommendationId, ParticipantGroup group, AuditContext who, CancellationToken ct = default)
    {
        var recommendation = await db.Recommendations.AsTracking().Include(r => r.Endorsements).SingleOrDefaultAsync(r => r.Id == recommendationId, ct);
        if (recommendation is null)
        {
            return AmendmentOutcome.NotFound;
        }
        if (!recommendation.IsEndorsedBy(group) || recommendation.IsEndorsedInCurrentVersionBy(group))
        {
            return AmendmentOutcome.NothingToConfirm;
        }
        recommendation.ConfirmEndorsement(group, who.UserId!, clock.GetUtcNow().UtcDateTime);
        audit.Add(AuditEvents.RecommendationEndorsementConfirmed, who, nameof(Recommendation), AuditLog.EntityKey(recommendationId),
            $"{group}; version {recommendation.CurrentVersion}{(recommendation.IsJoint ? "; joint" : "")}");
        await db.SaveChangesAsync(ct);
        return AmendmentOutcome.Confirmed;
    }

    /// <summary>Open and decided amendments (open first, each open one with its word diff) and the version history, newest first.</summary>
    public async Task<(IReadOnlyList<AmendmentView> Amendments, IReadOnlyList<VersionView> Versions)> HistoryAsync(int recommendationId, string currentText, CancellationToken ct = default)
    {
        var amendments = await db.RecommendationAmendments.Where(a => a.RecommendationId == recommendationId).OrderByDescending(a => a.ProposedAtUtc).ThenByDescending(a => a.Id).ToListAsync(ct);
        var versions = await db.RecommendationVersions.Where(v => v.RecommendationId == recommendationId).OrderByDescending(v => v.Number).ToListAsync(ct);
        var userIds = amendments.SelectMany(a => new[] { a.ProposedById, a.DecidedById }).Concat(versions.Select(v => v.AuthorId)).OfType<string>().Distinct().ToList();
        var names = userIds.Count == 0 ? [] : await db.Users.Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        string Name(string? userId) => userId is null ? "—" : names.GetValueOrDefault(userId, "—");
        var current = versions.Count == 0 ? 1 : versions[0].Number;
        var textOf = versions.ToDictionary(v => v.Number, v => v.Text);
        var amendmentViews = amendments
            .OrderBy(a => a.State == AmendmentState.Open ? 0 : 1)
            .Select(a => new AmendmentView(a.Id, Name(a.ProposedById), a.ProposedText, a.Explanation, a.BasedOnVersion, a.ProposedAtUtc, a.State,
                a.DecidedById is null ? null : Name(a.DecidedById), a.DecidedAtUtc, a.DecisionReason, a.State == AmendmentState.Open && a.BasedOnVersion != current,
                a.State == AmendmentState.Open ? WordDiff.Compare(textOf.GetValueOrDefault(a.BasedOnVersion, currentText), a.ProposedText) : []))
            .ToList();
        var byId = amendments.ToDictionary(a => a.Id);
        var versionViews = versions
            .Select(v => new VersionView(v.Number, v.AtUtc, Name(v.AuthorId), v.AmendmentId,
                v.AmendmentId is int id && byId.TryGetValue(id, out var a) ? Name(a.ProposedById) : null))
            .ToList();
        return (amendmentViews, versionViews);
    }
}
