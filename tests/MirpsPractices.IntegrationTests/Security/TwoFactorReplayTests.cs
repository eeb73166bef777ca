using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MirpsPractices.Core.Auditing;
using MirpsPractices.Core.Domain;
using MirpsPractices.IntegrationTests.Infrastructure;

namespace MirpsPractices.IntegrationTests.Security;

/// <summary>An authenticator code is accepted once per account, at sign-in and when two-factor is turned on.</summary>
public sealed partial class TwoFactorReplayTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Key = PortalFactory.DemoAuthenticatorKey;

    [Fact]
    public async Task A_code_that_signed_in_once_is_refused_the_second_time_and_the_next_code_works()
    {
        var email = "replay.moderator@example.org";
        var userId = await factory.CreateUserWithTwoFactorAsync(email, Roles.Moderator);
        var step = AuthenticatorCodes.CurrentStep(TimeProvider.System);

        // Typed as the app shows it, with a space in the middle.
        var first = factory.CreateBrowserLikeClient();
        Assert.True((await SecondStepAsync(first, email, AuthenticatorCodes.CodeAt(Key, step).Insert(3, " "))).IsRedirectTo("/"));

        // Someone who saw the code (over a shoulder, through a phishing page) tries it while it is still within its window.
        var replay = factory.CreateBrowserLikeClient();
        var refused = await SecondStepAsync(replay, email, AuthenticatorCodes.CodeAt(Key, step));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("no es correcto o ya venció", await refused.Content.ReadAsStringAsync());
        Assert.True((await replay.GetAsync("/account/manage")).IsRedirectTo("/account/signin"));
        Assert.True(await factory.WithDbAsync(db => db.AuditLog.AnyAsync(a => a.UserId == userId && a.EventType == AuditEvents.TwoFactorSignInFailed)));

        // The app's next code works; after it, an older code still inside the drift window does not.
        var next = factory.CreateBrowserLikeClient();
        Assert.True((await SecondStepAsync(next, email, AuthenticatorCodes.CodeAt(Key, step + 1))).IsRedirectTo("/"));
        var replayOfNext = factory.CreateBrowserLikeClient();
        Assert.Equal(HttpStatusCode.OK, (await SecondStepAsync(replayOfNext, email, AuthenticatorCodes.CodeAt(Key, step + 1))).StatusCode);
        var older = factory.CreateBrowserLikeClient();
        Assert.Equal(HttpStatusCode.OK, (await SecondStepAsync(older, email, AuthenticatorCodes.CodeAt(Key, step - 1))).StatusCode);
    }

    [Fact]
    public async Task The_code_that_turned_two_factor_on_cannot_be_used_to_sign_in()
    {
        var email = "replay.admin@example.org";
        await factory.CreateUserAsync(email, Roles.Administrator);
        var client = await factory.SignedInClientAsync(email);
        var setup = await client.GetStringAsync("/account/two-factor");
        var key = KeyPattern().Match(setup).Groups[1].Value.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        var step = AuthenticatorCodes.CurrentStep(TimeProvider.System);
        var code = AuthenticatorCodes.CodeAt(key, step);

        var enabled = await client.PostWithTokenAsync("/account/two-factor/enable", [new("Code", code)], "/account/two-factor");
        Assert.Equal(HttpStatusCode.OK, enabled.StatusCode);
        Assert.Contains("<li><code>", await enabled.Content.ReadAsStringAsync());

        var other = factory.CreateBrowserLikeClient();
        Assert.Equal(HttpStatusCode.OK, (await SecondStepAsync(other, email, code)).StatusCode);
        Assert.True((await SecondStepAsync(other, email, AuthenticatorCodes.CodeAt(key, step + 1))).IsRedirectTo("/"));
    }

    [Fact]
    public async Task Setting_up_a_new_authenticator_accepts_its_first_code_in_the_same_minute()
    {
        var email = "replay.newkey@example.org";
        await factory.CreateUserAsync(email, Roles.Moderator);
        var client = await factory.SignedInClientAsync(email);
        var key = KeyPattern().Match(await client.GetStringAsync("/account/two-factor")).Groups[1].Value.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        var step = AuthenticatorCodes.CurrentStep(TimeProvider.System);
        Assert.Equal(HttpStatusCode.OK, (await client.PostWithTokenAsync("/account/two-factor/enable", [new("Code", AuthenticatorCodes.CodeAt(key, step))], "/account/two-factor")).StatusCode);

        // A new key (the old phone was lost): the old key stops working, and the new key's code for the same step is no replay.
        Assert.True((await client.PostWithTokenAsync("/account/two-factor/reset", [new("Password", SecurityTestSupport.Password)], "/account/two-factor")).IsRedirectTo("/account/two-factor"));
        var newKey = KeyPattern().Match(await client.GetStringAsync("/account/two-factor")).Groups[1].Value.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        Assert.NotEqual(key, newKey);
        var again = await client.PostWithTokenAsync("/account/two-factor/enable", [new("Code", AuthenticatorCodes.CodeAt(newKey, step))], "/account/two-factor");
        Assert.Contains("<li><code>", await again.Content.ReadAsStringAsync());
        var withOldKey = factory.CreateBrowserLikeClient();
        Assert.Equal(HttpStatusCode.OK, (await SecondStepAsync(withOldKey, email, AuthenticatorCodes.CodeAt(key, step + 1))).StatusCode);
    }

    [Fact]
    public async Task A_recovery_code_works_once_and_new_recovery_codes_replace_the_old_ones()
    {
        var email = "replay.recovery@example.org";
        await factory.CreateUserAsync(email, Roles.Moderator);
        var client = await factory.SignedInClientAsync(email);
        var key = KeyPattern().Match(await client.GetStringAsync("/account/two-factor")).Groups[1].Value.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        var enabled = await client.PostWithTokenAsync("/account/two-factor/enable", [new("Code", AuthenticatorCodes.CodeAt(key, AuthenticatorCodes.CurrentStep(TimeProvider.System)))], "/account/two-factor");
        var first = RecoveryCodePattern().Matches(await enabled.Content.ReadAsStringAsync()).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(10, first.Count);

        Assert.True((await RecoveryStepAsync(factory.CreateBrowserLikeClient(), email, first[0])).IsRedirectTo("/"));
        Assert.Equal(HttpStatusCode.OK, (await RecoveryStepAsync(factory.CreateBrowserLikeClient(), email, first[0])).StatusCode);

        var renewed = await client.PostWithTokenAsync("/account/two-factor/recovery-codes", [new("Password", SecurityTestSupport.Password)], "/account/two-factor");
        var second = RecoveryCodePattern().Matches(await renewed.Content.ReadAsStringAsync()).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(HttpStatusCode.OK, (await RecoveryStepAsync(factory.CreateBrowserLikeClient(), email, first[1])).StatusCode);
        Assert.True((await RecoveryStepAsync(factory.CreateBrowserLikeClient(), email, second[0])).IsRedirectTo("/"));
    }

    private static async Task<HttpResponseMessage> RecoveryStepAsync(HttpClient client, string email, string recoveryCode)
    {
        var password = await client.SignInWithEmailAsync(email, SecurityTestSupport.Password, authenticatorKey: null);
        Assert.True(password.IsRedirectTo("/account/signin-2fa"));
        return await client.PostFormAsync("/account/signin-recovery", "/account/signin-recovery", [new("RecoveryCode", recoveryCode), new("ReturnUrl", "/")]);
    }

    /// <summary>Password first, then <paramref name="code"/> on the second step; returns the second step's answer.</summary>
    private static async Task<HttpResponseMessage> SecondStepAsync(HttpClient client, string email, string code)
    {
        var password = await client.SignInWithEmailAsync(email, SecurityTestSupport.Password, authenticatorKey: null);
        Assert.True(password.IsRedirectTo("/account/signin-2fa"));
        var location = password.Headers.Location!.OriginalString;
        return await client.PostFormAsync(location, "/account/signin-2fa", [new("Code", code), new("ReturnUrl", "/")]);
    }

    [GeneratedRegex("<li><code>([0-9A-Z]{5}-[0-9A-Z]{5})</code></li>")]
    private static partial Regex RecoveryCodePattern();

    [GeneratedRegex("<kbd id=\"shared-key\">([a-z0-9 ]+)</kbd>")]
    private static partial Regex KeyPattern();
}
