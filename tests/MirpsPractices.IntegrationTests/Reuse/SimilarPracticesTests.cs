using System.Net;
using MirpsPractices.Core.Domain;
using MirpsPractices.IntegrationTests.Infrastructure;
using MirpsPractices.IntegrationTests.Workflow;

namespace MirpsPractices.IntegrationTests.Reuse;

/// <summary>Similar published practices while writing (issue 13, item 4), on the sample data.</summary>
public sealed class SimilarPracticesTests(WorkflowFactory factory) : IClassFixture<WorkflowFactory>
{
    private const string SampleOneStopShop = "Ventanilla única municipal de empleo para personas refugiadas y comunidad de acogida en Los Laureles";

    [Fact]
    public async Task A_near_duplicate_of_a_sample_practice_is_suggested_while_typing()
    {
        var client = await factory.SignedInAsync(Roles.EmploymentTeam);

        var response = await client.GetAsync("/my/practices/similar?culture=en&title=" + Uri.EscapeDataString("Ventanilla municipal de empleo para refugiados")
            + "&summary=" + Uri.EscapeDataString("Una sola oficina municipal de orientación laboral e intermediación con empresas locales para personas refugiadas."));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(SampleOneStopShop, html);
        Assert.Contains("look like this text", html);
    }

    [Fact]
    public async Task Unrelated_text_gets_no_suggestion()
    {
        var client = await factory.SignedInAsync(Roles.EmploymentTeam);

        var html = await client.GetStringAsync("/my/practices/similar?culture=en&title=" + Uri.EscapeDataString("Reparación de puentes ferroviarios")
            + "&summary=" + Uri.EscapeDataString("Soldadura de vigas de acero galvanizado en talleres metalúrgicos."));

        Assert.Contains("No published practice looks like this text", html);
        Assert.DoesNotContain("<li>", html);
    }

    [Fact]
    public async Task Anonymous_visitors_cannot_ask()
    {
        var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.GetAsync("/my/practices/similar?title=ventanilla&summary=empleo");

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task The_moderators_review_screen_shows_the_same_list()
    {
        var participant = await factory.SignedInAsync(Roles.EmploymentTeam);
        var organisation = await factory.AnyApprovedOrganisationIdAsync();
        var id = await participant.CreatePracticeAsync(WorkflowClient.CompletePractice("Ventanilla única municipal de empleo en Puerto Nuevo", organisation), intent: "submit");

        var moderator = await factory.SignedInAsync(Roles.Moderator);
        var review = await moderator.GetStringAsync($"/moderation/practices/{id}?culture=en");

        Assert.Contains(SampleOneStopShop, review);
        Assert.Contains("check that it is not a duplicate", review);
    }

    [Fact]
    public async Task Without_script_a_saved_draft_lists_the_sample_practice_it_resembles()
    {
        var participant = await factory.SignedInAsync(Roles.EmploymentTeam);
        var organisation = await factory.AnyApprovedOrganisationIdAsync();
        var id = await participant.CreatePracticeAsync(WorkflowClient.CompletePractice("Ventanilla única municipal de empleo en Puerto Nuevo", organisation), intent: "save");

        var edit = await participant.GetStringAsync($"/my/practices/{id}/edit?culture=en");

        Assert.Contains(SampleOneStopShop, edit);
    }
}
