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

    [Fact]
    public async Task First_visit_of_the_home_page_on_a_fresh_profile_transfers_under_100_KB_and_the_menu_button_works()
    {
        var (context, page, errors) = await fixture.NewPageAsync();
        await using var _ = context;

        await page.SetViewportSizeAsync(390, 800);
        await page.GotoAsync("/");
        await page.WaitForLoadStateAsync(Microsoft.Playwright.LoadState.NetworkIdle);
        var transferred = await page.EvaluateAsync<double>(
            "() => performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource')).reduce((sum, e) => sum + e.transferSize, 0)");

        Assert.InRange(transferred, 1, 100 * 1024);
        Assert.False(await page.IsVisibleAsync("#main-nav"));
        await page.ClickAsync(".navbar-toggler");
        Assert.True(await page.IsVisibleAsync("#main-nav"));
        Assert.Equal("true", await page.GetAttributeAsync(".navbar-toggler", "aria-expanded"));
        Assert.Empty(errors);
    }
}
