using Microsoft.EntityFrameworkCore;
using MirpsPractices.Core.Data;
using MirpsPractices.Core.Domain;

namespace MirpsPractices.Core.Features.Administration;

public sealed record AdminFigures(int Users, int Invited, int LockedOut, int Deactivated, int PendingOrganisations, int AuthorizationFailuresLastDay);

public sealed record AuditEntry(long Id, DateTime AtUtc, string EventType, string? UserId, string? UserName, string? IpAddress, string? EntityType, string? EntityId, string? Details);

public sealed record AuditPage(IReadOnlyList<AuditEntry> Entries, int Page, int PageSize, int Total, IReadOnlyList<string> EventTypes);

/// <summary>Read side of the administration: dashboard figures, the audit log and the reference countries.</summary>
public sealed class AdministrationQueries(AppDbContext db, TimeProvider clock)
{
    public const int AuditPageSize = 50;

    public async Task<AdminFigures> GetFiguresAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var dayAgo = now.UtcDateTime.AddDays(-1);
        var users = await db.Users.CountAsync(u => !u.IsDeactivated, cancellationToken);
        var invited = await db.Users.CountAsync(u => !u.IsDeactivated && u.PasswordHash == null, cancellationToken);
        // LockoutEnd is a DateTimeOffset, which SQLite can't compare in SQL: the few locked rows are compared here.
        var lockoutEnds = await db.Users.Where(u => u.LockoutEnd != null && !u.IsDeactivated).Select(u => u.LockoutEnd).ToListAsync(cancellationToken);
        var deactivated = await db.Users.CountAsync(u => u.IsDeactivated, cancellationToken);
        var pending = await db.Organisations.CountAsync(o => !o.IsApproved && o.MergedIntoId == null, cancellationToken);
        var failures = await db.AuditLog.CountAsync(a => a.EventType == Auditing.AuditEvents.AuthorizationFailed && a.AtUtc >= dayAgo, cancellationToken);
        return new AdminFigures(users, invited, lockoutEnds.Count(e => e > now), deactivated, pending, failures);
    }

    public async Task<AuditPage> GetAuditAsync(string? eventType, int page, CancellationToken cancellationToken)
    {
        var query = db.AuditLog.AsQueryable();
        if (!string.IsNullOrWhiteSpace(eventType))
        {
            query = query.Where(a => a.EventType == eventType);
        }
        var total = await query.CountAsync(cancellationToken);
        // A page past the end shows the last one; a huge number in the URL must not overflow the offset.
        page = Math.Clamp(page, 1, Math.Max(1, (total + AuditPageSize - 1) / AuditPageSize));
        var entries = await query
            .OrderByDescending(a => a.Id)
            .Skip((page - 1) * AuditPageSize)
            .Take(AuditPageSize)
            .Select(a => new AuditEntry(a.Id, a.AtUtc, a.EventType, a.UserId, a.UserName, a.IpAddress, a.EntityType, a.EntityId, a.Details))
            .ToListAsync(cancellationToken);
        var types = await db.AuditLog.Select(a => a.EventType).Distinct().OrderBy(t => t).ToListAsync(cancellationToken);
        return new AuditPage(entries, page, AuditPageSize, total, types);
    }

    /// <summary>The newest entries for the dashboard, without the count and event types of the audit page.</summary>
    public async Task<IReadOnlyList<AuditEntry>> RecentAuditAsync(int count, CancellationToken cancellationToken) =>
        await db.AuditLog
            .OrderByDescending(a => a.Id)
            .Take(count)
            .Select(a => new AuditEntry(a.Id, a.AtUtc, a.EventType, a.UserId, a.UserName, a.IpAddress, a.EntityType, a.EntityId, a.Details))
            .ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<string>> CountryCodesAsync(CancellationToken cancellationToken) =>
        await db.Countries.OrderBy(c => c.SortOrder).Select(c => c.Code).ToListAsync(cancellationToken);
}
