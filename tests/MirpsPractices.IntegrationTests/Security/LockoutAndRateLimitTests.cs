using System.Net;
using Microsoft.EntityFrameworkCore;
using MirpsPractices.Core.Auditing;
using MirpsPractices.Core.Domain;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using MirpsPractices.IntegrationTests.Infrastructure;

namespace MirpsPractices.IntegrationTests.Security;

public sealed class LockoutTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Five_failed_sign_ins_lock_the_account_and_even_the_right_password_is_then_refused()
    {
        const string email = "lockout.target@example.org";
        var userId = await factory.CreateUserAsync(email, Roles.CivilSociety);
        var client = factory.CreateBrowserLikeClient();

        for (var attempt = 1; attempt <= 5; attempt++)
        {
            var failed = await client.SignInWithEmailAsync(email, $"wrong password number {attempt}", authenticatorKey: null);
            Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
        }
        var withRightPassword = await client.SignInWithEmailAsync(email, SecurityTestSupport.Password, authenticatorKey: null);
        var html = await withRightPassword.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, withRightPassword.StatusCode);
        Assert.Contains("Su cuenta está bloqueada temporalmente", html);
        var user = await factory.WithDbAsync(db => db.Users.SingleAsync(u => u.Id == userId));
        Assert.True(user.LockoutEnd > DateTimeOffset.UtcNow.AddMinutes(10));
        var events = await factory.WithDbAsync(db => db.AuditLog.Where(a => a.UserId == userId).Select(a => a.EventType).ToListAsync());
        // Four failures are recorded as such; the fifth locks the account, and so does every later attempt.
        Assert.Equal(4, events.Count(e => e == AuditEvents.SignInFailed));
        Assert.Equal(2, events.Count(e => e == AuditEvents.LockedOut));
        Assert.DoesNotContain(AuditEvents.SignIn, events);
    }

    [Fact]
    public async Task Wrong_current_passwords_on_the_change_password_form_count_towards_the_lockout()
    {
        const string email = "lockout.change@example.org";
        var userId = await factory.CreateUserAsync(email, Roles.CivilSociety);
        var session = await factory.SignedInClientAsync(email);

        for (var attempt = 1; attempt <= 5; attempt++)
        {
            var failed = await session.PostWithTokenAsync("/account/change-password",
                [new("CurrentPassword", $"guess number {attempt}"), new("NewPassword", "a brand new passphrase here"), new("ConfirmPassword", "a brand new passphrase here")], "/account/change-password");
            Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
            Assert.Contains(attempt < 5 ? "La contraseña actual no es correcta." : "bloqueada", await failed.Content.ReadAsStringAsync());
        }
        var user = await factory.WithDbAsync(db => db.Users.SingleAsync(u => u.Id == userId));
        Assert.True(user.LockoutEnd > DateTimeOffset.UtcNow.AddMinutes(10));
        var signIn = await factory.CreateBrowserLikeClient().SignInWithEmailAsync(email, SecurityTestSupport.Password, authenticatorKey: null);
        Assert.Contains("Su cuenta está bloqueada temporalmente", await signIn.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_unknown_address_gets_the_same_answer_as_a_wrong_password_and_is_not_recorded()
    {
        var client = factory.CreateBrowserLikeClient();
        var unknown = await client.SignInWithEmailAsync("nobody.here@example.org", "some password or other", authenticatorKey: null);
        var wrong = await client.SignInWithEmailAsync(TestClientExtensions.DemoEmail(Roles.RefugeeLed), "some password or other", authenticatorKey: null);

        Assert.Contains("El correo o la contraseña no son correctos.", await unknown.Content.ReadAsStringAsync());
        Assert.Contains("El correo o la contraseña no son correctos.", await wrong.Content.ReadAsStringAsync());
        var recorded = await factory.WithDbAsync(db => db.AuditLog.AnyAsync(a => a.UserName == "nobody.here@example.org" || (a.Details != null && a.Details.Contains("nobody.here"))));
        Assert.False(recorded);
    }
}

public sealed class RateLimitedPortalFactory : PortalFactory
{
    protected override void ConfigureTestServices(IServiceCollection services) =>
        services.AddTransient<IStartupFilter, ClientAddressStartupFilter>();

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["RateLimits:PasswordResetPerMinute"] = "2",
        ["RateLimits:SignInPerMinute"] = "3",
    };
}

public sealed class RateLimitTests(RateLimitedPortalFactory factory) : IClassFixture<RateLimitedPortalFactory>
{
    [Theory]
    [InlineData("es", "Demasiadas solicitudes")]
    [InlineData("en", "Too many requests")]
    public async Task Password_reset_requests_beyond_the_limit_get_a_localized_429_page(string culture, string title)
    {
        var client = factory.CreateBrowserLikeClient();
        var token = await client.GetAntiforgeryTokenAsync($"/account/forgot-password?culture={culture}");
        HttpResponseMessage? last = null;
        for (var i = 0; i < 3; i++)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, $"/account/forgot-password?culture={culture}")
            {
                Content = new FormUrlEncodedContent([new("Email", "someone@example.org"), new("__RequestVerificationToken", token)]),
            };
            // Rotating X-Forwarded-For doesn't help: the header is trusted only from configured proxies.
            request.Headers.Add("X-Forwarded-For", $"203.0.113.{i + 1}");
            last = await client.SendAsync(request);
        }
        var html = await last!.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.TooManyRequests, last.StatusCode);
        Assert.Contains($"<html lang=\"{culture}\">", html);
        Assert.Contains(title, html);
        Assert.Contains("site-header", html);
    }

    [Fact]
    public async Task Sign_in_attempts_beyond_the_limit_get_429()
    {
        var client = factory.CreateBrowserLikeClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            statuses.Add((await client.SignInWithEmailAsync("someone.else@example.org", "not a real password", authenticatorKey: null)).StatusCode);
        }
        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
    }
}

/// <summary>TestServer requests have no client address; a real one lets the forwarded-headers rules apply as in production.</summary>
public sealed class ClientAddressStartupFilter : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            context.Connection.RemoteIpAddress = IPAddress.Parse("198.51.100.7");
            return nextMiddleware(context);
        });
        next(app);
    };
}
