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
/// output cache A answers from (output cache in Redis) and renews A's catalogue index (catalogue version in Redis).
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
        var title = $"Borrador creado en B con la sesión de A {Guid.NewGuid():N}";

        await onA.SignInAsRoleAsync(Roles.CivilSociety);
        var formOnA = await onA.GetStringAsync("/my/practices/new");
        var tokenFromA = TestClientExtensions.ExtractAntiforgeryToken(formOnA)!;
        var createdOnB = await onB.PostAsync("/my/practices/new", new FormUrlEncodedContent(
        [
            new("__RequestVerificationToken", tokenFromA),
            new("IdempotencyKey", Guid.NewGuid().ToString("N")),
            new("Intent", "save"),
            new("Title", title),
            new("Language", RecordLanguages.Spanish),
        ]));

        Assert.Equal(HttpStatusCode.Redirect, createdOnB.StatusCode);
        Assert.DoesNotContain("/account/signin", createdOnB.Headers.Location?.OriginalString);
        var saved = await fixture.A.WithDbAsync(db => db.Practices.AnyAsync(p => p.Title == title));
        Assert.True(saved, "the draft posted to B with A's cookie and token is in the shared database");
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

    [Theory]
    [InlineData("/catalogue")]
    [InlineData("/")]
    public async Task Publishing_on_B_shows_the_practice_on_A_at_once(string page)
    {
        var readerOnA = fixture.A.CreateDefaultClient(Site);
        await readerOnA.GetStringAsync(page);
        var cached = await readerOnA.GetAsync(page);
        Assert.True(cached.Headers.Age is not null, "the second anonymous request on A is answered from the output cache");

        var title = $"Práctica publicada en la instancia B {Guid.NewGuid():N}";
        await PublishAsync(fixture.B, title);
        var beforeEviction = await readerOnA.GetStringAsync(page);
        await fixture.B.Services.GetRequiredService<IPublicCatalogueCache>().EvictAsync();
        var afterEviction = await readerOnA.GetStringAsync(page);

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
