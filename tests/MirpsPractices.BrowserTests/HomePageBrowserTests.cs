using MirpsPractices.BrowserTests.Infrastructure;

namespace MirpsPractices.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class HomePageBrowserTests(BrowserFixture fixture)
{
    [Theory]
    [InlineData("es", "Buenas prácticas de articulación para la inclusión laboral")]
    [InlineData("en", "Good practices of coordination for labour inclusion")]
    public async Task Home_page_renders_without_console_errors(string culture, string heading)
    {
        var (context, page, errors) = await fixture.NewPageAsync();
        await using var _ = context;

        var response = await page.GotoAsync($"/?culture={culture}");
        await BrowserFixture.ScreenshotAsync(page, $"home-{culture}");

        Assert.Equal(200, response!.Status);
        Assert.Equal(heading, await page.TextContentAsync("h1"));
        Assert.Equal(culture, await page.GetAttributeAsync("html", "lang"));
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Language_switch_in_the_header_changes_the_language_and_keeps_it()
    {
        var (context, page, errors) = await fixture.NewPageAsync();
        await using var _ = context;

        await page.GotoAsync("/");
        await page.ClickAsync(".language-switch a[lang=en]");
        await page.WaitForSelectorAsync("html[lang=en]");
        await page.GotoAsync("/");

        Assert.Equal("en", await page.GetAttributeAsync("html", "lang"));
        Assert.Empty(errors);
    }
}
