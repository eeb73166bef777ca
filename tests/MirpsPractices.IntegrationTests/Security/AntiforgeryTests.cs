using System.Net;
using MirpsPractices.Core.Domain;
using MirpsPractices.IntegrationTests.Infrastructure;

namespace MirpsPractices.IntegrationTests.Security;

/// <summary>
/// Antiforgery is validated globally: every POST endpoint of the app (enumerated, not listed by hand) refuses a request
/// without a token, or with a forged one, with 400 — for a visitor the authorization table lets through.
/// </summary>
public sealed class AntiforgeryTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Every_POST_endpoint_rejects_a_request_without_a_valid_antiforgery_token()
    {
        factory.CreateClient();
        var samples = new Dictionary<string, string>
        {
            ["id"] = "1", ["userId"] = "no-such-user", ["statusCode"] = "404", ["culture"] = "en", ["path"] = "x",
        };
        var posts = EndpointCatalogue.Enumerate(factory.Services).Where(e => e.Method == "POST").ToList();
        var clients = new Dictionary<string, HttpClient>();
        var failures = new List<string>();

        Assert.NotEmpty(posts);
        foreach (var endpoint in posts)
        {
            var visitor = AllowedVisitor(endpoint);
            if (!clients.TryGetValue(visitor ?? "", out var client))
            {
                client = factory.CreateBrowserLikeClient();
                if (visitor is not null)
                {
                    await client.SignInAsRoleAsync(visitor);
                }
                // A page with a form sets the antiforgery cookie, so only the missing form token is wrong.
                await client.GetStringAsync(visitor is null ? "/account/signin" : "/account/manage");
                clients[visitor ?? ""] = client;
            }
            var url = EndpointCatalogue.Url(endpoint.Pattern, samples);
            var withoutToken = await client.PostAsync(url, new FormUrlEncodedContent([new("Anything", "x")]));
            var forged = await client.PostAsync(url, new FormUrlEncodedContent([new("__RequestVerificationToken", "CfDJ8forged-token-value")]));
            foreach (var (kind, response) in new[] { ("no token", withoutToken), ("forged token", forged) })
            {
                if (response.StatusCode != HttpStatusCode.BadRequest)
                {
                    failures.Add($"{endpoint.Key} as {visitor ?? "anonymous"} with {kind}: {(int)response.StatusCode} {response.Headers.Location}");
                }
            }
        }
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    /// <summary>A signed-in visitor the table lets through (so authorization doesn't answer first); anonymous when only anonymous passes.</summary>
    private static string? AllowedVisitor(PortalEndpoint endpoint)
    {
        if (!AuthorizationMatrix.Rows.TryGetValue(endpoint.Key, out var expect))
        {
            return Roles.Administrator;
        }
        var denied = new[] { Outcome.SignIn, Outcome.Forbidden, Outcome.TwoFactorSetup };
        string[] candidates = [Roles.Administrator, Roles.Moderator, .. Roles.ParticipantGroups];
        return candidates.FirstOrDefault(r => !denied.Contains(expect.For(r)));
    }
}
