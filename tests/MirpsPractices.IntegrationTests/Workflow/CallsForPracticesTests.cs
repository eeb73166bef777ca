using System.Net;
using Microsoft.EntityFrameworkCore;
using MirpsPractices.Core.Domain;
using MirpsPractices.IntegrationTests.Infrastructure;

namespace MirpsPractices.IntegrationTests.Workflow;

public sealed class CallsForPracticesTests(WorkflowFactory factory) : IClassFixture<WorkflowFactory>
{
    [Fact]
    public async Task A_moderator_opens_a_call_participants_answer_it_and_the_queue_filters_by_it()
    {
        var moderator = await factory.SignedInAsync(Roles.Moderator);
        var theme = "Convocatoria de emprendimiento " + Guid.NewGuid().ToString("N")[..6];
        var deadline = DateTime.UtcNow.AddDays(30).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var created = await moderator.PostFormAsync("/moderation/calls/new", "/moderation/calls/new",
            [new("Input.Theme", theme), new("Input.Description", "Prácticas de emprendimiento de mujeres refugiadas."), new("Input.StrategyAreas", "Entrepreneurship"),
             new("Input.CountryCodes", "CR"), new("Input.CountryCodes", "MX"), new("Input.Deadline", deadline)]);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var callId = await factory.WithDbAsync(db => db.CallsForPractices.Where(c => c.Theme == theme).Select(c => c.Id).SingleAsync());
        Assert.Contains(theme, await moderator.GetStringAsync("/moderation/calls"));

        var participant = await factory.SignedInAsync(Roles.RefugeeLed);
        var mine = await participant.GetStringAsync("/my/practices");
        Assert.Contains(theme, mine);
        Assert.Contains($"/my/practices/new?callId={callId}", mine);
        var form = await participant.GetStringAsync($"/my/practices/new?callId={callId}");
        Assert.Contains($"<option value=\"{callId}\" selected=\"selected\">", form);

        var title = "Respuesta a la convocatoria " + Guid.NewGuid().ToString("N")[..6];
        var id = await participant.CreatePracticeAsync(WorkflowClient.CompletePractice(title, await factory.AnyApprovedOrganisationIdAsync())
            .With("Input.CallForPracticesId", callId.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(callId, (await factory.PracticeAsync(id)).CallForPracticesId);

        var filtered = await moderator.GetStringAsync($"/moderation?Call={callId}");
        Assert.Contains(title, filtered);
        var otherCall = await moderator.GetStringAsync($"/moderation?Call={callId + 1000}");
        Assert.DoesNotContain(title, otherCall);
    }

    [Fact]
    public async Task A_call_saved_by_another_moderator_meanwhile_is_not_overwritten_and_the_typing_stays()
    {
        var first = await factory.SignedInAsync(Roles.Moderator);
        var theme = "Convocatoria compartida " + Guid.NewGuid().ToString("N")[..6];
        var deadline = DateTime.UtcNow.AddDays(30).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await first.PostFormAsync("/moderation/calls/new", "/moderation/calls/new", [new("Input.Theme", theme), new("Input.Deadline", deadline)]);
        var callId = await factory.WithDbAsync(db => db.CallsForPractices.Where(c => c.Theme == theme).Select(c => c.Id).SingleAsync());
        var url = $"/moderation/calls/{callId}/edit";
        var firstStamp = StampOf(await first.GetStringAsync(url));
        var second = await factory.SignedInAsync(Roles.Moderator);
        var secondStamp = StampOf(await second.GetStringAsync(url));

        var secondSave = await second.PostFormAsync(url, url, [new("Input.Theme", theme + " (segunda)"), new("Input.Deadline", deadline), new("Input.ConcurrencyStamp", secondStamp)]);
        var lateSave = await first.PostFormAsync(url, url, [new("Input.Theme", theme + " (primera, tarde)"), new("Input.Deadline", deadline), new("Input.ConcurrencyStamp", firstStamp)]);

        Assert.Equal(HttpStatusCode.Redirect, secondSave.StatusCode);
        Assert.Equal(HttpStatusCode.OK, lateSave.StatusCode);
        var html = WebUtility.HtmlDecode(await lateSave.Content.ReadAsStringAsync());
        Assert.Contains("Alguien más cambió este registro desde que abrió el formulario.", html);
        Assert.Contains(theme + " (primera, tarde)", html);
        Assert.Equal(theme + " (segunda)", await factory.WithDbAsync(db => db.CallsForPractices.Where(c => c.Id == callId).Select(c => c.Theme).SingleAsync()));
    }

    private static string StampOf(string html) =>
        System.Text.RegularExpressions.Regex.Match(html, "name=\"Input.ConcurrencyStamp\" value=\"([0-9a-f-]{36})\"").Groups[1].Value;

    [Fact]
    public async Task A_call_needs_a_theme_and_a_deadline()
    {
        var moderator = await factory.SignedInAsync(Roles.Moderator);
        var response = await moderator.PostFormAsync("/moderation/calls/new", "/moderation/calls/new", [new("Input.Theme", ""), new("Input.Deadline", "")]);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Este dato es obligatorio para enviar.", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_queue_filters_by_state_country_area_and_waiting_time()
    {
        var participant = await factory.SignedInAsync(Roles.EmploymentTeam);
        var title = "Filtro de cola " + Guid.NewGuid().ToString("N")[..6];
        await participant.CreatePracticeAsync(WorkflowClient.CompletePractice(title, await factory.AnyApprovedOrganisationIdAsync()));
        var moderator = await factory.SignedInAsync(Roles.Moderator);

        Assert.Contains(title, await moderator.GetStringAsync("/moderation?Country=CR&Area=JobMatching&State=Submitted"));
        Assert.DoesNotContain(title, await moderator.GetStringAsync("/moderation?Country=BZ"));
        Assert.DoesNotContain(title, await moderator.GetStringAsync("/moderation?Area=Entrepreneurship"));
        Assert.DoesNotContain(title, await moderator.GetStringAsync("/moderation?State=Published"));
        Assert.DoesNotContain(title, await moderator.GetStringAsync("/moderation?Waiting=7"));
        Assert.DoesNotContain(title, await moderator.GetStringAsync("/moderation?Mine=true"));
    }

    [Fact]
    public async Task A_waiting_time_of_any_size_filters_instead_of_failing()
    {
        var moderator = await factory.SignedInAsync(Roles.Moderator);
        foreach (var days in new[] { "2147483647", "-5", "0" })
        {
            var response = await moderator.GetAsync($"/moderation?Waiting={days}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }
}
