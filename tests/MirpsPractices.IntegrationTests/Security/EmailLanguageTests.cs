using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MirpsPractices.Core.Domain;
using MirpsPractices.IntegrationTests.Infrastructure;

namespace MirpsPractices.IntegrationTests.Security;

/// <summary>Each person chooses the language of the portal's e-mails; every account e-mail is written in it.</summary>
public sealed class EmailLanguageTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_account_page_saves_the_e_mail_language_and_refuses_anything_but_Spanish_or_English()
    {
        const string email = "language.choice@example.org";
        var userId = await factory.CreateUserAsync(email, Roles.CivilSociety);
        var client = await factory.SignedInClientAsync(email);
        Assert.Contains("<option value=\"es\" lang=\"es\" selected=\"selected\">", await client.GetStringAsync("/account/manage"));

        var saved = await client.PostWithTokenAsync("/account/manage/preferences", [new("PreferredLanguage", "en")]);
        Assert.True(saved.IsRedirectTo("/account/manage"));
        Assert.Equal("en", await LanguageOfAsync(userId));
        Assert.Contains("<option value=\"en\" lang=\"en\" selected=\"selected\">", await client.GetStringAsync("/account/manage"));

        foreach (var bad in new[] { "fr", "", "EN" })
        {
            var refused = await client.PostWithTokenAsync("/account/manage/preferences", [new("PreferredLanguage", bad)]);
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            Assert.Contains("Elija español o inglés.", await refused.Content.ReadAsStringAsync());
        }
        Assert.Equal("en", await LanguageOfAsync(userId));
    }

    [Fact]
    public async Task A_password_reset_e_mail_is_in_the_recipients_language_whatever_the_language_of_the_request()
    {
        const string english = "reset.english@example.org", spanish = "reset.spanish@example.org";
        await factory.CreateUserAsync(english, Roles.CivilSociety);
        await factory.CreateUserAsync(spanish, Roles.CivilSociety);
        await SetLanguageAsync(english, RecordLanguages.English);

        // Asked from a Spanish page for the English reader, from an English page for the Spanish reader.
        var anonymous = factory.CreateBrowserLikeClient();
        await anonymous.PostFormAsync("/account/forgot-password?culture=es", "/account/forgot-password?culture=es", [new("Email", english)]);
        await anonymous.PostFormAsync("/account/forgot-password?culture=en", "/account/forgot-password?culture=en", [new("Email", spanish)]);

        var toEnglish = factory.Emails.LastTo(english);
        Assert.Equal("Reset your password", toEnglish.Subject);
        Assert.StartsWith("Hello reset.english,", toEnglish.TextBody);
        Assert.DoesNotContain("contraseña", toEnglish.TextBody);
        var toSpanish = factory.Emails.LastTo(spanish);
        Assert.Equal("Restablecer su contraseña", toSpanish.Subject);
        Assert.StartsWith("Hola, reset.spanish:", toSpanish.TextBody);
        Assert.DoesNotContain("Someone asked", toSpanish.TextBody);
    }

    [Fact]
    public async Task An_invitation_is_in_the_language_chosen_on_the_form_which_starts_as_the_administrators()
    {
        var admin = await factory.SignedInAsRoleAsync(Roles.Administrator);
        Assert.Contains("<option value=\"en\" lang=\"en\" selected=\"selected\">", await admin.GetStringAsync("/admin/users/invite?culture=en"));
        Assert.Contains("<option value=\"es\" lang=\"es\" selected=\"selected\">", await admin.GetStringAsync("/admin/users/invite?culture=es"));

        foreach (var (email, language) in new[] { ("invitee.en@example.org", "en"), ("invitee.es@example.org", "es") })
        {
            var invited = await admin.PostWithTokenAsync("/admin/users/invite",
                [new("Email", email), new("DisplayName", "Invitee"), new("Roles", Roles.CivilSociety), new("PreferredLanguage", language)], "/admin/users/invite");
            Assert.Equal(HttpStatusCode.Redirect, invited.StatusCode);
            Assert.Equal(language, await factory.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.PreferredLanguage).SingleAsync()));
        }
        Assert.Equal("Invitation to the MIRPS good-practices portal", factory.Emails.LastTo("invitee.en@example.org").Subject);
        Assert.StartsWith("Hello Invitee,", factory.Emails.LastTo("invitee.en@example.org").TextBody);
        Assert.Equal("Invitación al portal de buenas prácticas MIRPS", factory.Emails.LastTo("invitee.es@example.org").Subject);

        var unknown = await admin.PostWithTokenAsync("/admin/users/invite",
            [new("Email", "invitee.fr@example.org"), new("DisplayName", "Invitee"), new("Roles", Roles.CivilSociety), new("PreferredLanguage", "fr")], "/admin/users/invite");
        Assert.Equal(HttpStatusCode.OK, unknown.StatusCode);
        Assert.Contains("Elija español o inglés.", await unknown.Content.ReadAsStringAsync());
        Assert.False(await factory.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == "invitee.fr@example.org")));
    }

    private Task<string> LanguageOfAsync(string userId) =>
        factory.WithDbAsync(db => db.Users.Where(u => u.Id == userId).Select(u => u.PreferredLanguage).SingleAsync());

    private async Task SetLanguageAsync(string email, string language)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = (await users.FindByEmailAsync(email))!;
        user.PreferredLanguage = language;
        await users.UpdateAsync(user);
    }
}
