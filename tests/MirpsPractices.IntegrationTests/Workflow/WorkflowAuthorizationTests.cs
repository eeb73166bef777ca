using System.Net;
using Microsoft.EntityFrameworkCore;
using MirpsPractices.Core.Domain;
using MirpsPractices.IntegrationTests.Infrastructure;

namespace MirpsPractices.IntegrationTests.Workflow;

/// <summary>Owners edit only their own drafts; participants see others' practices only once published; moderators see everything.</summary>
public sealed class WorkflowAuthorizationTests(WorkflowFactory factory) : IClassFixture<WorkflowFactory>
{
    private async Task<int> DraftOfCivilSocietyAsync(string intent = "save")
    {
        var owner = await factory.SignedInAsync(Roles.CivilSociety);
        return await owner.CreatePracticeAsync(WorkflowClient.CompletePractice("Borrador privado " + Guid.NewGuid().ToString("N")[..6], await factory.AnyApprovedOrganisationIdAsync()), intent);
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in()
    {
        var anonymous = factory.CreateBrowserLikeClient();
        foreach (var url in new[] { "/my/practices", "/my/practices/new", "/moderation", "/moderation/calls" })
        {
            var response = await anonymous.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/account/signin", response.Headers.Location!.PathAndQuery);
        }
    }

    [Theory]
    [InlineData(Roles.Administrator, "/my/practices")]
    [InlineData(Roles.Moderator, "/my/practices/new")]
    [InlineData(Roles.CivilSociety, "/moderation")]
    [InlineData(Roles.EmploymentTeam, "/moderation/calls")]
    public async Task Roles_outside_a_policy_are_denied(string role, string url)
    {
        var client = await factory.SignedInAsync(role);
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/access-denied", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task Another_participants_draft_is_not_found_for_reading_editing_saving_or_submitting()
    {
        var id = await DraftOfCivilSocietyAsync();
        var other = await factory.SignedInAsync(Roles.RefugeeLed);
        var token = await other.GetAntiforgeryTokenAsync("/my/practices/new");

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/my/practices/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/my/practices/{id}/edit")).StatusCode);
        var stamp = (await factory.PracticeAsync(id)).ConcurrencyStamp.ToString();
        foreach (var url in new[] { $"/my/practices/{id}/edit", $"/my/practices/{id}/draft", $"/my/practices/{id}/submit", $"/my/practices/{id}/return-to-draft", $"/my/practices/{id}/revision" })
        {
            var response = await other.PostAsync(url, new FormUrlEncodedContent(
                [new("__RequestVerificationToken", token), new("Input.Title", "secuestrada"), new("Input.ConcurrencyStamp", stamp), new("concurrencyStamp", stamp), new("Input.Intent", "save")]));
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
        var practice = await factory.PracticeAsync(id);
        Assert.NotEqual("secuestrada", practice.Title);
        Assert.Equal(PracticeState.Draft, practice.State);
    }

    [Fact]
    public async Task Unknown_ids_are_404_not_500()
    {
        var participant = await factory.SignedInAsync(Roles.EmploymentTeam);
        var moderator = await factory.SignedInAsync(Roles.Moderator);
        Assert.Equal(HttpStatusCode.NotFound, (await participant.GetAsync("/my/practices/987654")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await participant.GetAsync("/my/practices/987654/edit")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await moderator.GetAsync("/moderation/practices/987654")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await moderator.GetAsync("/moderation/calls/987654/edit")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await participant.GetAsync("/practices/987654/attachments/1")).StatusCode);
    }

    [Fact]
    public async Task Moderators_see_drafts_and_participants_see_others_practices_only_once_published()
    {
        var id = await DraftOfCivilSocietyAsync("submit");
        var moderator = await factory.SignedInAsync(Roles.Moderator);
        var other = await factory.SignedInAsync(Roles.EmploymentTeam);
        Assert.Equal(HttpStatusCode.OK, (await moderator.GetAsync($"/my/practices/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await moderator.GetAsync($"/moderation/practices/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/my/practices/{id}")).StatusCode);

        await moderator.DecideAsync(id, "Publish", extra: WorkflowClient.SafeguardingConfirmed());
        var response = await other.GetAsync($"/my/practices/{id}");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/practices/{id}", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_submitted_practice_is_no_longer_editable_by_its_owner()
    {
        var id = await DraftOfCivilSocietyAsync("submit");
        var owner = await factory.SignedInAsync(Roles.CivilSociety);
        var edit = await owner.GetAsync($"/my/practices/{id}/edit");
        Assert.Equal(HttpStatusCode.Redirect, edit.StatusCode);
        Assert.Equal($"/my/practices/{id}", edit.Headers.Location!.OriginalString);
        var token = await owner.GetAntiforgeryTokenAsync($"/my/practices/{id}");
        var post = await owner.PostAsync($"/my/practices/{id}/edit", new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("Input.Title", "cambio tardío"), new("Input.Intent", "save")]));
        // Refused, with what was typed shown again rather than a 404 that would lose it.
        Assert.Equal(HttpStatusCode.Conflict, post.StatusCode);
        Assert.Contains("cambio tardío", await post.Content.ReadAsStringAsync());
        Assert.NotEqual("cambio tardío", (await factory.PracticeAsync(id)).Title);
    }

    [Fact]
    public async Task Posting_state_submitter_or_version_changes_nothing()
    {
        var owner = await factory.SignedInAsync(Roles.CivilSociety);
        var other = await factory.WithDbAsync(db => db.Users.Where(u => u.Email == "refugeeled@demo.mirps.example").Select(u => u.Id).SingleAsync());
        var fields = WorkflowClient.CompletePractice("Asignación masiva " + Guid.NewGuid().ToString("N")[..6], await factory.AnyApprovedOrganisationIdAsync())
            .With("Input.State", "Published").With("State", "Published").With("Input.SubmitterId", other).With("SubmitterId", other)
            .With("Input.CurrentVersion", "9").With("Input.PublishedAtUtc", "2020-01-01").With("Input.RevisionOfId", "1");
        var id = await owner.CreatePracticeAsync(fields, "save");

        var practice = await factory.PracticeAsync(id);
        Assert.Equal(PracticeState.Draft, practice.State);
        Assert.NotEqual(other, practice.SubmitterId);
        Assert.Equal(0, practice.CurrentVersion);
        Assert.Null(practice.PublishedAtUtc);
        Assert.Null(practice.RevisionOfId);
    }

    [Fact]
    public async Task Participants_cannot_act_as_moderators()
    {
        var id = await DraftOfCivilSocietyAsync("submit");
        var participant = await factory.SignedInAsync(Roles.CivilSociety);
        var token = await participant.GetAntiforgeryTokenAsync("/my/practices/new");
        var stamp = (await factory.PracticeAsync(id)).ConcurrencyStamp.ToString();
        var response = await participant.PostAsync($"/moderation/practices/{id}", new FormUrlEncodedContent(
            [new("__RequestVerificationToken", token), new("Input.ConcurrencyStamp", stamp), new("Input.Decision", "Publish"),
             new("Input.NoPersonalDataOfDisplacedPeople", "true"), new("Input.ConsentForPhotosOfPeople", "true")]));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/access-denied", response.Headers.Location!.PathAndQuery);
        Assert.Equal(PracticeState.Submitted, (await factory.PracticeAsync(id)).State);
    }
}
