using System.Net;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using MirpsPractices.Core.Domain;
using MirpsPractices.IntegrationTests.Infrastructure;

namespace MirpsPractices.IntegrationTests.Security;

public sealed class SharedDatabaseFactory(string databasePath) : PortalFactory(databasePath);

/// <summary>Two app instances on one database: the Data Protection key ring lives there, so cookies and tokens travel.</summary>
public sealed class TwoInstancesTests : IDisposable
{
    private readonly string _database = Path.Combine(Path.GetTempPath(), "mirps-tests", $"{Guid.NewGuid():N}-shared.db");
    private readonly SharedDatabaseFactory _a;
    private readonly SharedDatabaseFactory _b;

    public TwoInstancesTests()
    {
        _a = new SharedDatabaseFactory(_database);
        _b = new SharedDatabaseFactory(_database);
    }

    [Fact]
    public async Task A_session_and_an_antiforgery_token_from_instance_A_are_accepted_by_instance_B()
    {
        var cookies = new CookieContainer();
        var a = _a.CreateDefaultClient(new Uri("http://localhost"), new CookieContainerHandler(cookies));
        await a.GetAsync("/"); // A migrates and seeds first; B starts on the same, ready database.
        var b = _b.CreateDefaultClient(new Uri("http://localhost"), new CookieContainerHandler(cookies));

        Assert.Equal(HttpStatusCode.Redirect, (await a.SignInAsync(Roles.CivilSociety)).StatusCode);
        var token = TestClientExtensions.ExtractAntiforgeryToken(await a.GetStringAsync("/"))!;

        var manageOnB = await b.GetAsync("/account/manage");
        Assert.Equal(HttpStatusCode.OK, manageOnB.StatusCode);
        var signOutOnB = await b.PostAsync("/account/signout", new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
        Assert.Equal(HttpStatusCode.Redirect, signOutOnB.StatusCode);
        Assert.Equal("/", signOutOnB.Headers.Location?.OriginalString);
    }

    public void Dispose()
    {
        _a.Dispose();
        _b.Dispose();
    }
}
