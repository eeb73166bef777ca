using System.Net;
using MirpsPractices.Core.Domain;
using MirpsPractices.IntegrationTests.Infrastructure;

namespace MirpsPractices.IntegrationTests.Foundation;

public sealed class SignInTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData(Roles.EmploymentTeam)]
    [InlineData(Roles.LocalGovernanceTeam)]
    [InlineData(Roles.CivilSociety)]
    [InlineData(Roles.RefugeeLed)]
    [InlineData(Roles.Moderator)]
    [InlineData(Roles.Administrator)]
    public async Task Every_demo_account_signs_in_and_belongs_to_an_organisation(string role)
    {
        var client = factory.CreateBrowserLikeClient();
        var response = await client.SignInAsync(role);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);

        var organisation = await factory.WithDbAsync(db => Task.FromResult(
            db.Users.Single(u => u.Email == TestClientExtensions.DemoEmail(role)).OrganisationId));
        Assert.NotNull(organisation);
    }

    [Fact]
    public async Task Wrong_password_shows_a_localized_message_and_keeps_the_email()
    {
        var client = factory.CreateBrowserLikeClient();
        var response = await client.SignInWithEmailAsync("civilsociety@demo.mirps.example", "not the right password at all");
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("El correo o la contraseña no son correctos.", html);
        Assert.Contains("value=\"civilsociety@demo.mirps.example\"", html);
    }

    [Fact]
    public async Task Sign_in_without_an_antiforgery_token_is_refused()
    {
        var client = factory.CreateBrowserLikeClient();
        var response = await client.PostAsync("/account/signin", new FormUrlEncodedContent(
            [new("Email", TestClientExtensions.DemoEmail(Roles.Moderator)), new("Password", PortalFactory.DemoPassword)]));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Signing_out_returns_to_an_anonymous_session()
    {
        var client = factory.CreateBrowserLikeClient();
        await client.SignInAsRoleAsync(Roles.CivilSociety);
        var home = await client.GetStringAsync("/");
        Assert.Contains("/account/signout", home);

        var token = TestClientExtensions.ExtractAntiforgeryToken(home)!;
        var signedOut = await client.PostAsync("/account/signout", new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);

        var after = await client.GetStringAsync("/");
        Assert.DoesNotContain("/account/signout", after);
    }

    /// <summary>FluentValidation's stock messages name the C# property ("'Return Url' debe ser…"): every rule carries its own.</summary>
    [Theory]
    [InlineData("/account/signin?culture=es")]
    [InlineData("/account/signin?culture=en")]
    [InlineData("/account/forgot-password?culture=es")]
    public async Task Client_validation_messages_are_the_portals_own_not_stock_ones_naming_properties(string url)
    {
        var html = await factory.CreateBrowserLikeClient().GetStringAsync(url);

        Assert.Contains("data-val-maxlength=", html);
        Assert.DoesNotMatch("data-val-[a-z]+=\"&#x27;", html);
    }
}
