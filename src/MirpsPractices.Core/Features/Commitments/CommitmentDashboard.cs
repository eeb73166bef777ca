using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MirpsPractices.Core.Data;
using MirpsPractices.Core.Domain;

namespace MirpsPractices.Core.Features.Commitments;

/// <summary>The public dashboard's filters: a country and a type of organisation (of the commitment's organisations), a stage.</summary>
public sealed record DashboardFilter(string? CountryCode = null, ActorType? ActorType = null, CommitmentStatus? Stage = null);

/// <summary>One commitment on the public dashboard (commitments have no public page of their own).</summary>
public sealed record DashboardItem(
    int Id, string Title, string Organisations, CommitmentStatus Stage, int Percent, DateOnly DueDate, bool IsOverdue, bool NoRecentUpdate, int Parts);

/// <summary>The average percentage complete at the end of a quarter, replayed from the progress notes.</summary>
public sealed record ProgressPoint(int Year, int Quarter, int AveragePercent, int Commitments);

public sealed record DashboardData(
    DashboardFilter Filter,
    int Total,
    IReadOnlyDictionary<CommitmentStatus, int> ByStage,
    IReadOnlyDictionary<string, int> ByCountry,
    IReadOnlyDictionary<ActorType, int> ByActorType,
    IReadOnlyList<ProgressPoint> OverTime,
    IReadOnlyList<DashboardItem> Items);

/// <summary>
/// The public commitments dashboard: the network's commitments (a joint commitment counts once; its parts are not counted
/// again) by stage, by country and by type of their organisations (a commitment counts once for each country or type among
/// its organisations), the average progress at the end of each quarter, and the list; all under the same filters.
/// </summary>
public sealed class CommitmentDashboard(AppDbContext db, TimeProvider clock, IOptions<CommitmentFollowUpOptions> options)
{
    /// <summary>How many quarters the progress chart shows, the current one last.</summary>
    public const int Quarters = 8;

    public async Task<DashboardData> GetAsync(DashboardFilter filter, CancellationToken ct = default)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var period = Math.Max(1, options.Value.StalePeriodDays);
        var query = db.Commitments.Where(c => c.ParentCommitmentId == null);
        if (filter.CountryCode is { } country)
        {
            query = query.Where(c => c.Organisations.Any(o => o.Organisation!.CountryCode == country));
        }
        if (filter.ActorType is { } type)
        {
            query = query.Where(c => c.Organisations.Any(o => o.Organisation!.ActorType == type));
        }
        if (filter.Stage is { } stage)
        {
            query = query.Where(c => c.Status == stage);
        }
        var rows = await query.OrderBy(c => c.DueDate).ThenBy(c => c.Id)
            .Select(c => new
            {
                c.Id, c.Title, c.Status, c.Percent, c.DueDate, c.CreatedAtUtc, c.RollUp,
                LastNote = c.ProgressNotes.Max(n => (DateOnly?)n.Date),
                Organisations = c.Organisations.Select(o => new { Name = o.Organisation!.Acronym ?? o.Organisation.Name, o.Organisation.CountryCode, o.Organisation.ActorType }).ToList(),
            })
            .ToListAsync(ct);
        var ids = rows.Select(r => r.Id).ToList();
        var parts = await db.Commitments.Where(c => c.ParentCommitmentId != null && ids.Contains(c.ParentCommitmentId.Value))
            .Select(c => new { Parent = c.ParentCommitmentId!.Value, c.Id, c.Status, c.Percent, c.Weight, c.CreatedAtUtc })
            .ToListAsync(ct);
        var partsOf = parts.ToLookup(p => p.Parent);

        var items = rows.Select(r => new DashboardItem(
                r.Id, r.Title, string.Join(", ", r.Organisations.Select(o => o.Name).Distinct().Order(StringComparer.Ordinal)), r.Status,
                CommitmentProgress.RollUp(partsOf[r.Id].Select(p => new CommitmentPart(p.Status, p.Percent, p.Weight)), r.RollUp) ?? r.Percent,
                r.DueDate, r.DueDate < today && r.Status is not (CommitmentStatus.Fulfilled or CommitmentStatus.Withdrawn),
                Commitment.HasNoRecentUpdate(r.Status, r.LastNote, r.CreatedAtUtc, today, period), partsOf[r.Id].Count()))
            .ToList();

        // Progress over time: each commitment that reports its own progress (the parts of a joint one, not the joint one)
        // at its last note's percentage on or before the quarter's end, 0 before its first note; withdrawn ones left out.
        var reporting = rows.Where(r => !partsOf[r.Id].Any()).Select(r => (r.Id, r.CreatedAtUtc))
            .Concat(parts.Select(p => (p.Id, p.CreatedAtUtc))).ToList();
        var reportingIds = reporting.Select(r => r.Id).ToList();
        var notes = (await db.Set<CommitmentProgressNote>().Where(n => reportingIds.Contains(n.CommitmentId))
                .Select(n => new { n.CommitmentId, n.Date, n.Id, n.Percent, n.Status }).ToListAsync(ct))
            .ToLookup(n => n.CommitmentId);
        var overTime = new List<ProgressPoint>();
        var (year, quarter) = (today.Year, (today.Month - 1) / 3 + 1);
        for (var i = Quarters - 1; i >= 0; i--)
        {
            var (y, q) = QuarterBack(year, quarter, i);
            var end = new DateOnly(y, q * 3, 1).AddMonths(1).AddDays(-1);
            var percents = reporting.Where(r => DateOnly.FromDateTime(r.CreatedAtUtc) <= end)
                .Select(r => notes[r.Id].Where(n => n.Date <= end).OrderByDescending(n => n.Date).ThenByDescending(n => n.Id).FirstOrDefault())
                .Where(n => n?.Status != CommitmentStatus.Withdrawn)
                .Select(n => n?.Percent ?? 0)
                .ToList();
            overTime.Add(new ProgressPoint(y, q, percents.Count == 0 ? 0 : (int)Math.Round(percents.Average(), MidpointRounding.AwayFromZero), percents.Count));
        }

        return new DashboardData(
            filter,
            rows.Count,
            rows.GroupBy(r => r.Status).ToDictionary(g => g.Key, g => g.Count()),
            rows.SelectMany(r => r.Organisations.Select(o => o.CountryCode).Distinct()).GroupBy(c => c).ToDictionary(g => g.Key, g => g.Count()),
            rows.SelectMany(r => r.Organisations.Select(o => o.ActorType).Distinct()).GroupBy(t => t).ToDictionary(g => g.Key, g => g.Count()),
            overTime,
            items);
    }

    private static (int Year, int Quarter) QuarterBack(int year, int quarter, int back)
    {
        var index = year * 4 + (quarter - 1) - back;
        return (index / 4, index % 4 + 1);
    }
}
