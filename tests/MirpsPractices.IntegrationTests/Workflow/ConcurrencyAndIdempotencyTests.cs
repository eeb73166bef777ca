using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MirpsPractices.Core.Domain;
using MirpsPractices.IntegrationTests.Infrastructure;

namespace MirpsPractices.IntegrationTests.Workflow;

public sealed class ConcurrencyAndIdempotencyTests(WorkflowFactory factory) : IClassFixture<WorkflowFactory>
{
    [Fact]
    public async Task When_two_moderators_act_on_the_same_practice_the_second_is_told_and_nothing_is_overwritten()
    {
        await factory.EnsureUserAsync(WorkflowFactory.SecondModeratorEmail, Roles.Moderator);
        var participant = await factory.SignedInAsync(Roles.EmploymentTeam);
        var id = await participant.CreatePracticeAsync(WorkflowClient.CompletePractice("Práctica en disputa " + Guid.NewGuid().ToString("N")[..6], await factory.AnyApprovedOrganisationIdAsync()));
        var first = await factory.SignedInAsync(Roles.Moderator);
        var second = await factory.SignedInAsEmailAsync(WorkflowFactory.SecondModeratorEmail);

        // Both open the review screen and see the same version of the practice.
        var firstView = await first.OpenReviewAsync(id);
        var secondView = await second.OpenReviewAsync(id);
        Assert.Equal(firstView.Stamp, secondView.Stamp);

        var published = await first.DecideAsync(id, "Publish", extra: WorkflowClient.SafeguardingConfirmed(), opened: firstView);
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);

        var late = await second.DecideAsync(id, "RequestChanges", "Mi comentario que llega tarde.",
            [new("Input.FieldComments[Title]", "Comentario tardío sobre el título")], opened: secondView);
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        var html = await late.Content.ReadAsStringAsync();
        Assert.Contains("Otra persona de moderación actuó sobre esta práctica", html);
        Assert.Contains("Mi comentario que llega tarde.", html);

        var practice = await factory.PracticeAsync(id);
        Assert.Equal(PracticeState.Published, practice.State);
        Assert.DoesNotContain(practice.StateChanges, c => c.Action == LifecycleAction.RequestChanges);
        Assert.False(await factory.WithDbAsync(db => db.PracticeReviewComments.AnyAsync(c => c.PracticeId == id)));
    }

    [Fact]
    public async Task Assigning_with_a_stale_stamp_is_refused()
    {
        var participant = await factory.SignedInAsync(Roles.EmploymentTeam);
        var id = await participant.CreatePracticeAsync(WorkflowClient.CompletePractice("Práctica por asignar " + Guid.NewGuid().ToString("N")[..6], await factory.AnyApprovedOrganisationIdAsync()));
        var moderator = await factory.SignedInAsync(Roles.Moderator);
        var queue = await moderator.GetStringAsync("/moderation");
        var token = TestClientExtensions.ExtractAntiforgeryToken(queue)!;
        var stamp = (await factory.PracticeAsync(id)).ConcurrencyStamp.ToString();

        var assigned = await moderator.PostAsync($"/moderation/practices/{id}/assign", new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("concurrencyStamp", stamp)]));
        Assert.Equal(HttpStatusCode.Redirect, assigned.StatusCode);
        var practice = await factory.PracticeAsync(id);
        Assert.Equal(PracticeState.InReview, practice.State);
        Assert.NotNull(practice.AssignedModeratorId);

        var again = await moderator.PostAsync($"/moderation/practices/{id}/assign", new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("concurrencyStamp", stamp)]));
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Single((await factory.PracticeAsync(id)).StateChanges, c => c.Action == LifecycleAction.StartReview);
    }

    [Fact]
    public async Task Saving_from_a_stale_form_keeps_the_text_typed_and_overwrites_nothing()
    {
        var owner = await factory.SignedInAsync(Roles.CivilSociety);
        var fields = WorkflowClient.CompletePractice("Dos pestañas " + Guid.NewGuid().ToString("N")[..6], await factory.AnyApprovedOrganisationIdAsync());
        var id = await owner.CreatePracticeAsync(fields, "save");
        var page = await owner.GetStringAsync($"/my/practices/{id}/edit");
        var stale = WorkflowClient.StampFrom(page);
        var token = TestClientExtensions.ExtractAntiforgeryToken(page)!;

        var firstTab = await owner.PostAsync($"/my/practices/{id}/edit", new FormUrlEncodedContent(
            fields.With("Input.Results", "Primera pestaña").With("Input.ConcurrencyStamp", stale).With("Input.Intent", "save").With("__RequestVerificationToken", token)));
        Assert.Equal(HttpStatusCode.Redirect, firstTab.StatusCode);
        var secondTab = await owner.PostAsync($"/my/practices/{id}/edit", new FormUrlEncodedContent(
            fields.With("Input.Results", "Segunda pestaña").With("Input.ConcurrencyStamp", stale).With("Input.Intent", "save").With("__RequestVerificationToken", token)));

        Assert.Equal(HttpStatusCode.OK, secondTab.StatusCode);
        var html = await secondTab.Content.ReadAsStringAsync();
        Assert.Contains("No se sobrescribió nada", html);
        Assert.Contains("Segunda pestaña", html);
        Assert.Equal("Primera pestaña", (await factory.PracticeAsync(id)).Results);
    }

    [Fact]
    public async Task Autosave_returns_a_new_stamp_and_refuses_a_stale_one()
    {
        var owner = await factory.SignedInAsync(Roles.CivilSociety);
        var fields = WorkflowClient.CompletePractice("Autoguardado " + Guid.NewGuid().ToString("N")[..6], await factory.AnyApprovedOrganisationIdAsync());
        var id = await owner.CreatePracticeAsync(fields, "save");
        var page = await owner.GetStringAsync($"/my/practices/{id}/edit");
        var stamp = WorkflowClient.StampFrom(page);
        var token = TestClientExtensions.ExtractAntiforgeryToken(page)!;

        using var request = new HttpRequestMessage(HttpMethod.Post, $"/my/practices/{id}/draft")
        {
            Content = new FormUrlEncodedContent(fields.With("Input.Summary", "Escrito a medias").With("Input.ConcurrencyStamp", stamp)),
        };
        request.Headers.Add("X-CSRF-TOKEN", token);
        request.Headers.Add("Accept", "application/json");
        var saved = await owner.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var json = JsonDocument.Parse(await saved.Content.ReadAsStringAsync()).RootElement;
        Assert.True(json.GetProperty("saved").GetBoolean());
        Assert.NotEqual(stamp, json.GetProperty("stamp").GetString());
        Assert.Equal("Escrito a medias", (await factory.PracticeAsync(id)).Summary);

        using var stale = new HttpRequestMessage(HttpMethod.Post, $"/my/practices/{id}/draft")
        {
            Content = new FormUrlEncodedContent(fields.With("Input.Summary", "Desde otra pestaña").With("Input.ConcurrencyStamp", stamp)),
        };
        stale.Headers.Add("X-CSRF-TOKEN", token);
        stale.Headers.Add("Accept", "application/json");
        var conflict = await owner.SendAsync(stale);
        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        Assert.Equal("Escrito a medias", (await factory.PracticeAsync(id)).Summary);

        using var withoutToken = new HttpRequestMessage(HttpMethod.Post, $"/my/practices/{id}/draft") { Content = new FormUrlEncodedContent(fields) };
        Assert.Equal(HttpStatusCode.BadRequest, (await owner.SendAsync(withoutToken)).StatusCode);
    }

    [Fact]
    public async Task A_double_click_or_browser_retry_creates_one_practice()
    {
        var owner = await factory.SignedInAsync(Roles.LocalGovernanceTeam);
        var key = Guid.NewGuid().ToString("N");
        var title = "Doble clic " + key[..6];
        var fields = WorkflowClient.CompletePractice(title, await factory.AnyApprovedOrganisationIdAsync(), key).With("Input.Intent", "save");
        var token = await owner.GetAntiforgeryTokenAsync("/my/practices/new");
        var body = fields.With("__RequestVerificationToken", token);

        var responses = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => owner.PostAsync("/my/practices/new", new FormUrlEncodedContent(body))));
        var again = await owner.PostAsync("/my/practices/new", new FormUrlEncodedContent(body));

        Assert.All(responses.Append(again), r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        Assert.Single(responses.Append(again).Select(r => r.Headers.Location!.OriginalString).Distinct());
        Assert.Equal(1, await factory.WithDbAsync(db => db.Practices.CountAsync(p => p.Title == title)));
    }
}
