using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MirpsPractices.Core.Auditing;
using MirpsPractices.Core.Domain;
using MirpsPractices.IntegrationTests.Infrastructure;

namespace MirpsPractices.IntegrationTests.Security;

public sealed class AdministrationTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task An_invited_person_sets_a_password_from_the_e_mailed_link_and_signs_in()
    {
        const string email = "invited.person@example.org";
        var admin = await factory.SignedInAsRoleAsync(Roles.Administrator);
        var organisationId = await FirstOrganisationAsync();

        var invited = await admin.PostWithTokenAsync("/admin/users/invite",
            [new("Email", email), new("DisplayName", "Invited Person"), new("Roles", Roles.CivilSociety), new("OrganisationId", $"{organisationId}")], "/admin/users/invite");
        Assert.Equal(HttpStatusCode.Redirect, invited.StatusCode);
        var user = await factory.WithDbAsync(db => db.Users.SingleAsync(u => u.Email == email));
        Assert.Null(user.PasswordHash);
        Assert.Equal(organisationId, user.OrganisationId);

        var link = factory.Emails.LinkTo(email, "/account/invitation");
        Assert.StartsWith("http://localhost:5080/account/invitation?user=", factory.Emails.LastTo(email).TextBody.Split('\n').First(l => l.Contains("/account/invitation", StringComparison.Ordinal)).Trim());
        var invitee = factory.CreateBrowserLikeClient();
        var query = System.Web.HttpUtility.ParseQueryString(link.Split('?')[1]);
        async Task<HttpResponseMessage> SetAsync(string password) => await invitee.PostFormAsync(link, "/account/invitation",
            [new("User", query["user"]!), new("Token", query["token"]!), new("Password", password), new("ConfirmPassword", password)]);

        var common = await SetAsync("passwordpassword");
        Assert.Contains("demasiado común", await common.Content.ReadAsStringAsync());
        var tooShort = await SetAsync("elevenchars");
        Assert.Contains("al menos 12 caracteres", await tooShort.Content.ReadAsStringAsync());
        var tooLong = await SetAsync(new string('x', 257));
        Assert.Contains("como máximo 256 caracteres", await tooLong.Content.ReadAsStringAsync());
        var passphrase = "una frase larga de más de sesenta y cuatro caracteres, sin reglas de composición";
        Assert.True(passphrase.Length > 64);
        var set = await SetAsync(passphrase);
        Assert.True(set.IsRedirectTo("/account/signin"), $"{(int)set.StatusCode}");

        var reused = await invitee.GetStringAsync(link);
        Assert.Contains("no es válido, ya se usó o venció", reused);
        var signIn = await factory.CreateBrowserLikeClient().SignInWithEmailAsync(email, passphrase, authenticatorKey: null);
        Assert.True(signIn.IsRedirectTo("/"));
        var events = await factory.WithDbAsync(db => db.AuditLog.Where(a => a.EntityId == user.Id || a.UserId == user.Id).Select(a => a.EventType).ToListAsync());
        Assert.Contains(AuditEvents.InvitationSent, events);
        Assert.Contains(AuditEvents.InvitationAccepted, events);
        Assert.Contains(AuditEvents.SignIn, events);
    }

    [Theory]
    [InlineData("2147483647")]
    [InlineData("99999999")]
    [InlineData("-5")]
    public async Task The_audit_log_shows_its_last_or_first_page_for_a_page_number_out_of_range(string page)
    {
        var admin = await factory.SignedInAsRoleAsync(Roles.Administrator);
        var response = await admin.GetAsync($"/admin/audit?page={page}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<table", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_user_search_finds_a_name_whatever_its_capitals_and_takes_wildcards_literally()
    {
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<ApplicationUser>>();
            Assert.True((await users.CreateAsync(new ApplicationUser { UserName = "zr@example.org", Email = "zr@example.org", DisplayName = "Zoila Ramírez", CreatedAtUtc = DateTime.UtcNow })).Succeeded);
        }
        var admin = await factory.SignedInAsRoleAsync(Roles.Administrator);

        Assert.Contains("Zoila Ramírez", await admin.GetStringAsync("/admin/users?q=zoila"));
        Assert.Contains("Zoila Ramírez", await admin.GetStringAsync("/admin/users?q=ZOILA%20RAM"));
        Assert.DoesNotContain("Zoila Ramírez", await admin.GetStringAsync("/admin/users?q=Zo%25a"));
        Assert.DoesNotContain("Zoila Ramírez", await admin.GetStringAsync("/admin/users?q=Zoil_"));
    }

    [Fact]
    public async Task Changing_roles_is_audited_and_an_administrator_cannot_demote_themselves()
    {
        var userId = await factory.CreateUserAsync("role.change@example.org", Roles.EmploymentTeam);
        var admin = await factory.SignedInAsRoleAsync(Roles.Administrator);

        var saved = await admin.PostWithTokenAsync($"/admin/users/{userId}/access", [new("Roles", Roles.Moderator), new("Roles", Roles.RefugeeLed)], $"/admin/users/{userId}");
        Assert.True(saved.IsRedirectTo($"/admin/users/{userId}"));
        var roles = await factory.WithDbAsync(db => db.UserRoles.Where(r => r.UserId == userId).Join(db.Roles, r => r.RoleId, r => r.Id, (_, r) => r.Name).ToListAsync());
        Assert.Equal([Roles.Moderator, Roles.RefugeeLed], roles.Order());
        var change = await factory.WithDbAsync(db => db.AuditLog.SingleAsync(a => a.EventType == AuditEvents.RoleChanged && a.EntityId == userId));
        Assert.Contains("added: ", change.Details);
        Assert.Contains("removed: EmploymentTeam", change.Details);
        Assert.NotNull(change.UserId);

        var adminId = await factory.WithDbAsync(db => db.Users.Where(u => u.Email == TestClientExtensions.DemoEmail(Roles.Administrator)).Select(u => u.Id).SingleAsync());
        await admin.PostWithTokenAsync($"/admin/users/{adminId}/access", [new("Roles", Roles.CivilSociety)], $"/admin/users/{adminId}");
        await admin.PostWithTokenAsync($"/admin/users/{adminId}/deactivate", [], $"/admin/users/{adminId}");
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/admin")).StatusCode);
    }

    [Fact]
    public async Task A_deactivated_account_cannot_sign_in_and_gets_no_hint_why()
    {
        const string email = "to.deactivate@example.org";
        var userId = await factory.CreateUserAsync(email, Roles.CivilSociety);
        var admin = await factory.SignedInAsRoleAsync(Roles.Administrator);
        await admin.PostWithTokenAsync($"/admin/users/{userId}/deactivate", [], $"/admin/users/{userId}");

        var refused = await factory.CreateBrowserLikeClient().SignInWithEmailAsync(email, SecurityTestSupport.Password, authenticatorKey: null);
        Assert.Contains("El correo o la contraseña no son correctos.", await refused.Content.ReadAsStringAsync());
        Assert.True(await factory.WithDbAsync(db => db.AuditLog.AnyAsync(a => a.EventType == AuditEvents.UserDeactivated && a.EntityId == userId)));
    }

    [Fact]
    public async Task Proposed_organisations_are_approved_and_duplicates_merged_with_everything_moved()
    {
        var admin = await factory.SignedInAsRoleAsync(Roles.Administrator);
        var (survivorId, duplicateId, practiceId) = await factory.WithDbAsync(async db =>
        {
            var survivor = new Organisation { Name = "Fundación Survivor", CountryCode = "CR", ActorType = ActorType.CivilSociety, CreatedAtUtc = DateTime.UtcNow };
            var duplicate = new Organisation { Name = "Fundacion Survivor (dup)", CountryCode = "CR", ActorType = ActorType.CivilSociety, IsApproved = false, CreatedAtUtc = DateTime.UtcNow };
            db.Organisations.AddRange(survivor, duplicate);
            await db.SaveChangesAsync();
            var practice = await db.Practices.OrderBy(p => p.Id).Select(p => p.Id).FirstAsync();
            db.PracticeOrganisations.Add(new PracticeOrganisation { PracticeId = practice, OrganisationId = duplicate.Id, Role = ParticipationRole.Partner });
            await db.SaveChangesAsync();
            return (survivor.Id, duplicate.Id, practice);
        });
        var personId = await factory.CreateUserAsync("member.of.duplicate@example.org", Roles.CivilSociety);
        await factory.WithDbAsync(db => db.Users.Where(u => u.Id == personId).ExecuteUpdateAsync(s => s.SetProperty(u => u.OrganisationId, duplicateId)));

        var pending = await admin.GetStringAsync("/admin/organisations?pending=true");
        Assert.Contains("Fundacion Survivor (dup)", pending);
        Assert.True((await admin.PostWithTokenAsync($"/admin/organisations/{duplicateId}/approve", [], "/admin/organisations")).IsRedirectTo("/admin/organisations"));
        Assert.True(await factory.WithDbAsync(db => db.Organisations.Where(o => o.Id == duplicateId).Select(o => o.IsApproved).SingleAsync()));

        var merged = await admin.PostWithTokenAsync($"/admin/organisations/{duplicateId}/merge", [new("SurvivorId", $"{survivorId}")], $"/admin/organisations/{duplicateId}/merge");
        Assert.True(merged.IsRedirectTo("/admin/organisations"));
        Assert.Equal(survivorId, await factory.WithDbAsync(db => db.Organisations.Where(o => o.Id == duplicateId).Select(o => o.MergedIntoId).SingleAsync()));
        Assert.True(await factory.WithDbAsync(db => db.PracticeOrganisations.AnyAsync(p => p.PracticeId == practiceId && p.OrganisationId == survivorId)));
        Assert.False(await factory.WithDbAsync(db => db.PracticeOrganisations.AnyAsync(p => p.OrganisationId == duplicateId)));
        Assert.Equal(survivorId, await factory.WithDbAsync(db => db.Users.Where(u => u.Id == personId).Select(u => u.OrganisationId).SingleAsync()));
        Assert.True(await factory.WithDbAsync(db => db.AuditLog.AnyAsync(a => a.EventType == AuditEvents.OrganisationMerged && a.EntityId == $"{duplicateId}")));
    }

    [Fact]
    public async Task Forgot_password_answers_the_same_for_unknown_addresses_and_mails_only_real_accounts()
    {
        var client = factory.CreateBrowserLikeClient();
        var before = factory.Emails.Messages.Count;
        var unknown = await client.PostFormAsync("/account/forgot-password", "/account/forgot-password", [new("Email", "nobody.at.all@example.org")]);
        Assert.Equal(before, factory.Emails.Messages.Count);
        var known = await client.PostFormAsync("/account/forgot-password", "/account/forgot-password", [new("Email", TestClientExtensions.DemoEmail(Roles.RefugeeLed))]);

        Assert.Equal(unknown.StatusCode, known.StatusCode);
        Assert.Equal(unknown.Headers.Location, known.Headers.Location);
        Assert.Equal(before + 1, factory.Emails.Messages.Count);
        Assert.Contains("/account/reset-password?user=", factory.Emails.LastTo(TestClientExtensions.DemoEmail(Roles.RefugeeLed)).TextBody);
    }

    [Fact]
    public async Task A_user_downloads_their_own_data_as_JSON()
    {
        var client = await factory.SignedInAsRoleAsync(Roles.EmploymentTeam);
        var response = await client.GetAsync("/account/personal-data");
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.Equal(TestClientExtensions.DemoEmail(Roles.EmploymentTeam), json.RootElement.GetProperty("Profile").GetProperty("Email").GetString());
        Assert.Contains(Roles.EmploymentTeam, json.RootElement.GetProperty("Profile").GetProperty("Roles").EnumerateArray().Select(r => r.GetString()));
        Assert.True(json.RootElement.GetProperty("SecurityEvents").GetArrayLength() > 0);
    }

    [Fact]
    public async Task Deleting_an_account_needs_the_password_anonymises_the_user_and_keeps_their_practices()
    {
        const string email = "leaving.user@example.org";
        var userId = await factory.CreateUserAsync(email, Roles.CivilSociety);
        var practiceId = await factory.WithDbAsync(async db =>
        {
            var id = await db.Practices.OrderByDescending(p => p.Id).Select(p => p.Id).FirstAsync();
            await db.Practices.Where(p => p.Id == id).ExecuteUpdateAsync(s => s.SetProperty(p => p.SubmitterId, userId));
            return id;
        });
        var client = await factory.SignedInClientAsync(email);

        var wrong = await client.PostWithTokenAsync("/account/delete", [new("Password", "not my password at all"), new("Confirm", "true")], "/account/delete");
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        var deleted = await client.PostWithTokenAsync("/account/delete", [new("Password", SecurityTestSupport.Password), new("Confirm", "true")], "/account/delete");
        Assert.True(deleted.IsRedirectTo("/"));

        var user = await factory.WithDbAsync(db => db.Users.SingleAsync(u => u.Id == userId));
        Assert.Equal("Cuenta eliminada", user.DisplayName);
        Assert.Null(user.Email);
        Assert.Null(user.PasswordHash);
        Assert.True(user.IsDeactivated);
        Assert.Empty(await factory.WithDbAsync(db => db.UserRoles.Where(r => r.UserId == userId).ToListAsync()));
        Assert.Equal(userId, await factory.WithDbAsync(db => db.Practices.Where(p => p.Id == practiceId).Select(p => p.SubmitterId).SingleAsync()));
        Assert.False(await factory.WithDbAsync(db => db.AuditLog.AnyAsync(a => a.UserName == email)));
        Assert.True((await client.GetAsync("/account/manage")).IsRedirectTo("/account/signin"));
        var again = await factory.CreateBrowserLikeClient().SignInWithEmailAsync(email, SecurityTestSupport.Password, authenticatorKey: null);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
    }

    [Fact]
    public async Task The_audit_log_records_refusals_of_signed_in_users_and_filters_by_event_type()
    {
        var participant = await factory.SignedInAsRoleAsync(Roles.RefugeeLed);
        Assert.True((await participant.GetAsync("/admin/users")).IsRedirectTo("/account/access-denied"));
        var refusal = await factory.WithDbAsync(db => db.AuditLog.OrderByDescending(a => a.Id).FirstAsync(a => a.EventType == AuditEvents.AuthorizationFailed));
        Assert.Equal("GET /admin/users", refusal.Details);
        Assert.Equal(TestClientExtensions.DemoEmail(Roles.RefugeeLed), refusal.UserName);
        Assert.True(DateTime.UtcNow - refusal.AtUtc < TimeSpan.FromMinutes(1));

        var admin = await factory.SignedInAsRoleAsync(Roles.Administrator);
        var html = await admin.GetStringAsync($"/admin/audit?type={AuditEvents.AuthorizationFailed}");
        Assert.Contains("GET /admin/users", html);
        Assert.DoesNotContain($"event-{AuditEvents.SignIn}\"", html);
    }

    [Fact]
    public async Task The_reference_lists_show_codes_with_both_labels()
    {
        var admin = await factory.SignedInAsRoleAsync(Roles.Administrator);
        var html = await admin.GetStringAsync("/admin/reference?culture=en");
        Assert.Contains("<code>RefugeeLed</code></td><td lang=\"es\">Organización liderada por personas refugiadas</td><td lang=\"en\">Refugee-led organisation</td>", html);
        Assert.Contains("<code>MX</code></td><td lang=\"es\">México</td><td lang=\"en\">Mexico</td>", html);
    }

    private Task<int> FirstOrganisationAsync() =>
        factory.WithDbAsync(db => db.Organisations.Where(o => o.MergedIntoId == null && o.IsApproved).OrderBy(o => o.Id).Select(o => o.Id).FirstAsync());
}
