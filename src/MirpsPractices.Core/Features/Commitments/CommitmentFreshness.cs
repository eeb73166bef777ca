using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MirpsPractices.Core.Data;
using MirpsPractices.Core.Domain;

namespace MirpsPractices.Core.Features.Commitments;

/// <summary>
/// Which of a page's commitments are flagged "no recent update" (<see cref="Commitment.HasNoRecentUpdate"/>), so every list
/// that shows commitments (the workspace overview, a session, a recommendation, a joint commitment's parts) flags the same ones.
/// </summary>
public sealed class CommitmentFreshness(AppDbContext db, TimeProvider clock, IOptions<CommitmentFollowUpOptions> options)
{
    public async Task<IReadOnlySet<int>> StaleAmongAsync(IEnumerable<int> ids, CancellationToken ct = default)
    {
        var wanted = ids.Distinct().ToList();
        if (wanted.Count == 0)
        {
            return new HashSet<int>();
        }
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var period = Math.Max(1, options.Value.StalePeriodDays);
        var rows = await db.Commitments.Where(c => wanted.Contains(c.Id))
            .Where(c => c.Status != CommitmentStatus.Fulfilled && c.Status != CommitmentStatus.Withdrawn)
            .Select(c => new { c.Id, c.Status, c.CreatedAtUtc, LastNote = c.ProgressNotes.Max(n => (DateOnly?)n.Date) })
            .ToListAsync(ct);
        return rows.Where(r => Commitment.HasNoRecentUpdate(r.Status, r.LastNote, r.CreatedAtUtc, today, period)).Select(r => r.Id).ToHashSet();
    }
}
