using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using MirpsPractices.Core.Auditing;
using MirpsPractices.Core.Catalogue;
using MirpsPractices.Core.Data;
using MirpsPractices.Core.Domain;
using MirpsPractices.Core.Features.Workspace;

namespace MirpsPractices.Core.Features.Reuse;

/// <summary>The other end of a pathway as a practice page shows it: a published practice, or a place a commitment reached.</summary>
public sealed record PathwayEnd(int? PracticeId, string? Slug, string? Title, string? Language, IReadOnlyList<string> CountryCodes, string? Locality);

public sealed record PathwayView(int Id, PathwayKind Kind, PathwayState State, PathwayEnd From, PathwayEnd To, int? CommitmentId, string? Note, DateTime ProposedAtUtc);

/// <summary>Where a practice came from (confirmed pathways into it) and where it went (confirmed pathways out of it).</summary>
public sealed record PracticePathways(IReadOnlyList<PathwayView> CameFrom, IReadOnlyList<PathwayView> WentTo)
{
    public bool IsEmpty => CameFrom.Count == 0 && WentTo.Count == 0;
}

public enum PathwayOutcome
{
    Done,
    NotFound,
    Invalid,
    Duplicate,
    AlreadyReviewed,
}

/// <summary>Replication pathways (issue 13, item 2): proposed by a practice's submitter, confirmed or rejected by a moderator.</summary>
public sealed class PathwayService(AppDbContext db, AuditLog audit, IPublicCatalogueCache publicPages, TimeProvider clock, ILogger<PathwayService> logger)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>The submitter of <paramref name="toPracticeId"/> says it came from the published <paramref name="fromPracticeId"/>.</summary>
    public async Task<PathwayOutcome> ProposeAsync(int toPracticeId, int fromPracticeId, PathwayKind kind, string? note, AuditContext who, CancellationToken ct)
    {
        if (toPracticeId == fromPracticeId || who.UserId is null)
        {
            return PathwayOutcome.Invalid;
        }
        if ((await db.PublishedPracticeIdsAsync([fromPracticeId], ct)).Count == 0)
        {
            return PathwayOutcome.Invalid;
        }
        if (await db.ReplicationPathways.AnyAsync(p => p.FromPracticeId == fromPracticeId && p.ToPracticeId == toPracticeId && p.State != PathwayState.Rejected, ct))
        {
            return PathwayOutcome.Duplicate;
        }
        var pathway = ReplicationPathway.Propose(fromPracticeId, toPracticeId, kind, note, who.UserId, Now);
        db.ReplicationPathways.Add(pathway);
        await db.SaveChangesAsync(ct);
        audit.Add(AuditEvents.PathwayProposed, who, nameof(ReplicationPathway), AuditLog.EntityKey(pathway.Id), $"{fromPracticeId} → {toPracticeId} ({kind})");
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Pathway {PathwayId} proposed from practice {FromPracticeId} to {ToPracticeId}", pathway.Id, fromPracticeId, toPracticeId);
        return PathwayOutcome.Done;
    }

    public Task<PathwayOutcome> ConfirmAsync(int id, AuditContext who, CancellationToken ct) => ReviewAsync(id, confirm: true, who, ct);

    public Task<PathwayOutcome> RejectAsync(int id, AuditContext who, CancellationToken ct) => ReviewAsync(id, confirm: false, who, ct);

    private async Task<PathwayOutcome> ReviewAsync(int id, bool confirm, AuditContext who, CancellationToken ct)
    {
        var pathway = await db.ReplicationPathways.AsTracking().SingleOrDefaultAsync(p => p.Id == id, ct);
        if (pathway is null || who.UserId is null)
        {
            return PathwayOutcome.NotFound;
        }
        if (pathway.State != PathwayState.Proposed)
        {
            return PathwayOutcome.AlreadyReviewed;
        }
        if (confirm)
        {
            pathway.Confirm(who.UserId, Now);
        }
        else
        {
            pathway.Reject(who.UserId, Now);
        }
        audit.Add(confirm ? AuditEvents.PathwayConfirmed : AuditEvents.PathwayRejected, who, nameof(ReplicationPathway), AuditLog.EntityKey(id),
            $"{pathway.FromPracticeId} → {pathway.ToPracticeId} ({pathway.Kind})");
        await db.SaveChangesAsync(ct);
        if (confirm)
        {
            // Both practice pages and the public pathways page show it now.
            await publicPages.EvictPagesAsync(ct);
        }
        logger.LogInformation("Pathway {PathwayId} {State} by {UserId}", id, pathway.State, who.UserId);
        return PathwayOutcome.Done;
    }

    /// <summary>
    /// Called when a commitment is saved: a fulfilled replication commitment gets its confirmed pathway (once). Adds to the
    /// context without saving, so it is saved with the commitment.
    /// </summary>
    public static async Task RecordIfFulfilledAsync(AppDbContext db, AuditLog audit, Commitment commitment, AuditContext who, DateTime nowUtc, CancellationToken ct)
    {
        if (commitment.Kind != CommitmentKind.ReplicatePractice || commitment.ReplicatedPracticeId is null || commitment.Status != CommitmentStatus.Fulfilled)
        {
            return;
        }
        if (commitment.Id != 0 && await db.ReplicationPathways.AnyAsync(p => p.CommitmentId == commitment.Id, ct))
        {
            return;
        }
        var pathway = ReplicationPathway.FromFulfilledCommitment(commitment, nowUtc, who.UserId);
        db.ReplicationPathways.Add(pathway);
        audit.Add(AuditEvents.PathwayRecorded, who, nameof(Commitment), AuditLog.EntityKey(commitment.Id), $"{pathway.FromPracticeId} → {pathway.ToPracticeId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? pathway.TargetCountryCode}");
    }

    /// <summary>Confirmed pathways into and out of a practice, the other end published (or a place).</summary>
    public async Task<PracticePathways> ForPracticeAsync(int practiceId, CancellationToken ct)
    {
        var all = await ViewsAsync(db.ReplicationPathways.Where(p => p.State == PathwayState.Confirmed && (p.FromPracticeId == practiceId || p.ToPracticeId == practiceId)), ct);
        return new PracticePathways(
            all.Where(p => p.To.PracticeId == practiceId && p.From.PracticeId is not null).ToList(),
            all.Where(p => p.From.PracticeId == practiceId).ToList());
    }

    /// <summary>Every pathway a practice's submitter proposed for it, in any state (their own practice page).</summary>
    public Task<IReadOnlyList<PathwayView>> ProposedForAsync(int practiceId, CancellationToken ct) =>
        ViewsAsync(db.ReplicationPathways.Where(p => p.ToPracticeId == practiceId), ct, publicOnly: false);

    /// <summary>Pathways waiting for a moderator.</summary>
    public Task<IReadOnlyList<PathwayView>> PendingAsync(CancellationToken ct) =>
        ViewsAsync(db.ReplicationPathways.Where(p => p.State == PathwayState.Proposed), ct, publicOnly: false);

    /// <summary>Every confirmed pathway whose ends are public (the public pathways page and map).</summary>
    public Task<IReadOnlyList<PathwayView>> ConfirmedAsync(CancellationToken ct) =>
        ViewsAsync(db.ReplicationPathways.Where(p => p.State == PathwayState.Confirmed), ct);

    private static async Task<IReadOnlyList<PathwayView>> ViewsAsync(IQueryable<ReplicationPathway> pathways, CancellationToken ct, bool publicOnly = true)
    {
        var rows = await pathways
            .OrderByDescending(p => p.ProposedAtUtc).ThenByDescending(p => p.Id)
            .Select(p => new
            {
                p.Id, p.Kind, p.State, p.CommitmentId, p.Note, p.ProposedAtUtc, p.TargetCountryCode, p.TargetLocality,
                From = new { p.FromPractice!.Id, p.FromPractice.Slug, p.FromPractice.Title, p.FromPractice.Language, p.FromPractice.Locality, Public = p.FromPractice.State == PracticeState.Published && p.FromPractice.RevisionOfId == null, Countries = p.FromPractice.Countries.Select(c => c.CountryCode).ToList() },
                To = p.ToPractice == null ? null : new { p.ToPractice.Id, p.ToPractice.Slug, p.ToPractice.Title, p.ToPractice.Language, p.ToPractice.Locality, Public = p.ToPractice.State == PracticeState.Published && p.ToPractice.RevisionOfId == null, Countries = p.ToPractice.Countries.Select(c => c.CountryCode).ToList() },
            })
            .AsSplitQuery()
            .ToListAsync(ct);
        return rows
            .Where(r => !publicOnly || (r.From.Public && (r.To is null || r.To.Public)))
            .Select(r => new PathwayView(
                r.Id, r.Kind, r.State,
                new PathwayEnd(r.From.Id, r.From.Slug, r.From.Title, r.From.Language, r.From.Countries.OrderBy(Country.MirpsOrder).ToList(), r.From.Locality),
                r.To is null
                    ? new PathwayEnd(null, null, null, null, r.TargetCountryCode is null ? [] : [r.TargetCountryCode], r.TargetLocality)
                    : new PathwayEnd(r.To.Id, r.To.Slug, r.To.Title, r.To.Language, r.To.Countries.OrderBy(Country.MirpsOrder).ToList(), r.To.Locality),
                r.CommitmentId, r.Note, r.ProposedAtUtc))
            .ToList();
    }
}
