using System.Net;
using MirpsPractices.IntegrationTests.Infrastructure;

namespace MirpsPractices.IntegrationTests.Catalogue;

/// <summary>Drafts, practices in review, pending revisions and archived practices never reach the public, by any route.</summary>
public sealed class NoLeakTests(CatalogueFactory factory) : IClassFixture<CatalogueFactory>
{
    public static TheoryData<string> PublicUrls => new()
    {
        "/catalogue?pageSize=100",
        "/catalogue?q={0}",
        "/catalogue?country=HN&pageSize=100",
        "/catalogue/export.csv?hxl=true",
        "/catalogue/export.csv?q={0}",
        "/catalogue/export.json",
        "/catalogue/export.json?q={0}",
        "/catalogue/feed.atom",
        "/catalogue/feed.atom?q={0}",
        "/api/v1/practices?pageSize=100",
        "/api/v1/practices?q={0}",
        "/recommendations",
        "/organisations",
        "/statistics",
        "/",
    };

    [Theory]
    [MemberData(nameof(PublicUrls))]
    public async Task Unpublished_practices_never_appear(string url)
    {
        var client = factory.CreateBrowserLikeClient();
        foreach (var word in CatalogueTestData.SecretWords)
        {
            var body = await client.GetStringAsync(string.Format(url, word));
            // A search page echoes its own words; what must never show is an unpublished record's content.
            Assert.DoesNotContain("Resumen " + word, body, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("Resumen calabacín", body, StringComparison.OrdinalIgnoreCase);
            if (!url.Contains("q={0}", StringComparison.Ordinal))
            {
                Assert.DoesNotContain(word, body, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain("calabacín", body, StringComparison.OrdinalIgnoreCase);
            }
        }
    }

    [Fact]
    public async Task Searching_for_an_unpublished_word_finds_nothing()
    {
        var client = factory.CreateBrowserLikeClient();
        foreach (var word in CatalogueTestData.SecretWords)
        {
            Assert.Contains("\"total\":0", await client.GetStringAsync($"/api/v1/practices?q={word}"));
        }
    }

    [Theory]
    [InlineData("borrador")]
    [InlineData("revision")]
    [InlineData("revisada")]
    [InlineData("archivada")]
    public async Task Unpublished_practice_page_and_api_record_are_404(string slug)
    {
        var id = await factory.WithDbAsync(db => Task.FromResult(db.Practices.Single(p => p.Slug == slug).Id));
        var client = factory.CreateBrowserLikeClient();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/practices/{id}/{slug}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/practices/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/practices/{id}")).StatusCode);
    }

    [Fact]
    public async Task Facet_counts_and_statistics_ignore_unpublished_practices()
    {
        var client = factory.CreateBrowserLikeClient();
        var html = await client.GetStringAsync("/catalogue?culture=es");
        // Four unpublished practices are in Honduras; only one published one is.
        Assert.Matches(@"for=""f-country-HN"">\s*Honduras <span class=""facet-count"">\(1<", html);
        var stats = await client.GetStringAsync("/statistics?culture=es");
        Assert.Contains("<th scope=\"row\"><a href=\"/catalogue?country=HN\">Honduras</a></th><td class=\"text-end\">1</td>", stats);
    }
}
