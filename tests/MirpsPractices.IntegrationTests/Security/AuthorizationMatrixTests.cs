using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MirpsPractices.Core.Domain;
using MirpsPractices.IntegrationTests.Infrastructure;

namespace MirpsPractices.IntegrationTests.Security;

/// <summary>A private app instance: the matrix posts to every endpoint, which changes its data.</summary>
public sealed class MatrixFactory : PortalFactory
{
    public const string TargetEmail = "matrix.target@example.org";
    private Dictionary<string, string>? _samples;

    /// <summary>Sample values for route parameters, by parameter name: ids of seeded records (and of a throwaway account).</summary>
    public async Task<IReadOnlyDictionary<string, string>> SamplesAsync()
    {
        if (_samples is not null)
        {
            return _samples;
        }
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var target = await users.FindByEmailAsync(TargetEmail);
        if (target is null)
        {
            target = new ApplicationUser { UserName = TargetEmail, Email = TargetEmail, DisplayName = "Matrix target", CreatedAtUtc = DateTime.UtcNow };
            await users.CreateAsync(target, "a throwaway password for the matrix");
            await users.AddToRoleAsync(target, Roles.CivilSociety);
        }
        var organisationId = await WithDbAsync(db => db.Organisations.Where(o => o.MergedIntoId == null).OrderBy(o => o.Id).Select(o => o.Id).FirstAsync());
        _samples = new Dictionary<string, string>
        {
            ["id"] = organisationId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["userId"] = target.Id,
            ["id:guid"] = "3f2504e0-4f89-11d3-9a0c-0305e82c3301",
            ["statusCode"] = "404",
            ["list"] = "countries",
            ["documentName"] = "v1",
            ["slug"] = "any-slug",
            ["culture"] = "en",
            ["path"] = "no-such-page",
            ["attachmentId"] = "999999",
            ["type"] = "not-a-record-type",
            ["number"] = "1",
            ["country"] = "GT",
        };
        return _samples;
    }
}

public sealed class AuthorizationMatrixTests(MatrixFactory factory) : IClassFixture<MatrixFactory>
{
    private static readonly string?[] Visitors = [null, .. Roles.All];

    /// <summary>POSTs that change the visitor's own account for later sessions run after every other request.</summary>
    private static readonly string[] RunLast = ["POST /account/two-factor/reset"];

    [Fact]
    public void Every_endpoint_has_a_row_in_the_authorization_table_and_every_row_an_endpoint()
    {
        factory.CreateClient();
        var endpoints = EndpointCatalogue.Enumerate(factory.Services);
        var missing = endpoints.Where(e => !AuthorizationMatrix.Rows.ContainsKey(e.Key)).ToList();
        var stale = AuthorizationMatrix.Rows.Keys.Except(endpoints.Select(e => e.Key)).ToList();

        var message = new StringBuilder();
        if (missing.Count > 0)
        {
            message.AppendLine("Endpoints without a row in AuthorizationMatrix.Rows; add (and correct) these lines:");
            foreach (var e in missing)
            {
                message.AppendLine($"        [\"{e.Key}\"] = AdministratorOnly, // TODO: the expected outcome");
            }
        }
        if (stale.Count > 0)
        {
            message.AppendLine("Rows without an endpoint (remove them): " + string.Join(", ", stale));
        }
        Assert.True(message.Length == 0, message.ToString());
    }

    [Fact]
    public async Task Every_endpoint_answers_every_visitor_as_the_table_says()
    {
        var samples = await factory.SamplesAsync();
        var endpoints = EndpointCatalogue.Enumerate(factory.Services)
            .Where(e => AuthorizationMatrix.Rows.ContainsKey(e.Key))
            .OrderBy(e => RunLast.Contains(e.Key))
            .ThenBy(e => e.Method == "POST")
            .ToList();
        var failures = new List<string>();

        foreach (var visitor in Visitors)
        {
            // Safe requests share one session per visitor; each POST gets a fresh session, since some end it (sign-out).
            var client = await ClientAsync(visitor);
            foreach (var endpoint in endpoints)
            {
                var url = EndpointCatalogue.Url(endpoint.Pattern, samples);
                HttpResponseMessage response;
                if (endpoint.Method == "POST")
                {
                    var poster = await ClientAsync(visitor);
                    var token = await poster.GetAntiforgeryTokenAsync(visitor is null ? "/account/signin" : "/");
                    response = await poster.PostAsync(url, new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
                }
                else
                {
                    response = await client.GetAsync(url);
                }
                var expected = AuthorizationMatrix.Rows[endpoint.Key].For(visitor);
                var actual = EndpointCatalogue.Classify(response);
                if (actual != expected)
                {
                    failures.Add($"{endpoint.Key} as {visitor ?? "anonymous"}: expected {expected}, got {actual} ({(int)response.StatusCode} {response.Headers.Location})");
                }
            }
        }
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    private async Task<HttpClient> ClientAsync(string? role)
    {
        var client = factory.CreateBrowserLikeClient();
        if (role is not null)
        {
            await client.SignInAsRoleAsync(role);
        }
        return client;
    }
}
