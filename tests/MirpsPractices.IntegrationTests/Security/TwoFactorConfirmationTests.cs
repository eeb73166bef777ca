using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MirpsPractices.Core.Auditing;
using MirpsPractices.Core.Domain;
using MirpsPractices.IntegrationTests.Infrastructure;

namespace MirpsPractices.IntegrationTests.Security;

/// <summary>
/// Weakening two-factor authentication (new recovery codes, turning it off, a new app) asks for the current password again,
/// so a session left open on a shared computer is not enough to take the second factor away.
/// </summary>
public sealed class TwoFactorConfirmationTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData("/account/two-factor/reset")]
    [InlineData("/account/two-factor/recovery-codes")]
    public async Task Without_the_right_password_nothing_changes_and_the_page_says_why(string action)
    {
        var email = $"confirm.{action.Split('/')[^1]}@example.org";
        var userId = await factory.CreateUserWithTwoFactorAsync(email, Roles.EmploymentTeam);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            await users.GenerateNewTwoFactorRecoveryCodesAsync((await users.FindByIdAsync(userId))!, 10);
        }
        var before = await StateAsync(userId);
        var client = await SignedInWithSecondStepAsync(email);

        var missing = await client.PostWithTokenAsync(action, [], "/account/two-factor");
        Assert.Equal(HttpStatusCode.OK, missing.StatusCode);
        Assert.Contains("Escriba la contraseña.", await missing.Content.ReadAsStringAsync());

        var wrong = await client.PostWithTokenAsync(action, [new("Password", "not the password at all")], "/account/two-factor");
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("La contraseña actual no es correcta.", await wrong.Content.ReadAsStringAsync());

        var after = await StateAsync(userId);
        Assert.True(after.TwoFactorEnabled);
        Assert.Equal(before.AuthenticatorKey, after.AuthenticatorKey);
        Assert.Equal(before.RecoveryCodes, after.RecoveryCodes);
        Assert.Equal(1, after.AccessFailedCount);
        Assert.False(await factory.WithDbAsync(db => db.AuditLog.AnyAsync(a => a.UserId == userId
            && (a.EventType == AuditEvents.TwoFactorDisabled || a.EventType == AuditEvents.RecoveryCodesGenerated))));

        var confirmed = await client.PostWithTokenAsync(action, [new("Password", SecurityTestSupport.Password)], "/account/two-factor");
        Assert.True(confirmed.StatusCode == HttpStatusCode.OK || confirmed.IsRedirectTo("/account/two-factor"));
        var changed = await StateAsync(userId);
        Assert.True(changed.AuthenticatorKey != before.AuthenticatorKey || changed.RecoveryCodes != before.RecoveryCodes);
        Assert.Equal(0, changed.AccessFailedCount);
    }

    [Fact]
    public async Task Five_wrong_confirmations_lock_the_account_like_five_wrong_sign_ins()
    {
        var email = "confirm.lockout@example.org";
        var userId = await factory.CreateUserWithTwoFactorAsync(email, Roles.EmploymentTeam);
        var client = await SignedInWithSecondStepAsync(email);

        HttpResponseMessage last = null!;
        for (var attempt = 0; attempt < 5; attempt++)
        {
            last = await client.PostWithTokenAsync("/account/two-factor/reset", [new("Password", $"guess number {attempt}")], "/account/two-factor");
        }

        Assert.Contains("su cuenta quedó bloqueada temporalmente", await last.Content.ReadAsStringAsync());
        Assert.True(await factory.WithDbAsync(db => db.Users.Where(u => u.Id == userId).Select(u => u.LockoutEnd).SingleAsync()) > DateTimeOffset.UtcNow);
        Assert.True((await StateAsync(userId)).TwoFactorEnabled);
    }

    private async Task<HttpClient> SignedInWithSecondStepAsync(string email)
    {
        var client = factory.CreateBrowserLikeClient();
        Assert.True((await client.SignInWithEmailAsync(email, SecurityTestSupport.Password)).IsRedirectTo("/"));
        return client;
    }

    private async Task<(bool TwoFactorEnabled, string? AuthenticatorKey, string? RecoveryCodes, int AccessFailedCount)> StateAsync(string userId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = (await users.FindByIdAsync(userId))!;
        return (user.TwoFactorEnabled,
            await users.GetAuthenticatorKeyAsync(user),
            await users.GetAuthenticationTokenAsync(user, "[AspNetUserStore]", "RecoveryCodes"),
            user.AccessFailedCount);
    }
}
