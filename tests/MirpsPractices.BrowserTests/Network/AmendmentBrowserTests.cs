using Deque.AxeCore.Playwright;
using MirpsPractices.BrowserTests.Infrastructure;
using MirpsPractices.Core.Domain;

namespace MirpsPractices.BrowserTests.Network;

/// <summary>Issue 14, item 5: the seeded draft's open amendment, its word diff and the decision form, in a real browser.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AmendmentBrowserTests(BrowserFixture fixture)
{
    private const string DraftTitle = "Incluir a organizaciones de personas desplazadas en las mesas técnicas municipales de empleo";

    [Theory]
    [InlineData("es-ES", "es", "Rechazar la enmienda", "Explique por qué rechaza la enmienda.")]
    [InlineData("en-GB", "en", "Reject the amendment", "Explain why you reject the amendment.")]
    public async Task The_drafter_sees_the_diff_accessibly_and_a_rejection_without_reason_is_explained(string locale, string suffix, string reject, string message)
    {
        var (context, page, errors) = await fixture.NewPageAsync(locale);
        await using var _ = context;
        // The sample draft was written by the refugee-led organisations' group.
        await fixture.SignInAsync(page, Roles.RefugeeLed);
        await page.GotoAsync("/workspace/recommendations");
        await page.ClickAsync($".record-card h2 a:text-is('{DraftTitle}')");
        await page.WaitForSelectorAsync("#amendments");

        Assert.True(await page.IsVisibleAsync(".amendment-diff ins"));
        Assert.True(await page.IsVisibleAsync(".amendment-diff del"));
        // The "added" word is for screen readers: a 1-pixel clipped box on screen.
        var hidden = await page.Locator(".amendment-diff ins .visually-hidden").First.BoundingBoxAsync();
        Assert.True(hidden is null || hidden.Width <= 1, $"visually hidden label is {hidden?.Width} px wide");
        await BrowserFixture.ScreenshotAsync(page, $"workspace-amendment-{suffix}");
        var result = await page.RunAxe();
        Assert.True(result.Violations.Length == 0,
            string.Join("\n", result.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Html))})")));

        // Keyboard only: focus the reject button and press Enter with the reason left empty.
        await page.FocusAsync($"#amendments button:text-is('{reject}')");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForSelectorAsync(".error-summary");
        Assert.Contains(message, await page.InnerTextAsync(".error-summary"));
        Assert.Equal("true", await page.GetAttributeAsync("#Decide_Reason", "aria-invalid"));
        Assert.Empty(errors);
    }
}
