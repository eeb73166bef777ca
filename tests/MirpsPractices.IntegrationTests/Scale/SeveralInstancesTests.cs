using System.Net;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MirpsPractices.Core.Catalogue;
using MirpsPractices.Core.Domain;
using MirpsPractices.IntegrationTests.Infrastructure;

namespace MirpsPractices.IntegrationTests.Scale;

/// <summary>
/// Two instances of the portal on one database and one Redis server behave as one site: the sign-in cookie and the
/// antiforgery token of A are accepted by B (Data Protection keys in the database), and an eviction on B empties the
/// output cache A answers from (output cache in Redis).
/// </summary>
public sealed class SeveralInstancesTests(SeveralInstancesFixture fixture) : IClassFixture<SeveralInstancesFixture>
{
    private static readonly Uri Site = new("http://localhost");

    [Fact]
    public async Task Signed_in_on_A_a_post_on_B_succeeds()
    {
        var cookies = new CookieContainer();
        var onA = fixture.A.CreateDefaultClient(Site, new CookieContainerHandler(cookies));
        var onB = fixture.B.CreateDefaultClient(Site, new CookieContainerHandler(cookies));

        await onA.SignInAsRoleAsync(Roles.CivilSociety);
        var pageOnA = await onA.GetStringAsync("/");
        var tokenFromA = TestClientExtensions.ExtractAntiforgeryToken(pageOnA);
        var pageOnB = await onB.GetStringAsync("/");
        var signOutOnB = await onB.PostAsync("/account/signout", new FormUrlEncodedContent([new("__RequestVerificationToken", tokenFromA!)]));

        Assert.Contains("action=\"/account/signout\"", pageOnA);
        Assert.Contains("action=\"/account/signout\"", pageOnB);
        Assert.Equal(HttpStatusCode.Redirect, signOutOnB.StatusCode);
        Assert.Equal("/", signOutOnB.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_post_on_B_with_a_forged_token_is_refused()
    {
        var cookies = new CookieContainer();
        var onA = fixture.A.CreateDefaultClient(Site, new CookieContainerHandler(cookies));
        var onB = fixture.B.CreateDefaultClient(Site, new CookieContainerHandler(cookies));
        await onA.SignInAsRoleAsync(Roles.RefugeeLed);

        var response = await onB.PostAsync("/account/signout", new FormUrlEncodedContent([new("__RequestVerificationToken", "forged")]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Publishing_on_B_shows_the_practice_on_A_at_once()
    {
        var readerOnA = fixture.A.CreateDefaultClient(Site);
        await readerOnA.GetStringAsync("/");
        var cached = await readerOnA.GetAsync("/");
        Assert.True(cached.Headers.Age is not null, "the second anonymous request on A is answered from the output cache");

        var title = $"Práctica publicada en la instancia B {Guid.NewGuid():N}";
        await PublishAsync(fixture.B, title);
        var beforeEviction = await readerOnA.GetStringAsync("/");
        await fixture.B.Services.GetRequiredService<IPublicCatalogueCache>().EvictAsync();
        var afterEviction = await readerOnA.GetStringAsync("/");

        Assert.DoesNotContain(title, beforeEviction);
        Assert.Contains(title, afterEviction);
    }

    /// <summary>Writes a published practice through B's database context, as B's publish action does before it evicts.</summary>
    private static Task PublishAsync(PortalFactory instance, string title) => instance.WithDbAsync(async db =>
    {
        var submitter = await db.Users.Where(u => u.Email == TestClientExtensions.DemoEmail(Roles.CivilSociety)).Select(u => u.Id).SingleAsync();
        var now = DateTime.UtcNow;
        var practice = new Practice
        {
            SubmitterId = submitter,
            Title = title,
            Slug = "practica-publicada-en-b",
            Summary = "Publicada en una instancia y visible en la otra sin esperar a que caduque la caché.",
            Language = RecordLanguages.Spanish,
            CreatedAtUtc = now,
            UpdatedAtUtc = now,
            SubmittedAtUtc = now,
            PublishedAtUtc = now.AddYears(5),
            CurrentVersion = 1,
            Countries = [new PracticeCountry { CountryCode = "PA" }],
            StrategyAreas = [new PracticeStrategyArea { Area = StrategyArea.JobMatching }],
        };
        practice.ForceState(PracticeState.Published);
        db.Practices.Add(practice);
        await db.SaveChangesAsync();
    });
}
