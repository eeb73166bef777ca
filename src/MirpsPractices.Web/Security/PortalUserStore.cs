using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using MirpsPractices.Core.Data;
using MirpsPractices.Core.Domain;

namespace MirpsPractices.Web.Security;

/// <summary>
/// Identity's EF store, with one correction for this app: <see cref="AppDbContext"/> is registered without query tracking,
/// and the base store changes a token it read (authenticator key, recovery codes, the last accepted authenticator step)
/// by setting its value. Untracked, that change was silently lost: "change app" kept the old key and a recovery code could be
/// used again. The token is read tracked here.
/// </summary>
public sealed class PortalUserStore(AppDbContext context, IdentityErrorDescriber? describer = null)
    : UserStore<ApplicationUser, IdentityRole, AppDbContext>(context, describer)
{
    protected override Task<IdentityUserToken<string>?> FindTokenAsync(ApplicationUser user, string loginProvider, string name, CancellationToken cancellationToken) =>
        Context.Set<IdentityUserToken<string>>()
            .AsTracking()
            .SingleOrDefaultAsync(t => t.UserId == user.Id && t.LoginProvider == loginProvider && t.Name == name, cancellationToken);
}
