using Microsoft.EntityFrameworkCore;
using MirpsPractices.Core.Data;
using MirpsPractices.Core.Domain;
using MirpsPractices.Core.Features.Commitments;

namespace MirpsPractices.Core.Features.Workspace;

public sealed record PendingEndorsement(int Id, string Title, string Language, int GroupsEndorsed);

public sealed record OverdueCommitment(int Id, string Title, DateOnly DueDate, CommitmentStatus Status);

public sealed record UpcomingSession(int Id, DateOnly Date, string Title, string Language, string? Location);

public sealed record WorkspaceOverview(
    IReadOnlyList<PendingEndorsement> PendingEndorsements,
    IReadOnlyList<OverdueCommitment> OverdueCommitments,
    IReadOnlyList<UpcomingSession> UpcomingSessions,
    int JointRecommendations,
    int OpenCommitments);

/// <summary>The workspace's start page: what waits for me, my group and my organisation.</summary>
public sealed class WorkspaceQueries(AppDbContext db, TimeProvider clock)
{
    public async Task<WorkspaceOverview> GetOverviewAsync(NetworkActor actor, CancellationToken ct = default)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        IReadOnlyList<PendingEndorsement> pending = [];
        if (actor.Group is ParticipantGroup group)
        {
            pending = await db.Recommendations
                // Issue 14: an endorsement given to an earlier version awaits confirmation, so it is still pending.
                .Where(r => r.JointSinceUtc == null && !r.Endorsements.Any(e => e.Group == group && e.Version == r.CurrentVersion))
                .OrderByDescending(r => r.Endorsements.Count(e => e.Version == r.CurrentVersion)).ThenBy(r => r.Title)
                .Select(r => new PendingEndorsement(r.Id, r.Title, r.Language, r.Endorsements.Count(e => e.Version == r.CurrentVersion)))
                .ToListAsync(ct);
        }

        var overdue = db.Commitments.Where(CommitmentService.OverdueOn(today));
        if (!actor.IsModerator)
        {
            var own = actor.OrganisationId ?? -1;
            overdue = overdue.Where(c => c.Organisations.Any(o => o.OrganisationId == own));
        }
        var overdueList = await overdue
            .OrderBy(c => c.DueDate)
            .Select(c => new OverdueCommitment(c.Id, c.Title, c.DueDate, c.Status))
            .ToListAsync(ct);

        var upcoming = await db.Sessions
            .Where(s => s.Date >= today)
            .OrderBy(s => s.Date)
            .Take(5)
            .Select(s => new UpcomingSession(s.Id, s.Date, s.Title, s.Language, s.Location))
            .ToListAsync(ct);

        var joint = await db.Recommendations.CountAsync(r => r.JointSinceUtc != null, ct);
        var open = await db.Commitments.CountAsync(c => c.Status != CommitmentStatus.Fulfilled && c.Status != CommitmentStatus.Withdrawn, ct);
        return new WorkspaceOverview(pending, overdueList, upcoming, joint, open);
    }
}
