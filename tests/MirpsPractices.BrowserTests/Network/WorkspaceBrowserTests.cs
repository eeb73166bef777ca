using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using MirpsPractices.BrowserTests.Infrastructure;
using MirpsPractices.Core.Domain;

namespace MirpsPractices.BrowserTests.Network;

[Collection(BrowserCollection.Name)]
public sealed class WorkspaceBrowserTests(BrowserFixture fixture)
{
    private static async Task AssertAccessibleAsync(IPage page)
    {
        var result = await page.RunAxe();
        Assert.True(result.Violations.Length == 0,
            string.Join("\n", result.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Html))})")));
    }

    [Theory]
    [InlineData("es-ES", "es")]
    [InlineData("en-GB", "en")]
    public async Task Workspace_pages_render_accessibly(string locale, string suffix)
    {
        var (context, page, errors) = await fixture.NewPageAsync(locale);
        await using var _ = context;
        await fixture.SignInAsync(page, Roles.EmploymentTeam);

        foreach (var (path, name) in new[]
        {
            ("/workspace", "workspace-overview"),
            ("/workspace/recommendations", "workspace-recommendations"),
            ("/workspace/commitments", "workspace-commitments"),
            ("/workspace/sessions", "workspace-sessions"),
            ("/workspace/reports", "workspace-reports"),
        })
        {
            var response = await page.GotoAsync(path);
            Assert.Equal(200, response!.Status);
            await BrowserFixture.ScreenshotAsync(page, $"{name}-{suffix}");
            Assert.Equal("page", await page.GetAttributeAsync($".workspace-nav a[href='{path}']", "aria-current"));
            await AssertAccessibleAsync(page);
        }

        // Forms without their own navigation entry: the commitment form (with its joint-commitment fields) and the bulk update page.
        foreach (var (path, name) in new[] { ("/workspace/commitments/new", "workspace-commitment-form"), ("/workspace/commitments/bulk", "workspace-commitment-bulk") })
        {
            var response = await page.GotoAsync(path);
            Assert.Equal(200, response!.Status);
            await BrowserFixture.ScreenshotAsync(page, $"{name}-{suffix}");
            await AssertAccessibleAsync(page);
        }

        // The first record of each kind, whatever the sample data holds.
        foreach (var (list, selector, name) in new[]
        {
            ("/workspace/recommendations", ".record-card h2 a", "workspace-recommendation"),
            ("/workspace/commitments", ".commitments-table tbody a", "workspace-commitment"),
            ("/workspace/sessions", ".record-card h3 a", "workspace-session"),
        })
        {
            await page.GotoAsync(list);
            await page.ClickAsync(selector);
            await page.WaitForSelectorAsync("h1");
            await BrowserFixture.ScreenshotAsync(page, $"{name}-{suffix}");
            await AssertAccessibleAsync(page);
        }
        Assert.Empty(errors);
    }

    [Fact]
    public async Task An_incomplete_commitment_shows_an_error_summary_that_takes_focus()
    {
        var (context, page, errors) = await fixture.NewPageAsync();
        await using var _ = context;
        await fixture.SignInAsync(page, Roles.CivilSociety);
        await page.GotoAsync("/workspace/commitments/new");
        Assert.True(await page.IsHiddenAsync("#replication-fields"));
        await page.CheckAsync("#kind-ReplicatePractice");
        Assert.True(await page.IsVisibleAsync("#replication-fields"));

        await page.ClickAsync("form.record-form button[type=submit]");
        await page.WaitForSelectorAsync(".error-summary");
        await BrowserFixture.ScreenshotAsync(page, "workspace-commitment-errors");

        Assert.Equal("error-summary-title", await page.EvaluateAsync<string>("document.activeElement.getAttribute('aria-labelledby')"));
        await page.ClickAsync(".error-summary a[href='#Input_Title']");
        Assert.Equal("Input_Title", await page.EvaluateAsync<string>("document.activeElement.id"));
        Assert.Equal("true", await page.GetAttributeAsync("#Input_Title", "aria-invalid"));
        await AssertAccessibleAsync(page);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task A_report_is_generated_in_the_background_with_live_progress()
    {
        var (context, page, errors) = await fixture.NewPageAsync();
        await using var _ = context;
        await fixture.SignInAsync(page, Roles.LocalGovernanceTeam);
        await page.GotoAsync("/workspace/reports");
        Assert.True(await page.IsHiddenAsync("#scope-session-fields"));
        await page.CheckAsync("#Input_StrategyAreas-0");
        await page.ClickAsync("form.record-form button[type=submit]");

        await page.WaitForAddressAsync(url => url.Contains("/workspace/reports/", StringComparison.Ordinal));
        Assert.Equal("status", await page.GetAttributeAsync("#report-status-message", "role"));
        await page.WaitForSelectorAsync("#report-download", new PageWaitForSelectorOptions { State = WaitForSelectorState.Visible, Timeout = 60_000 });
        Assert.Equal("100", await page.EvaluateAsync<string>("String(document.getElementById('report-progress').value)"));
        Assert.True(await page.IsHiddenAsync("[data-hide-with-script]"));
        await BrowserFixture.ScreenshotAsync(page, "workspace-report-ready");
        await AssertAccessibleAsync(page);

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#report-download"));
        Assert.EndsWith(".docx", download.SuggestedFilename);

        await page.ClickAsync("#report-print");
        await page.WaitForSelectorAsync("article.report");
        await BrowserFixture.ScreenshotAsync(page, "workspace-report-print");
        await AssertAccessibleAsync(page);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Saving_a_session_someone_else_saved_meanwhile_warns_and_keeps_the_typing()
    {
        var (context, page, errors) = await fixture.NewPageAsync();
        await using var _ = context;
        await fixture.SignInAsync(page, Roles.EmploymentTeam);
        await page.GotoAsync("/workspace/sessions/new");
        await page.FillAsync("#Input_Date", "2026-10-01");
        await page.FillAsync("#Input_Title", "Sesión de prueba de concurrencia");
        await page.FillAsync("#Input_Agenda", "Acuerdos.");
        await page.ClickAsync("form.record-form button[type=submit]");
        await page.WaitForAddressAsync(url => !url.EndsWith("/new", StringComparison.Ordinal));
        var edit = new Uri(page.Url).AbsolutePath + "/edit";
        await page.GotoAsync(edit);

        // A colleague of the other technical team saves the same session in the meantime.
        var (otherContext, other, otherErrors) = await fixture.NewPageAsync();
        await using var __ = otherContext;
        await fixture.SignInAsync(other, Roles.LocalGovernanceTeam);
        await other.GotoAsync(edit);
        await other.FillAsync("#Input_Title", "Sesión corregida por gobernanza local");
        await other.ClickAsync("form.record-form button[type=submit]");
        await other.WaitForAddressAsync(url => !url.EndsWith("/edit", StringComparison.Ordinal));

        await page.FillAsync("#Input_Title", "Lo que escribió el equipo de empleo");
        await page.ClickAsync("form.record-form button[type=submit]");

        await page.WaitForSelectorAsync("#conflict");
        await BrowserFixture.ScreenshotAsync(page, "workspace-session-conflict");
        Assert.Equal("alert", await page.GetAttributeAsync("#conflict", "role"));
        Assert.Equal("Lo que escribió el equipo de empleo", await page.InputValueAsync("#Input_Title"));
        Assert.Equal(edit, await page.GetAttributeAsync("#conflict a", "href"));
        await AssertAccessibleAsync(page);
        Assert.Empty(errors);
        Assert.Empty(otherErrors);
    }
}
