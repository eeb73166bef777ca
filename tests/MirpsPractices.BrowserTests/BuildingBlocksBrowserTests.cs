using Deque.AxeCore.Playwright;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MirpsPractices.BrowserTests.Infrastructure;
using MirpsPractices.Core.Data;
using MirpsPractices.Core.Domain;

namespace MirpsPractices.BrowserTests;

/// <summary>Building blocks (issue 13) in a real browser: typed and autosaved in the form with the keyboard, and their public page.</summary>
[Collection(BrowserCollection.Name)]
public sealed class BuildingBlocksBrowserTests(BrowserFixture fixture)
{
    private static async Task AssertAccessibleAsync(IPage page)
    {
        var results = await page.RunAxe();
        var serious = results.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, string.Join("\n", serious.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Take(3).Select(n => n.Target?.ToString()))})")));
    }

    [Fact]
    public async Task A_block_typed_with_the_keyboard_is_autosaved_and_comes_back_after_a_reload()
    {
        var (context, page, errors) = await fixture.NewPageAsync();
        await using var _ = context;
        await fixture.SignInAsync(page, Roles.EmploymentTeam);
        await page.GotoAsync("/my/practices/new");
        await page.FillAsync("#Input_Title", "Práctica con un componente tecleado");
        await page.ClickAsync("button[value=save]");
        await page.WaitForSelectorAsync("main > .alert-success");

        await page.FocusAsync("#Input_BuildingBlocks_0__Title");
        await page.Keyboard.TypeAsync("Ventanilla itinerante de empleo");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Input_BuildingBlocks_0__Description", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        await page.Keyboard.TypeAsync("Un equipo municipal que visita las comunidades rurales.");
        await page.FocusAsync("#Input_BuildingBlocks_0__ActorTypes_LocalGovernment");
        await page.Keyboard.PressAsync("Space");
        Assert.True(await page.IsCheckedAsync("#Input_BuildingBlocks_0__ActorTypes_LocalGovernment"));

        await page.WaitForFunctionAsync("() => /guardado automáticamente/.test(document.getElementById('autosave-status').textContent)", null, new PageWaitForFunctionOptions { Timeout = 15000 });
        using (var scope = fixture.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var block = await db.PracticeBuildingBlocks.Where(b => b.Title == "Ventanilla itinerante de empleo").SingleAsync();
            Assert.Equal("LocalGovernment", block.ActorTypeCodes);
        }
        await page.ReloadAsync();
        Assert.Equal("Ventanilla itinerante de empleo", await page.InputValueAsync("#Input_BuildingBlocks_0__Title"));
        Assert.Equal("Un equipo municipal que visita las comunidades rurales.", await page.InputValueAsync("#Input_BuildingBlocks_0__Description"));
        Assert.True(await page.IsCheckedAsync("#Input_BuildingBlocks_0__ActorTypes_LocalGovernment"));
        await page.Locator("#section-blocks").ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(BrowserFixture.ArtifactsDirectory, "blocks-02-form-section.png") });
        Assert.Equal(1, await page.GetByRole(AriaRole.Group, new() { Name = "Componente 2" }).CountAsync());
        await AssertAccessibleAsync(page);

        // "Add a building block" with script adds the fieldset in place, focused, and the autosave takes what is typed in it.
        await page.FillAsync("#Input_BuildingBlocks_1__Title", "Bolsa de empleo rural");
        var url = page.Url;
        await page.FocusAsync("button[value=add-block]");
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal(1, await page.GetByRole(AriaRole.Group, new() { Name = "Componente 3" }).CountAsync());
        Assert.Equal("Input_BuildingBlocks_2__Title", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        Assert.Equal(url, page.Url);
        await page.Keyboard.TypeAsync("Registro de oficios");
        await page.FocusAsync("#Input_BuildingBlocks_2__ActorTypes_Academia");
        await page.Keyboard.PressAsync("Space");
        await page.WaitForFunctionAsync("() => /guardado automáticamente/.test(document.getElementById('autosave-status').textContent)", null, new PageWaitForFunctionOptions { Timeout = 15000 });
        using (var scope = fixture.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var practiceId = await db.PracticeBuildingBlocks.Where(b => b.Title == "Ventanilla itinerante de empleo").Select(b => b.PracticeId).SingleAsync();
            await WaitForAsync(async () => await db.PracticeBuildingBlocks.CountAsync(b => b.PracticeId == practiceId && b.Title == "Registro de oficios" && b.Position == 3) == 1);
        }
        Assert.Empty(errors);
    }

    private static async Task WaitForAsync(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 60 && !await condition(); i++)
        {
            await Task.Delay(250);
        }
        Assert.True(await condition());
    }

    [Fact]
    public async Task A_block_page_is_accessible_and_links_to_a_similar_block_of_another_practice()
    {
        int practiceId, position;
        using (var scope = fixture.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var sample = await db.PracticeBuildingBlocks.Where(b => b.Title == "Sello de empleador inclusivo").Select(b => new { b.PracticeId, b.Position }).SingleAsync();
            (practiceId, position) = (sample.PracticeId, sample.Position);
        }
        var (context, page, errors) = await fixture.NewPageAsync("en-GB");
        await using var _ = context;
        await page.GotoAsync($"/practices/{practiceId}/blocks/{position}?culture=en");
        Assert.Equal("Sello de empleador inclusivo", (await page.InnerTextAsync("h1")).Trim());
        await BrowserFixture.ScreenshotAsync(page, "blocks-01-block-page");
        await AssertAccessibleAsync(page);

        // The similar block's practice has a reviewed English translation (sample data): it is listed in English.
        var similar = page.Locator(".similar-blocks a", new() { HasText = "Recognition seal for inclusive employers" });
        var href = await similar.GetAttributeAsync("href");
        Assert.StartsWith("/practices/", href, StringComparison.Ordinal);
        Assert.DoesNotContain($"/practices/{practiceId}/", href, StringComparison.Ordinal);
        // A plain link reachable from the keyboard; then its page is opened.
        await similar.FocusAsync();
        Assert.Equal(href, await page.EvaluateAsync<string>("() => document.activeElement.getAttribute('href')"));
        await page.GotoAsync(href! + "?culture=en");
        Assert.Equal("Recognition seal for inclusive employers", (await page.InnerTextAsync("h1")).Trim());
        Assert.Contains("Sello de empleador inclusivo", await page.InnerTextAsync(".similar-blocks"));
        Assert.Empty(errors);
    }
}
