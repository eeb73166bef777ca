using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using MirpsPractices.BrowserTests.Infrastructure;
using MirpsPractices.Core.Domain;

namespace MirpsPractices.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class AdministrationBrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task An_administrator_invites_someone_who_sets_a_password_and_signs_in()
    {
        const string email = "browser.invitee@example.org";
        const string passphrase = "mi frase de paso para el navegador";
        var (adminContext, admin, adminErrors) = await fixture.NewPageAsync();
        await using var _ = adminContext;
        await fixture.SignInAsync(admin, Roles.Administrator);

        await admin.GotoAsync("/admin/users/invite");
        await admin.FillAsync("#Email", email);
        await admin.FillAsync("#DisplayName", "Persona Invitada");
        await admin.CheckAsync("#role-CivilSociety");
        await admin.SelectOptionAsync("#OrganisationId", new SelectOptionValue { Index = 1 });
        await BrowserFixture.ScreenshotAsync(admin, "admin-invite");
        await admin.ClickAsync("form[action='/admin/users/invite'] button[type=submit]");
        await admin.WaitForAddressAsync(url => url.Contains("/admin/users/", StringComparison.Ordinal) && !url.EndsWith("/invite", StringComparison.Ordinal));
        Assert.Contains(email, await admin.TextContentAsync("main"));
        await BrowserFixture.ScreenshotAsync(admin, "admin-user");

        var (context, page, errors) = await fixture.NewPageAsync();
        await using var __ = context;
        await page.GotoAsync(fixture.Emails.LinkTo(email, "/account/invitation"));
        Assert.Contains(email, await page.TextContentAsync("main"));
        await page.FillAsync("#Password", passphrase);
        await page.FillAsync("#ConfirmPassword", passphrase);
        await BrowserFixture.ScreenshotAsync(page, "account-invitation");
        await AssertAccessibleAsync(page);
        await page.ClickAsync("form[action='/account/invitation'] button[type=submit]");
        await page.WaitForAddressAsync(url => url.Contains("/account/signin", StringComparison.Ordinal));

        await page.FillAsync("#Email", email);
        await page.FillAsync("#Password", passphrase);
        await page.ClickAsync("form[action='/account/signin'] button[type=submit]");
        await page.WaitForAddressAsync(url => !url.Contains("/account/signin", StringComparison.Ordinal));
        await page.GotoAsync("/account/manage");
        Assert.Contains("Persona Invitada", await page.TextContentAsync("main"));
        await BrowserFixture.ScreenshotAsync(page, "account-manage");
        await AssertAccessibleAsync(page);

        Assert.Empty(adminErrors);
        Assert.Empty(errors);
    }

    [Theory]
    [InlineData("/admin", "admin-dashboard")]
    [InlineData("/admin/users", "admin-users")]
    [InlineData("/admin/organisations", "admin-organisations")]
    [InlineData("/admin/organisations/new", "admin-organisation-new")]
    [InlineData("/admin/reference", "admin-reference")]
    [InlineData("/admin/audit", "admin-audit")]
    [InlineData("/account/two-factor", "account-two-factor")]
    [InlineData("/account/change-password", "account-change-password")]
    [InlineData("/account/delete", "account-delete")]
    public async Task Administration_and_account_pages_are_accessible_and_error_free(string url, string name)
    {
        var (context, page, errors) = await fixture.NewPageAsync();
        await using var _ = context;
        await fixture.SignInAsync(page, Roles.Administrator);

        var response = await page.GotoAsync(url);
        await BrowserFixture.ScreenshotAsync(page, name);

        Assert.Equal(200, response!.Status);
        await AssertAccessibleAsync(page);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task New_recovery_codes_are_given_only_after_the_password_is_typed_again()
    {
        var (context, page, errors) = await fixture.NewPageAsync("en-GB");
        await using var _ = context;
        await fixture.SignInAsync(page, Roles.Administrator);
        await page.GotoAsync("/account/two-factor?culture=en");

        await page.ClickAsync("button:has-text('Generate new recovery codes')");
        await page.WaitForSelectorAsync("#Password-error");
        Assert.Contains("Enter the password.", await page.TextContentAsync("#Password-error"));
        Assert.Equal("true", await page.GetAttributeAsync("#Password", "aria-invalid"));
        Assert.Equal(0, await page.Locator("li > code").CountAsync());
        await BrowserFixture.ScreenshotAsync(page, "account-two-factor-confirm");
        await AssertAccessibleAsync(page);

        await page.FillAsync("#Password", BrowserFixture.DemoPassword);
        await page.ClickAsync("button:has-text('Generate new recovery codes')");
        await page.WaitForSelectorAsync("li > code");
        Assert.Equal(10, await page.Locator("li > code").CountAsync());
        Assert.Empty(errors);
    }

    [Theory]
    [InlineData("/account/signin", "account-signin")]
    [InlineData("/account/forgot-password", "account-forgot-password")]
    public async Task Anonymous_account_pages_are_accessible(string url, string name)
    {
        var (context, page, errors) = await fixture.NewPageAsync("en-GB");
        await using var _ = context;
        await page.GotoAsync(url + "?culture=en");
        await BrowserFixture.ScreenshotAsync(page, name + "-en");
        await AssertAccessibleAsync(page);
        Assert.Empty(errors);
    }

    private static async Task AssertAccessibleAsync(IPage page)
    {
        var result = await page.RunAxe();
        Assert.True(result.Violations.Length == 0, string.Join("; ", result.Violations.Select(v => $"{v.Id}: {string.Join(", ", v.Nodes.Select(n => string.Join(" ", n.Target)))}")));
    }
}
