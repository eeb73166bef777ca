using System.Net;
using MirpsPractices.IntegrationTests.Infrastructure;

namespace MirpsPractices.IntegrationTests.Foundation;

public sealed class HomePageTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Home_page_is_in_Spanish_by_default()
    {
        var client = factory.CreateBrowserLikeClient();
        var response = await client.GetAsync("/");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<html lang=\"es\">", html);
        Assert.Contains("Últimas prácticas publicadas", html);
        Assert.Contains("Buenas prácticas de articulación para la inclusión laboral", html);
    }

    [Fact]
    public async Task Home_page_is_in_English_when_chosen_with_the_language_switch()
    {
        var client = factory.CreateBrowserLikeClient();
        var switched = await client.GetAsync("/language/en?returnUrl=%2F");
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Equal("/", switched.Headers.Location?.OriginalString);

        var html = await client.GetStringAsync("/");

        Assert.Contains("<html lang=\"en\">", html);
        Assert.Contains("Latest published practices", html);
        Assert.DoesNotContain("Últimas prácticas publicadas", html);
    }

    [Fact]
    public async Task Home_page_shows_headline_counts_from_the_database()
    {
        var published = await factory.WithDbAsync(db => Task.FromResult(
            db.Practices.Count(p => p.State == Core.Domain.PracticeState.Published && p.RevisionOfId == null)));
        var client = factory.CreateBrowserLikeClient();

        var html = await client.GetStringAsync("/?culture=en");

        Assert.True(published > 0, "the sample catalogue has published practices");
        Assert.Matches($@"<dt>Published practices</dt><dd>{published}</dd>", html);
    }

    [Fact]
    public async Task Language_switch_refuses_an_external_return_url()
    {
        var client = factory.CreateBrowserLikeClient();
        var response = await client.GetAsync("/language/en?returnUrl=https%3A%2F%2Fevil.example%2F");
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Health_endpoint_reports_the_database_healthy()
    {
        var client = factory.CreateBrowserLikeClient();
        var response = await client.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/this-page-does-not-exist?culture=es")]
    [InlineData("/catalogue.csv?culture=es")]
    [InlineData("/informes/antiguo.pdf?culture=es")]
    public async Task Unknown_page_is_a_localized_404_in_the_layout(string url)
    {
        var client = factory.CreateBrowserLikeClient();
        var response = await client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Página no encontrada", html);
        Assert.Contains("site-header", html);
    }

    [Fact]
    public async Task Static_files_are_still_served_beside_the_catch_all_404()
    {
        var response = await factory.CreateBrowserLikeClient().GetAsync("/css/site.css");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
    }
}
