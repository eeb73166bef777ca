using System.Net;
using Microsoft.EntityFrameworkCore;
using MirpsPractices.Core.Domain;
using MirpsPractices.IntegrationTests.Infrastructure;

namespace MirpsPractices.IntegrationTests.Security;

/// <summary>
/// Changing an id in the URL or a form never reaches another's record, and fields a form doesn't offer change nothing.
/// Extend with each feature that owns records (e.g. a participant opening or editing another organisation's draft: 403/404).
/// </summary>
public sealed class ObjectLevelAuthorizationTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_participant_cannot_read_or_change_accounts_or_organisations_by_id()
    {
        var participant = await factory.SignedInAsRoleAsync(Roles.CivilSociety);
        var otherUser = await factory.WithDbAsync(db => db.Users.Where(u => u.Email == TestClientExtensions.DemoEmail(Roles.Moderator)).Select(u => u.Id).SingleAsync());
        var organisation = await factory.WithDbAsync(db => db.Organisations.OrderBy(o => o.Id).FirstAsync());

        Assert.True((await participant.GetAsync($"/admin/users/{otherUser}")).IsRedirectTo("/account/access-denied"));
        Assert.True((await participant.GetAsync($"/admin/organisations/{organisation.Id}/edit")).IsRedirectTo("/account/access-denied"));
        var edit = await participant.PostWithTokenAsync($"/admin/organisations/{organisation.Id}/edit", [new("Name", "Hijacked"), new("ActorType", "Academia"), new("CountryCode", "MX")]);
        var deactivate = await participant.PostWithTokenAsync($"/admin/users/{otherUser}/deactivate", []);

        Assert.True(edit.IsRedirectTo("/account/access-denied"));
        Assert.True(deactivate.IsRedirectTo("/account/access-denied"));
        Assert.Equal(organisation.Name, await factory.WithDbAsync(db => db.Organisations.Where(o => o.Id == organisation.Id).Select(o => o.Name).SingleAsync()));
        Assert.False(await factory.WithDbAsync(db => db.Users.Where(u => u.Id == otherUser).Select(u => u.IsDeactivated).SingleAsync()));
    }

    [Fact]
    public async Task A_participant_sees_only_their_own_data_in_the_download()
    {
        var participant = await factory.SignedInAsRoleAsync(Roles.LocalGovernanceTeam);
        var json = await participant.GetStringAsync("/account/personal-data?userId=someone-else&id=1");
        Assert.Contains(TestClientExtensions.DemoEmail(Roles.LocalGovernanceTeam), json);
        Assert.DoesNotContain(TestClientExtensions.DemoEmail(Roles.Administrator), json);
    }

    [Fact]
    public async Task Posting_fields_a_form_does_not_offer_changes_nothing()
    {
        var admin = await factory.SignedInAsRoleAsync(Roles.Administrator);
        var organisation = await factory.WithDbAsync(db => db.Organisations.Where(o => o.IsApproved && o.MergedIntoId == null).OrderBy(o => o.Id).FirstAsync());
        var edited = await admin.PostWithTokenAsync($"/admin/organisations/{organisation.Id}/edit",
        [
            new("Name", organisation.Name), new("ActorType", organisation.ActorType.ToString()), new("CountryCode", organisation.CountryCode),
            new("IsApproved", "false"), new("MergedIntoId", "2"), new("ProposedByUserId", "attacker"), new("Id", "999"), new("CreatedAtUtc", "2000-01-01"),
        ], $"/admin/organisations/{organisation.Id}/edit");
        Assert.True(edited.IsRedirectTo("/admin/organisations"), $"{(int)edited.StatusCode} {System.Text.RegularExpressions.Regex.Match(await edited.Content.ReadAsStringAsync(), "id=\"[A-Za-z]+-error\"[^<]*>[^<]+")}");
        var after = await factory.WithDbAsync(db => db.Organisations.SingleAsync(o => o.Id == organisation.Id));
        Assert.True(after.IsApproved);
        Assert.Null(after.MergedIntoId);
        Assert.Equal(organisation.ProposedByUserId, after.ProposedByUserId);
        Assert.Equal(organisation.CreatedAtUtc, after.CreatedAtUtc);

        var userId = await factory.CreateUserAsync("mass.assignment@example.org", Roles.RefugeeLed);
        await admin.PostWithTokenAsync($"/admin/users/{userId}/access",
            [new("Roles", Roles.RefugeeLed), new("Email", "attacker@example.org"), new("IsDeactivated", "true"), new("TwoFactorEnabled", "true"), new("PasswordHash", "x")],
            $"/admin/users/{userId}");
        var user = await factory.WithDbAsync(db => db.Users.SingleAsync(u => u.Id == userId));
        Assert.Equal("mass.assignment@example.org", user.Email);
        Assert.False(user.IsDeactivated);
        Assert.False(user.TwoFactorEnabled);
        Assert.NotEqual("x", user.PasswordHash);

        // A participant's own forms take no role or organisation either.
        var participant = await factory.SignedInClientAsync("mass.assignment@example.org");
        await participant.PostWithTokenAsync("/account/change-password", [new("CurrentPassword", "wrong"), new("Roles", Roles.Administrator), new("OrganisationId", "1")], "/account/change-password");
        Assert.Equal(HttpStatusCode.Redirect, (await participant.GetAsync("/admin")).StatusCode);
        Assert.True((await participant.GetAsync("/admin")).IsRedirectTo("/account/access-denied"));
    }
}
