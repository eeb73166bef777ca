using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using MirpsPractices.Core.Auditing;
using MirpsPractices.Core.Data;
using MirpsPractices.Core.Domain;

namespace MirpsPractices.Core.Features.Account;

public sealed record PersonalDataExport(
    DateTime ExportedAtUtc,
    PersonalProfile Profile,
    IReadOnlyList<PersonalRecord> Practices,
    IReadOnlyList<PersonalRecord> Recommendations,
    IReadOnlyList<PersonalRecord> Commitments,
    IReadOnlyList<PersonalEvent> SecurityEvents);

public sealed record PersonalProfile(
    string Id, string DisplayName, string? Email, bool EmailConfirmed, string? Organisation, IReadOnlyList<string> Roles,
    bool TwoFactorEnabled, DateTime CreatedAtUtc, string PreferredLanguage);

public sealed record PersonalRecord(int Id, string Title, string? State, DateTime CreatedAtUtc);

public sealed record PersonalEvent(DateTime AtUtc, string EventType, string? IpAddress);

/// <summary>
/// A user's own data: the download of everything the portal holds about them, and the deletion of their account.
/// Deletion anonymises the account instead of removing the row: practices, commitments and the moderation trail keep their
/// author reference (foreign keys stay valid) but no longer point to a person.
/// </summary>
public sealed class PersonalData(AppDbContext db, UserManager<ApplicationUser> users, AuditLog audit, TimeProvider clock)
{
    public const string DeletedDisplayName = "Cuenta eliminada";

    /// <summary>The account page's profile: one query for the user and organisation, one for the roles.</summary>
    public async Task<PersonalProfile?> ProfileAsync(string userId, CancellationToken cancellationToken)
    {
        var user = await db.Users.Include(u => u.Organisation).SingleOrDefaultAsync(u => u.Id == userId, cancellationToken);
        if (user is null)
        {
            return null;
        }
        var roles = await users.GetRolesAsync(user);
        return new PersonalProfile(user.Id, user.DisplayName, user.Email, user.EmailConfirmed, user.Organisation?.Name, roles.ToList(), user.TwoFactorEnabled, user.CreatedAtUtc, user.PreferredLanguage);
    }

    /// <summary>The language of the portal's e-mails to this person; false for an unknown language or account.</summary>
    public async Task<bool> SetPreferredLanguageAsync(string userId, string language, CancellationToken cancellationToken)
    {
        if (!RecordLanguages.All.Contains(language))
        {
            return false;
        }
        // A new concurrency stamp, so an Identity update from a user object read before this one fails instead of undoing it.
        var stamp = Guid.NewGuid().ToString();
        return await db.Users.Where(u => u.Id == userId)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.PreferredLanguage, language).SetProperty(u => u.ConcurrencyStamp, stamp), cancellationToken) == 1;
    }

    public async Task<PersonalDataExport?> ExportAsync(string userId, CancellationToken cancellationToken)
    {
        if (await ProfileAsync(userId, cancellationToken) is not { } profile)
        {
            return null;
        }
        var practices = await db.Practices.Where(p => p.SubmitterId == userId).OrderBy(p => p.Id)
            .Select(p => new { p.Id, p.Title, p.State, p.CreatedAtUtc }).ToListAsync(cancellationToken);
        var recommendations = await db.Recommendations.Where(r => r.CreatedById == userId).OrderBy(r => r.Id)
            .Select(r => new PersonalRecord(r.Id, r.Title, null, r.CreatedAtUtc)).ToListAsync(cancellationToken);
        var commitments = await db.Commitments.Where(c => c.CreatedById == userId).OrderBy(c => c.Id)
            .Select(c => new { c.Id, c.Title, c.Status, c.CreatedAtUtc }).ToListAsync(cancellationToken);
        var events = await db.AuditLog.Where(a => a.UserId == userId).OrderByDescending(a => a.Id).Take(1000)
            .Select(a => new PersonalEvent(a.AtUtc, a.EventType, a.IpAddress)).ToListAsync(cancellationToken);
        return new PersonalDataExport(
            clock.GetUtcNow().UtcDateTime,
            profile,
            practices.Select(p => new PersonalRecord(p.Id, p.Title, p.State.ToString(), p.CreatedAtUtc)).ToList(),
            recommendations,
            commitments.Select(c => new PersonalRecord(c.Id, c.Title, c.Status.ToString(), c.CreatedAtUtc)).ToList(),
            events);
    }

    /// <summary>Anonymises the account: no name, e-mail, password, roles, organisation, authenticator or recovery codes remain.</summary>
    public async Task DeleteAsync(string userId, AuditContext who, CancellationToken cancellationToken)
    {
        var user = await db.Users.AsTracking().SingleAsync(u => u.Id == userId, cancellationToken);
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            user.DisplayName = DeletedDisplayName;
            user.UserName = $"deleted-{user.Id}";
            user.NormalizedUserName = user.UserName.ToUpperInvariant();
            user.Email = null;
            user.NormalizedEmail = null;
            user.EmailConfirmed = false;
            user.PhoneNumber = null;
            user.PasswordHash = null;
            user.TwoFactorEnabled = false;
            user.OrganisationId = null;
            user.IsDeactivated = true;
            user.LockoutEnabled = true;
            user.LockoutEnd = DateTimeOffset.MaxValue;
            // A new stamp ends every open session of the account.
            user.SecurityStamp = Guid.NewGuid().ToString("N");
            user.ConcurrencyStamp = Guid.NewGuid().ToString();
            await db.UserRoles.Where(r => r.UserId == userId).ExecuteDeleteAsync(cancellationToken);
            await db.UserClaims.Where(c => c.UserId == userId).ExecuteDeleteAsync(cancellationToken);
            await db.UserLogins.Where(l => l.UserId == userId).ExecuteDeleteAsync(cancellationToken);
            // Authenticator key and recovery codes.
            await db.UserTokens.Where(t => t.UserId == userId).ExecuteDeleteAsync(cancellationToken);
            // The audit trail keeps its events (the account id), without the e-mail address they were recorded with.
            await db.AuditLog.Where(a => a.UserId == userId)
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.UserName, (string?)null), cancellationToken);
            audit.Add(AuditEvents.AccountDeleted, who with { UserName = null }, nameof(ApplicationUser), userId);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        });
    }
}
