using System.Net;
using MirpsPractices.Core.Domain;
using MirpsPractices.IntegrationTests.Infrastructure;

namespace MirpsPractices.IntegrationTests.Security;

/// <summary>
/// Antiforgery is validated globally: every POST endpoint of the app (enumerated, not listed by hand) refuses a request
/// without a token, or with a forged one. For every visitor the answer is 400, or a refusal by authorization (which runs
/// first); never a success. At least one signed-in visitor must get the 400, so the filter itself is proven for each endpoint.
/// </summary>
public sealed class AntiforgeryTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Every_POST_endpoint_rejects_a_request_without_a_valid_antiforgery_token()
    {
        factory.CreateClient();
        var samples = new Dictionary<string, string>
        {
            ["id"] = "1", ["id:guid"] = "3f2504e0-4f89-11d3-9a0c-0305e82c3301", ["userId"] = "no-such-user", ["statusCode"] = "404", ["list"] = "countries", ["documentName"] = "v1", ["slug"] = "x", ["culture"] = "en", ["path"] = "x", ["attachmentId"] = "999999", ["type"] = "practice", ["number"] = "1", ["country"] = "GT",
        };
        var posts = EndpointCatalogue.Enumerate(factory.Services).Where(e => e.Method == "POST").ToList();
        var clients = new Dictionary<string, HttpClient>();
        string?[] visitors = [null, .. Roles.All];
        foreach (var visitor in visitors)
        {
            var client = factory.CreateBrowserLikeClient();
            if (visitor is not null)
            {
                await client.SignInAsRoleAsync(visitor);
            }
            // A page with a form sets the antiforgery cookie, so only the missing form token is wrong.
            await client.GetStringAsync(visitor is null ? "/account/signin" : "/account/manage");
            clients[visitor ?? "anonymous"] = client;
        }
        var failures = new List<string>();

        Assert.NotEmpty(posts);
        foreach (var endpoint in posts)
        {
            var url = EndpointCatalogue.Url(endpoint.Pattern, samples);
            var signedInRejections = 0;
            foreach (var (visitor, client) in clients)
            {
                var withoutToken = await client.PostAsync(url, new FormUrlEncodedContent([new("Anything", "x")]));
                var forged = await client.PostAsync(url, new FormUrlEncodedContent([new("__RequestVerificationToken", "CfDJ8forged-token-value")]));
                foreach (var (kind, response) in new[] { ("no token", withoutToken), ("forged token", forged) })
                {
                    var outcome = EndpointCatalogue.Classify(response);
                    if (outcome == Outcome.BadRequest && visitor != "anonymous")
                    {
                        signedInRejections++;
                    }
                    else if (outcome is not (Outcome.BadRequest or Outcome.SignIn or Outcome.Forbidden))
                    {
                        failures.Add($"{endpoint.Key} as {visitor} with {kind}: {(int)response.StatusCode} {response.Headers.Location}");
                    }
                }
            }
            if (signedInRejections == 0)
            {
                failures.Add($"{endpoint.Key}: no signed-in visitor got 400");
            }
        }
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }
}
