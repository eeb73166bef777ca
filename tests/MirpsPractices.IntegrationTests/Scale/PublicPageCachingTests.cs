using System.Net;
using MirpsPractices.Core.Domain;
using MirpsPractices.IntegrationTests.Infrastructure;

namespace MirpsPractices.IntegrationTests.Scale;

/// <summary>Anonymous public pages are answered from the output cache; one-time status messages still reach their reader.</summary>
public sealed class PublicPageCachingTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Anonymous_home_page_sets_no_cookie_and_is_answered_from_the_cache()
    {
        var client = factory.CreateBrowserLikeClient();

        var first = await client.GetAsync("/");
        var second = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.False(first.Headers.Contains("Set-Cookie"), "an anonymous public page sets no cookie, so it can be cached");
        Assert.NotNull(second.Headers.Age);
    }

    [Fact]
    public async Task Status_message_after_sign_out_is_shown_once_and_never_cached_for_others()
    {
        var client = factory.CreateBrowserLikeClient();
        await client.SignInAsRoleAsync(Roles.LocalGovernanceTeam);
        var token = TestClientExtensions.ExtractAntiforgeryToken(await client.GetStringAsync("/"))!;
        await client.PostAsync("/account/signout", new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));

        var withMessage = await client.GetStringAsync("/");
        var afterwards = await client.GetStringAsync("/");
        var someoneElse = await factory.CreateBrowserLikeClient().GetStringAsync("/");

        Assert.Contains("Ha cerrado la sesión.", withMessage);
        Assert.DoesNotContain("Ha cerrado la sesión.", afterwards);
        Assert.DoesNotContain("Ha cerrado la sesión.", someoneElse);
    }
}
