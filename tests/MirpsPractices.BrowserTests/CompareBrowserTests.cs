using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using MirpsPractices.BrowserTests.Infrastructure;

namespace MirpsPractices.BrowserTests;

/// <summary>Choosing practices to compare from the catalogue: with the keyboard, with and without JavaScript.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CompareBrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Two_practices_ticked_in_the_catalogue_are_compared_without_javascript()
    {
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = fixture.BaseUrl, JavaScriptEnabled = false });
        await using var _ = context;
        var page = await context.NewPageAsync();

        await page.GotoAsync("/catalogue?culture=en");
        var boxes = page.Locator(".compare-check input[name=ids]");
        Assert.True(await boxes.CountAsync() >= 2);
        var first = await boxes.Nth(0).GetAttributeAsync("value");
        var second = await boxes.Nth(1).GetAttributeAsync("value");
        await boxes.Nth(0).CheckAsync();
        await boxes.Nth(1).CheckAsync();
        await page.ClickAsync("button[form=compare-form]");

        await page.WaitForAddressAsync(url => url.Contains("/compare?", StringComparison.Ordinal));
        Assert.Contains($"ids={first}", page.Url, StringComparison.Ordinal);
        Assert.Contains($"ids={second}", page.Url, StringComparison.Ordinal);
        Assert.Equal(3, await page.Locator(".compare-table thead th[scope=col]").CountAsync());
    }

    [Fact]
    public async Task The_keyboard_ticks_practices_the_count_is_announced_and_a_fifth_cannot_be_ticked()
    {
        var (context, page, errors) = await fixture.NewPageAsync("en-GB");
        await using var _ = context;
        await page.GotoAsync("/catalogue?culture=en");
        var catalogueUrl = page.Url;
        var boxes = page.Locator(".compare-check input[name=ids]");
        Assert.True(await boxes.CountAsync() >= 5);

        // Each checkbox has an accessible name that says which practice it compares.
        var title = (await page.Locator(".result-title a").First.InnerTextAsync()).Trim();
        Assert.Equal(1, await page.GetByRole(AriaRole.Checkbox, new() { Name = $"Compare “{title}”", Exact = true }).CountAsync());

        for (var i = 0; i < 4; i++)
        {
            await boxes.Nth(i).FocusAsync();
            await page.Keyboard.PressAsync("Space");
        }
        // Ticking a compare box does not submit the catalogue's own filter form.
        Assert.Equal(catalogueUrl, page.Url);
        Assert.Equal("4 of 4 selected", (await page.InnerTextAsync("#compare-status")).Trim());
        Assert.True(await boxes.Nth(4).IsDisabledAsync());

        var axe = await page.RunAxe();
        Assert.Empty(axe.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => v.Id));

        await page.Locator("button[form=compare-form]").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForAddressAsync(url => url.Contains("/compare?", StringComparison.Ordinal));
        Assert.Equal(5, await page.Locator(".compare-table thead th[scope=col]").CountAsync());
        Assert.Empty(errors);
    }
}
