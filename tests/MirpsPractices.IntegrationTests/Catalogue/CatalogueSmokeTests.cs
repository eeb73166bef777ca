namespace MirpsPractices.IntegrationTests.Catalogue;

public sealed class CatalogueSmokeTests(CatalogueFactory factory) : IClassFixture<CatalogueFactory>
{
    [Theory]
    [InlineData("/catalogue")]
    [InlineData("/catalogue?q=capacitacion&country=HN&sort=title")]
    [InlineData("/recommendations")]
    [InlineData("/organisations")]
    [InlineData("/statistics")]
    [InlineData("/catalogue/export.csv?hxl=true")]
    [InlineData("/catalogue/export.json")]
    [InlineData("/catalogue/feed.atom")]
    [InlineData("/api/v1/practices")]
    [InlineData("/api/v1/reference/countries")]
    [InlineData("/openapi/v1.json")]
    public async Task Public_pages_answer_200_to_anonymous_visitors(string url)
    {
        var client = factory.CreateBrowserLikeClient();
        var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode}\n{body[..Math.Min(3000, body.Length)]}");
    }
}
