using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using MirpsPractices.Core.Auditing;
using MirpsPractices.Core.Data;
using MirpsPractices.Core.Domain;

namespace MirpsPractices.Core.Features.Administration;

public enum UserStatus
{
    Active,
    Invited,
    LockedOut,
    Deactivated,
}

public sealed record UserListItem(string Id, string DisplayName, string? Email, string? OrganisationName, IReadOnlyList<string> Roles, UserStatus Status, bool TwoFactorEnabled);

public sealed record UserDetails(
    string Id, string DisplayName, string? Email, int? OrganisationId, string? OrganisationName, IReadOnlyList<string> Roles,
    UserStatus Status, bool TwoFactorEnabled, int AccessFailedCount, DateTimeOffset? LockoutEndUtc, DateTime CreatedAtUtc,
    string PreferredLanguage);

public sealed record OrganisationOption(int Id, string Name, string? Acronym);

/// <param name="PreferredLanguage">The language of the invitation and of later e-mails (<see cref="RecordLanguages"/>).</param>
public sealed record InviteUser(string Email, string DisplayName, IReadOnlyList<string> Roles, int? OrganisationId, string PreferredLanguage);

/// <summary>The outcome of an invitation: the new account and the single-use token for its set-password link.</summary>
public sealed record InvitationResult(bool Succeeded, string? UserId, string? Token, IReadOnlyList<IdentityError> Errors);

public enum AdminActionResult
{
    Done,
    NotFound,
    NotAllowedOnOwnAccount,
    NotApplicable,
    Failed,
}

/// <summary>Names of the token provider and purpose behind invitation links (registered in the web host).</summary>
public static class InvitationTokens
{
    public const string Provider = "Invitation";
    public const string Purpose = "SetInitialPassword";
}

/// <summary>
/// Administrators' work on accounts: invite, assign roles and organisation, lock, unlock, deactivate.
/// Every change that affects what a user may do renews the security stamp, so open sessions pick it up (or end) within a minute.
/// </summary>
public sealed class UserAdministration(AppDbContext db, UserManager<ApplicationUser> users, AuditLog audit, TimeProvider clock)
{
    public async Task<IReadOnlyList<UserListItem>> ListAsync(string? search, CancellationToken cancellationToken)
    {
        var query = db.Users.AsQueryable();
        if (!string.IsNullOrWhiteSpace(search))
        {
            // The normalized e-mail column and LIKE (case-insensitive for ASCII on SQLite, by collation on SQL Server) make the
            // search case-insensitive: "maria" finds "Maria Pérez". Contains() on the name was case-sensitive on SQLite.
            var normalized = search.Trim().ToUpperInvariant();
            var pattern = "%" + search.Trim().Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
            query = query.Where(u => u.NormalizedEmail!.Contains(normalized) || EF.Functions.Like(u.DisplayName, pattern, "\\"));
        }
        var rows = await query
            .OrderBy(u => u.DisplayName)
            .Select(u => new
            {
                u.Id, u.DisplayName, u.Email, u.IsDeactivated, u.LockoutEnd, u.PasswordHash, u.TwoFactorEnabled,
                OrganisationName = u.Organisation != null ? u.Organisation.Name : null,
            })
            .Take(500)
            .ToListAsync(cancellationToken);
        var roles = await RolesByUserAsync(rows.Select(r => r.Id).ToList(), cancellationToken);
        var now = clock.GetUtcNow();
        return rows.Select(r => new UserListItem(
            r.Id, r.DisplayName, r.Email, r.OrganisationName, roles.GetValueOrDefault(r.Id, []),
            StatusOf(r.IsDeactivated, r.LockoutEnd, r.PasswordHash, now), r.TwoFactorEnabled)).ToList();
    }

    public async Task<UserDetails?> GetAsync(string userId, CancellationToken cancellationToken)
    {
        var user = await db.Users.Include(u => u.Organisation).SingleOrDefaultAsync(u => u.Id == userId, cancellationToken);
        if (user is null)
        {
            return null;
        }
        var roles = await RolesByUserAsync([user.Id], cancellationToken);
        return new UserDetails(
            user.Id, user.DisplayName, user.Email, user.OrganisationId, user.Organisation?.Name, roles.GetValueOrDefault(user.Id, []),
            StatusOf(user.IsDeactivated, user.LockoutEnd, user.PasswordHash, clock.GetUtcNow()), user.TwoFactorEnabled,
            user.AccessFailedCount, user.LockoutEnd, user.CreatedAtUtc, user.PreferredLanguage);
    }

    public async Task<IReadOnlyList<OrganisationOption>> OrganisationOptionsAsync(CancellationToken cancellationToken) =>
        await db.Organisations
            .Where(o => o.MergedIntoId == null)
            .OrderBy(o => o.Name)
            .Select(o => new OrganisationOption(o.Id, o.Name, o.Acronym))
            .ToListAsync(cancellationToken);

    public async Task<InvitationResult> InviteAsync(InviteUser invite, AuditContext who, CancellationToken cancellationToken)
    {
        var roles = invite.Roles.Where(Roles.All.Contains).Distinct().ToList();
        if (invite.OrganisationId is { } organisationId && !await OrganisationExistsAsync(organisationId, cancellationToken))
        {
            return new InvitationResult(false, null, null, [new IdentityError { Code = "UnknownOrganisation" }]);
        }
        // One transaction: an account is never left half made (created, but without its roles).
        return await InTransactionAsync(async () =>
        {
            var user = new ApplicationUser
            {
                UserName = invite.Email.Trim(),
                Email = invite.Email.Trim(),
                DisplayName = invite.DisplayName.Trim(),
                OrganisationId = invite.OrganisationId,
                CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
                PreferredLanguage = RecordLanguages.All.Contains(invite.PreferredLanguage) ? invite.PreferredLanguage : RecordLanguages.Spanish,
            };
            // No password: the account can't be used until the invitee sets one through the link.
            var created = await users.CreateAsync(user);
            if (!created.Succeeded)
            {
                return (false, new InvitationResult(false, null, null, created.Errors.ToList()));
            }
            if (roles.Count > 0)
            {
                var added = await users.AddToRolesAsync(user, roles);
                if (!added.Succeeded)
                {
                    return (false, new InvitationResult(false, null, null, added.Errors.ToList()));
                }
            }
            var token = await users.GenerateUserTokenAsync(user, InvitationTokens.Provider, InvitationTokens.Purpose);
            await audit.RecordAsync(AuditEvents.InvitationSent, who, nameof(ApplicationUser), user.Id, $"roles: {string.Join(", ", roles)}", cancellationToken);
            return (true, new InvitationResult(true, user.Id, token, []));
        }, cancellationToken);
    }

    /// <summary>
    /// Runs <paramref name="work"/> in a transaction (inside the provider's execution strategy, so SQL Server retries stay
    /// possible) and commits only when it says so; otherwise everything it wrote is rolled back.
    /// </summary>
    private async Task<T> InTransactionAsync<T>(Func<Task<(bool Commit, T Result)>> work, CancellationToken cancellationToken) =>
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var (commit, result) = await work();
            if (commit)
            {
                await transaction.CommitAsync(cancellationToken);
            }
            else
            {
                await transaction.RollbackAsync(cancellationToken);
                db.ChangeTracker.Clear();
            }
            return result;
        });

    /// <summary>A new link for someone who has not yet set a password; the previous link stops working.</summary>
    public async Task<InvitationResult> ReinviteAsync(string userId, AuditContext who, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null || user.PasswordHash is not null || user.IsDeactivated)
        {
            return new InvitationResult(false, null, null, []);
        }
        await users.UpdateSecurityStampAsync(user);
        var token = await users.GenerateUserTokenAsync(user, InvitationTokens.Provider, InvitationTokens.Purpose);
        await audit.RecordAsync(AuditEvents.InvitationSent, who, nameof(ApplicationUser), user.Id, "again", cancellationToken);
        return new InvitationResult(true, user.Id, token, []);
    }

    public async Task<AdminActionResult> UpdateAccessAsync(string userId, IReadOnlyList<string> roles, int? organisationId, AuditContext who, CancellationToken cancellationToken)
    {
        // One transaction: roles, organisation and stamp change together or not at all.
        return await InTransactionAsync(async () =>
        {
            var user = await users.FindByIdAsync(userId);
            if (user is null)
            {
                return (false, AdminActionResult.NotFound);
            }
            if (organisationId is { } id && !await OrganisationExistsAsync(id, cancellationToken))
            {
                return (false, AdminActionResult.NotApplicable);
            }
            var wanted = roles.Where(Roles.All.Contains).Distinct().ToList();
            var current = await users.GetRolesAsync(user);
            var toAdd = wanted.Except(current).ToList();
            var toRemove = current.Except(wanted).ToList();
            // An administrator can't take away their own administration rights: the last one would lock everybody out.
            if (user.Id == who.UserId && toRemove.Contains(Roles.Administrator))
            {
                return (false, AdminActionResult.NotAllowedOnOwnAccount);
            }
            if (toRemove.Count > 0 && !(await users.RemoveFromRolesAsync(user, toRemove)).Succeeded)
            {
                return (false, AdminActionResult.Failed);
            }
            if (toAdd.Count > 0 && !(await users.AddToRolesAsync(user, toAdd)).Succeeded)
            {
                return (false, AdminActionResult.Failed);
            }
            var organisationChanged = user.OrganisationId != organisationId;
            user.OrganisationId = organisationId;
            // The new roles reach the user's open sessions at the next stamp validation (within a minute).
            await users.UpdateSecurityStampAsync(user);
            if (toAdd.Count > 0 || toRemove.Count > 0)
            {
                audit.Add(AuditEvents.RoleChanged, who, nameof(ApplicationUser), user.Id,
                    $"added: {string.Join(", ", toAdd)}; removed: {string.Join(", ", toRemove)}");
            }
            if (organisationChanged)
            {
                audit.Add(AuditEvents.UserOrganisationChanged, who, nameof(ApplicationUser), user.Id, $"organisation: {organisationId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"}");
            }
            await db.SaveChangesAsync(cancellationToken);
            return (true, AdminActionResult.Done);
        }, cancellationToken);
    }

    public Task<AdminActionResult> LockAsync(string userId, AuditContext who, CancellationToken cancellationToken) =>
        ChangeAsync(userId, who, AuditEvents.UserLocked, async user =>
        {
            await users.SetLockoutEnabledAsync(user, true);
            await users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue);
            return true;
        }, cancellationToken);

    public Task<AdminActionResult> UnlockAsync(string userId, AuditContext who, CancellationToken cancellationToken) =>
        ChangeAsync(userId, who, AuditEvents.UserUnlocked, async user =>
        {
            await users.SetLockoutEndDateAsync(user, null);
            await users.ResetAccessFailedCountAsync(user);
            return true;
        }, cancellationToken);

    public Task<AdminActionResult> DeactivateAsync(string userId, AuditContext who, CancellationToken cancellationToken) =>
        ChangeAsync(userId, who, AuditEvents.UserDeactivated, async user =>
        {
            if (user.IsDeactivated)
            {
                return false;
            }
            user.IsDeactivated = true;
            await users.UpdateAsync(user);
            return true;
        }, cancellationToken);

    public Task<AdminActionResult> ReactivateAsync(string userId, AuditContext who, CancellationToken cancellationToken) =>
        ChangeAsync(userId, who, AuditEvents.UserReactivated, async user =>
        {
            if (!user.IsDeactivated || user.Email is null)
            {
                // A deleted (anonymised) account has no e-mail and can't come back.
                return false;
            }
            user.IsDeactivated = false;
            await users.UpdateAsync(user);
            return true;
        }, cancellationToken);

    private async Task<AdminActionResult> ChangeAsync(string userId, AuditContext who, string auditEvent, Func<ApplicationUser, Task<bool>> change, CancellationToken cancellationToken)
    {
        if (userId == who.UserId)
        {
            return AdminActionResult.NotAllowedOnOwnAccount;
        }
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return AdminActionResult.NotFound;
        }
        if (!await change(user))
        {
            return AdminActionResult.NotApplicable;
        }
        // A new stamp ends the user's sessions everywhere within a minute (SecurityStampValidator).
        await users.UpdateSecurityStampAsync(user);
        await audit.RecordAsync(auditEvent, who, nameof(ApplicationUser), user.Id, cancellationToken: cancellationToken);
        return AdminActionResult.Done;
    }

    private Task<bool> OrganisationExistsAsync(int id, CancellationToken cancellationToken) =>
        db.Organisations.AnyAsync(o => o.Id == id && o.MergedIntoId == null, cancellationToken);

    private async Task<Dictionary<string, IReadOnlyList<string>>> RolesByUserAsync(List<string> userIds, CancellationToken cancellationToken)
    {
        var pairs = await db.UserRoles
            .Where(ur => userIds.Contains(ur.UserId))
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
            .ToListAsync(cancellationToken);
        return pairs.GroupBy(p => p.UserId).ToDictionary(
            g => g.Key,
            g => (IReadOnlyList<string>)g.Select(p => p.Name!).OrderBy(n => Roles.All.ToList().IndexOf(n)).ToList());
    }

    private static UserStatus StatusOf(bool deactivated, DateTimeOffset? lockoutEnd, string? passwordHash, DateTimeOffset now) =>
        deactivated ? UserStatus.Deactivated
        : lockoutEnd is { } end && end > now ? UserStatus.LockedOut
        : passwordHash is null ? UserStatus.Invited
        : UserStatus.Active;
}
