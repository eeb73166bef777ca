using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using MirpsPractices.BrowserTests.Infrastructure;
using MirpsPractices.Core.Domain;
using MirpsPractices.Core.Spreadsheets;

namespace MirpsPractices.BrowserTests.Imports;

/// <summary>Issue 15: a moderator imports a spreadsheet through the real screens, from the moderation queue to the finished import.</summary>
[Collection(BrowserCollection.Name)]
public sealed class BulkImportBrowserTests(BrowserFixture fixture)
{
    private static async Task AssertAccessibleAsync(IPage page)
    {
        var results = await page.RunAxe();
        var serious = results.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, string.Join("\n", serious.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Take(3).Select(n => n.Target?.ToString()))})")));
    }

    [Fact]
    public async Task A_moderator_uploads_an_xlsx_maps_its_columns_previews_the_rows_and_imports_them()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var sheet = XlsxWriter.Write(
        [
            ["title", "summary", "countries", "organisations", "start_date"],
            [$"Bolsa de empleo {tag}", "Una bolsa de empleo municipal.", "CR", "INFT", "2024-04-01"],
            [$"Ferias de empleo {tag}", "Ferias trimestrales con empleadores.", "PA | CR", "Ministerio de Trabajo", "2023-09-15"],
        ]);
        var (context, page, errors) = await fixture.NewPageAsync();
        await using var _ = context;
        await page.SetViewportSizeAsync(1280, 900);
        await fixture.SignInAsync(page, Roles.Moderator);

        await page.GotoAsync("/moderation");
        await page.ClickAsync("a[href='/moderation/imports']");
        await page.SetInputFilesAsync("#bulk-file", new FilePayload { Name = "practicas.xlsx", MimeType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Buffer = sheet });
        await page.ClickAsync("form.bulk-upload button[type=submit]");

        // Mapping: the open-data column names are recognised.
        await page.WaitForSelectorAsync("form.bulk-mapping");
        Assert.Equal("Title", await page.InputValueAsync("#map-0"));
        Assert.Equal("Organisations", await page.InputValueAsync("#map-3"));
        await AssertAccessibleAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "import-01-mapping");
        await page.ClickAsync("form.bulk-mapping button[type=submit]");

        // Preview: every row, the organisations it links, nothing saved yet.
        await page.WaitForSelectorAsync("table.bulk-preview");
        Assert.Contains("2 se importarán, 0 tienen errores", await page.TextContentAsync(".bulk-summary"));
        Assert.Contains("Ministerio de Trabajo y Previsión Laboral", await page.TextContentAsync("#row-3"));
        await AssertAccessibleAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "import-02-preview");
        // The drafts go to a team member, who can then edit and submit them.
        await page.SelectOptionAsync("#import-owner", new SelectOptionValue { Index = 1 });
        await page.ClickAsync("form[action$='/start'] button[type=submit]");

        // Progress: the page refreshes itself until the background import finishes.
        await page.WaitForSelectorAsync(".bulk-counts:has-text('2 creadas')", new PageWaitForSelectorOptions { Timeout = 60_000 });
        Assert.Contains("Terminada", await page.TextContentAsync("#bulk-progress-label"));
        await AssertAccessibleAsync(page);
        await BrowserFixture.ScreenshotAsync(page, "import-03-done");
        Assert.Empty(errors);
    }
}
