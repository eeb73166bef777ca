using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MirpsPractices.BrowserTests.Infrastructure;
using MirpsPractices.Core.Data;
using MirpsPractices.Core.Domain;

namespace MirpsPractices.BrowserTests.Translations;

/// <summary>Issue 12: the translation round trip with the keyboard only — a member translates and submits, a moderator reviews, an English reader reads it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class TranslationBrowserTests(BrowserFixture fixture)
{
    /// <summary>Presses Tab until the focused element matches <paramref name="isTarget"/> (a JavaScript test of <c>document.activeElement</c>).</summary>
    private static async Task TabToAsync(IPage page, string isTarget, int maxPresses = 150)
    {
        for (var i = 0; i < maxPresses; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>($"(function (e) {{ return !!e && ({isTarget}); }})(document.activeElement)"))
            {
                return;
            }
        }
        throw new InvalidOperationException($"Tab never reached an element where {isTarget}.");
    }

    private static Task<string> ActiveIdAsync(IPage page) => page.EvaluateAsync<string>("document.activeElement ? document.activeElement.id : ''");

    [Fact]
    public async Task A_member_translates_with_the_keyboard_a_moderator_reviews_and_an_English_reader_reads_it_with_the_note()
    {
        // A published Spanish practice of the employment team's member, not yet translated.
        int id;
        using (var scope = fixture.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var memberId = await db.Users.Where(u => u.Email == $"{Roles.EmploymentTeam.ToLowerInvariant()}@demo.mirps.example").Select(u => u.Id).SingleAsync();
            id = await db.Practices
                .Where(p => p.State == PracticeState.Published && p.RevisionOfId == null && p.Language == RecordLanguages.Spanish && p.SubmitterId == memberId
                    && !db.RecordTranslations.Any(t => t.RecordType == TranslatedRecordType.Practice && t.RecordId == p.Id))
                .OrderByDescending(p => p.Id).Select(p => p.Id).FirstAsync();
        }
        var url = $"/translations/practice/{id}";

        var (memberContext, member, memberErrors) = await fixture.NewPageAsync();
        await using var _ = memberContext;
        await fixture.SignInAsync(member, Roles.EmploymentTeam);
        await member.GotoAsync(url);
        var fields = await member.Locator(".translation-table [id^='field-']:is(input, textarea)").CountAsync();
        Assert.True(fields > 1);

        // From the top of the page, Tab to the first field, then type each translation and Tab on to the next.
        await TabToAsync(member, "e.id === 'field-0'");
        for (var i = 0; i < fields; i++)
        {
            Assert.Equal($"field-{i}", await ActiveIdAsync(member));
            await member.Keyboard.TypeAsync(i == 0 ? "Keyboard translated title" : $"Keyboard translation {i}");
            if (i < fields - 1)
            {
                await TabToAsync(member, $"e.id === 'field-{i + 1}'", maxPresses: 5);
            }
        }
        await TabToAsync(member, "e.type === 'submit' && e.value === 'submit'", maxPresses: 5);
        await member.Keyboard.PressAsync("Enter");
        await member.WaitForSelectorAsync("main .alert-success");
        await BrowserFixture.ScreenshotAsync(member, "translation-submitted");
        Assert.Contains("Enviada", await member.TextContentAsync("#translation-state"));

        // The moderator opens it and reviews it with the keyboard.
        var (moderatorContext, moderator, moderatorErrors) = await fixture.NewPageAsync();
        await using var __ = moderatorContext;
        await fixture.SignInAsync(moderator, Roles.Moderator);
        await moderator.GotoAsync(url);
        await TabToAsync(moderator, "e.type === 'submit' && e.value === 'review'");
        await moderator.Keyboard.PressAsync("Enter");
        await moderator.WaitForSelectorAsync("main .alert-success");
        Assert.Contains("Revisada", await moderator.TextContentAsync("#translation-state"));

        // An English reader sees the reviewed text, the note and the way to the original.
        var (readerContext, reader, readerErrors) = await fixture.NewPageAsync("en-GB");
        await using var ___ = readerContext;
        await reader.GotoAsync($"/practices/{id}");
        await reader.WaitForSelectorAsync("#practice-title");
        Assert.Equal("Keyboard translated title", (await reader.TextContentAsync("#practice-title"))?.Trim());
        Assert.Equal("en", await reader.GetAttributeAsync("article.practice", "lang"));
        Assert.Contains("Translated from Spanish.", await reader.TextContentAsync(".translation-note"));
        await BrowserFixture.ScreenshotAsync(reader, "translation-public-en");
        await TabToAsync(reader, "e.matches('.translation-note a')");
        await reader.Keyboard.PressAsync("Enter");
        await reader.WaitForAddressAsync(address => address.Contains("original=1", StringComparison.Ordinal));
        Assert.Equal("es", await reader.GetAttributeAsync("article.practice", "lang"));

        Assert.Empty(memberErrors);
        Assert.Empty(moderatorErrors);
        Assert.Empty(readerErrors);
    }
}
