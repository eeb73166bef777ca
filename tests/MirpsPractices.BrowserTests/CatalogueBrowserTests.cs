using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MirpsPractices.BrowserTests.Infrastructure;
using MirpsPractices.Core.Data;
using MirpsPractices.Core.Domain;

namespace MirpsPractices.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed partial class CatalogueBrowserTests(BrowserFixture fixture)
{
    private async Task<(int Id, string Slug, string Word, string Country)> APublishedPracticeAsync()
    {
        await using var scope = fixture.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var practice = await db.Practices
            .Where(p => p.State == PracticeState.Published && p.RevisionOfId == null && p.Countries.Any())
            .OrderByDescending(p => p.PublishedAtUtc)
            .Select(p => new { p.Id, p.Slug, p.Title, Country = p.Countries.Select(c => c.CountryCode).First() })
            .FirstAsync();
        var word = LongWord().Matches(practice.Title).First().Value;
        return (practice.Id, practice.Slug, word, practice.Country);
    }

    [Theory]
    [InlineData("es-ES", "es", "Buscar")]
    [InlineData("en-GB", "en", "Search")]
    public async Task Search_then_filter_then_open_a_practice_and_back_keeps_the_state(string locale, string culture, string searchButton)
    {
        var (id, slug, word, country) = await APublishedPracticeAsync();
        var (context, page, errors) = await fixture.NewPageAsync(locale);
        await using var _ = context;

        await page.GotoAsync($"/catalogue?culture={culture}");
        await page.FillAsync("#catalogue-q", word);
        await page.ClickAsync($".catalogue-search button:has-text('{searchButton}')");
        await page.WaitForAddressAsync(url => url.Contains("q=", StringComparison.Ordinal));

        // The facet checkbox submits the form by itself (script); the URL carries both the words and the filter.
        await page.CheckAsync($"#f-country-{country}");
        await page.WaitForAddressAsync(url => url.Contains($"country={country}", StringComparison.Ordinal));
        Assert.Contains($"q={Uri.EscapeDataString(word)}", page.Url, StringComparison.OrdinalIgnoreCase);
        await BrowserFixture.ScreenshotAsync(page, $"catalogue-filtered-{culture}");
        var filteredUrl = page.Url;

        await page.ClickAsync($"a[href='/practices/{id}/{slug}']");
        await page.WaitForAddressAsync(url => url.EndsWith($"/practices/{id}/{slug}", StringComparison.Ordinal));
        Assert.Equal(culture, await page.GetAttributeAsync("html", "lang"));

        await page.GoBackToAsync(filteredUrl);
        Assert.Equal(word, await page.InputValueAsync("#catalogue-q"));
        Assert.True(await page.IsCheckedAsync($"#f-country-{country}"));
        Assert.True(await page.Locator($"a[href='/practices/{id}/{slug}']").IsVisibleAsync());
        Assert.Empty(errors);
    }

    [Fact]
    public async Task The_catalogue_works_without_javascript()
    {
        var (_, _, _, country) = await APublishedPracticeAsync();
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = fixture.BaseUrl, JavaScriptEnabled = false });
        await using var _ = context;
        var page = await context.NewPageAsync();

        await page.GotoAsync("/catalogue?culture=es");
        await page.CheckAsync($"#f-country-{country}");
        await page.ClickAsync(".facet-actions button[type=submit]");
        await page.WaitForAddressAsync(url => url.Contains($"country={country}", StringComparison.Ordinal));
        Assert.True(await page.IsCheckedAsync($"#f-country-{country}"));
    }

    [Theory]
    [InlineData("home", "/")]
    [InlineData("catalogue", "/catalogue")]
    [InlineData("practice", null)]
    [InlineData("recommendations", "/recommendations")]
    [InlineData("statistics", "/statistics")]
    [InlineData("statistics-country", "/statistics/GT")]
    [InlineData("pathways", "/pathways")]
    [InlineData("organisations", "/organisations")]
    [InlineData("commitments-dashboard", "/commitments")]
    public async Task Public_pages_have_no_serious_or_critical_accessibility_violations(string name, string? path)
    {
        if (path is null)
        {
            var (id, slug, _, _) = await APublishedPracticeAsync();
            path = $"/practices/{id}/{slug}";
        }
        foreach (var culture in new[] { "es", "en" })
        {
            var (context, page, errors) = await fixture.NewPageAsync();
            await using var _ = context;
            var response = await page.GotoAsync($"{path}{(path.Contains('?', StringComparison.Ordinal) ? "&" : "?")}culture={culture}");
            Assert.Equal(200, response!.Status);
            await BrowserFixture.ScreenshotAsync(page, $"{name}-{culture}");

            var result = await page.RunAxe();
            var serious = result.Violations.Where(v => v.Impact is "serious" or "critical")
                .Select(v => $"{v.Id} ({v.Impact}): {v.Help} — {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}")
                .ToList();
            Assert.True(serious.Count == 0, $"{path} ({culture}):\n{string.Join("\n", serious)}");
            Assert.Empty(errors);
        }
    }

    [GeneratedRegex(@"[\p{L}]{6,}")]
    private static partial Regex LongWord();
}
