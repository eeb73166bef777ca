using System.Net;
using MirpsPractices.IntegrationTests.Infrastructure;

namespace MirpsPractices.IntegrationTests.Catalogue;

/// <summary>The comparison page: two to four published practices side by side at a shareable URL.</summary>
public sealed class ComparePageTests(CatalogueFactory factory) : IClassFixture<CatalogueFactory>
{
    private Task<int> IdAsync(string slug) => factory.WithDbAsync(db => CatalogueTestData.IdOfAsync(db, slug));

    [Fact]
    public async Task Two_published_practices_are_shown_side_by_side_one_column_each()
    {
        var first = await IdAsync("capacitacion-tecnica-honduras");
        var second = await IdAsync("ventanilla-unica-mexico");

        var response = await factory.CreateClient().GetAsync($"/compare?ids={first}&ids={second}&culture=en");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Capacitación técnica para personas refugiadas en Honduras", html);
        Assert.Contains("Ventanilla única de empleo en México", html);
        Assert.Equal(3, System.Text.RegularExpressions.Regex.Count(html, "<th scope=\"col\""));
        Assert.Contains("Honduras", html);
        Assert.Contains("Mexico", html);
    }

    [Fact]
    public async Task More_than_four_practices_are_refused_with_a_clear_message()
    {
        var response = await factory.CreateClient().GetAsync("/compare?ids=1&ids=2&ids=3&ids=4&ids=5&culture=en");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("You can compare at most four practices at a time", html);
    }

    [Fact]
    public async Task Unpublished_practices_are_left_out_and_one_left_asks_for_two()
    {
        var published = await IdAsync("capacitacion-tecnica-honduras");
        var draft = await IdAsync("borrador");

        var response = await factory.CreateClient().GetAsync($"/compare?ids={published}&ids={draft}&culture=en");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("zanahoria", html);
        Assert.Contains("Choose two to four published practices", html);
    }
}
