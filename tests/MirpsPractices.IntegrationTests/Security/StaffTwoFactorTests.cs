using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using MirpsPractices.Core.Auditing;
using MirpsPractices.Core.Domain;
using MirpsPractices.IntegrationTests.Infrastructure;

namespace MirpsPractices.IntegrationTests.Security;

public sealed partial class StaffTwoFactorTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData(Roles.Moderator, "/account/manage")]
    [InlineData(Roles.Administrator, "/admin")]
    public async Task Staff_without_two_factor_can_reach_nothing_but_the_set_up_until_it_is_done(string role, string page)
    {
        var email = $"new.{role.ToLowerInvariant()}@example.org";
        var userId = await factory.CreateUserAsync(email, role);
        var client = await factory.SignedInClientAsync(email);

        foreach (var url in new[] { "/", page, "/account/change-password" })
        {
            var blocked = await client.GetAsync(url);
            Assert.True(blocked.IsRedirectTo("/account/two-factor"), $"{url}: {(int)blocked.StatusCode} {blocked.Headers.Location}");
        }
        var setup = await client.GetStringAsync("/account/two-factor");
        var key = KeyPattern().Match(setup).Groups[1].Value.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        Assert.Contains("otpauth://totp/", setup);

        var wrong = await client.PostWithTokenAsync("/account/two-factor/enable", [new("Code", "000000")], "/account/two-factor");
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.True((await client.GetAsync(page)).IsRedirectTo("/account/two-factor"));

        var enabled = await client.PostWithTokenAsync("/account/two-factor/enable", [new("Code", TestClientExtensions.TotpCode(key))], "/account/two-factor");
        var codes = await enabled.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, enabled.StatusCode);
        Assert.Equal(10, RecoveryCodePattern().Count(codes));

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(page)).StatusCode);
        Assert.True(await factory.WithDbAsync(db => db.Users.Where(u => u.Id == userId).Select(u => u.TwoFactorEnabled).SingleAsync()));
        Assert.True(await factory.WithDbAsync(db => db.AuditLog.AnyAsync(a => a.UserId == userId && a.EventType == AuditEvents.TwoFactorEnabled)));

        // From now on the password alone is not enough.
        var again = factory.CreateBrowserLikeClient();
        var passwordOnly = await again.SignInWithEmailAsync(email, SecurityTestSupport.Password, authenticatorKey: null);
        Assert.True(passwordOnly.IsRedirectTo("/account/signin-2fa"));
        Assert.True((await again.GetAsync(page)).IsRedirectTo("/account/signin"));
        var withCode = await again.SignInWithEmailAsync(email, SecurityTestSupport.Password, authenticatorKey: key);
        Assert.True(withCode.IsRedirectTo("/"));
    }

    [Fact]
    public async Task A_participant_may_use_two_factor_but_is_not_forced_to()
    {
        var email = "participant.optional@example.org";
        await factory.CreateUserAsync(email, Roles.RefugeeLed);
        var client = await factory.SignedInClientAsync(email);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account/manage")).StatusCode);
    }

    [GeneratedRegex("<kbd id=\"shared-key\">([a-z0-9 ]+)</kbd>")]
    private static partial Regex KeyPattern();

    [GeneratedRegex("<li><code>[0-9A-Z]{5}-[0-9A-Z]{5}</code></li>")]
    private static partial Regex RecoveryCodePattern();
}
