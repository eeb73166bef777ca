using System.Net;
using Microsoft.Extensions.DependencyInjection;
using MirpsPractices.Core.Domain;
using MirpsPractices.IntegrationTests.Infrastructure;

namespace MirpsPractices.IntegrationTests.Security;

public sealed class ClockedPortalFactory : PortalFactory
{
    public TestClock Clock { get; } = new();

    protected override void ConfigureTestServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(Clock);
}

/// <summary>Sessions end after 30 minutes idle, 12 hours at most, and within a minute of a deactivation, lock or password change.</summary>
public sealed class SessionLifetimeTests(ClockedPortalFactory factory) : IClassFixture<ClockedPortalFactory>
{
    [Fact]
    public async Task A_session_ends_after_30_idle_minutes()
    {
        var client = await NewUserSessionAsync("idle@example.org");
        factory.Clock.Advance(TimeSpan.FromMinutes(29));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account/manage")).StatusCode);

        factory.Clock.Advance(TimeSpan.FromMinutes(31));
        Assert.True((await client.GetAsync("/account/manage")).IsRedirectTo("/account/signin"));
    }

    [Fact]
    public async Task An_active_session_still_ends_12_hours_after_sign_in()
    {
        var client = await NewUserSessionAsync("busy@example.org");
        var elapsed = TimeSpan.Zero;
        while (elapsed < TimeSpan.FromHours(11.7))
        {
            factory.Clock.Advance(TimeSpan.FromMinutes(20));
            elapsed += TimeSpan.FromMinutes(20);
            Assert.True((await client.GetAsync("/account/manage")).StatusCode == HttpStatusCode.OK, $"still signed in after {elapsed}");
        }
        factory.Clock.Advance(TimeSpan.FromHours(12) - elapsed + TimeSpan.FromMinutes(1));
        Assert.True((await client.GetAsync("/account/manage")).IsRedirectTo("/account/signin"));
    }

    [Theory]
    [InlineData("deactivate")]
    [InlineData("lock")]
    public async Task Deactivating_or_locking_an_account_ends_its_sessions_within_a_minute(string action)
    {
        var email = $"{action}.session@example.org";
        var client = await NewUserSessionAsync(email);
        var userId = await factory.WithDbAsync(db => Task.FromResult(db.Users.Single(u => u.Email == email).Id));
        var admin = await factory.SignedInAsRoleAsync(Roles.Administrator);

        var done = await admin.PostWithTokenAsync($"/admin/users/{userId}/{action}", []);
        Assert.True(done.IsRedirectTo($"/admin/users/{userId}"));
        factory.Clock.Advance(TimeSpan.FromSeconds(61));

        Assert.True((await client.GetAsync("/account/manage")).IsRedirectTo("/account/signin"));
        var again = await factory.CreateBrowserLikeClient().SignInWithEmailAsync(email, SecurityTestSupport.Password, authenticatorKey: null);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
    }

    [Fact]
    public async Task Changing_the_password_ends_the_other_sessions_but_keeps_this_one()
    {
        const string email = "password.change@example.org";
        var other = await NewUserSessionAsync(email);
        var client = await factory.SignedInClientAsync(email);
        const string newPassword = "another long passphrase for the change";

        var changed = await client.PostWithTokenAsync("/account/change-password",
            [new("CurrentPassword", SecurityTestSupport.Password), new("NewPassword", newPassword), new("ConfirmPassword", newPassword)], "/account/change-password");
        Assert.True(changed.IsRedirectTo("/account/manage"));
        factory.Clock.Advance(TimeSpan.FromSeconds(61));

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account/manage")).StatusCode);
        Assert.True((await other.GetAsync("/account/manage")).IsRedirectTo("/account/signin"));
    }

    private async Task<HttpClient> NewUserSessionAsync(string email)
    {
        if (await factory.WithDbAsync(db => Task.FromResult(db.Users.Any(u => u.Email == email))) is false)
        {
            await factory.CreateUserAsync(email, Roles.EmploymentTeam);
        }
        return await factory.SignedInClientAsync(email);
    }
}
