using System.Net;
using Microsoft.EntityFrameworkCore;
using MirpsPractices.Core.Domain;
using MirpsPractices.IntegrationTests.Infrastructure;
using MirpsPractices.IntegrationTests.Security;

namespace MirpsPractices.IntegrationTests.Network;

public sealed class EndorsementThroughTheWorkspaceTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static Task<HttpResponseMessage> EndorseAsync(HttpClient client, int id, string comment) =>
        client.PostFormAsync($"/workspace/recommendations/{id}", $"/workspace/recommendations/{id}/endorse", [new("Endorse.Comment", comment)]);

    [Fact]
    public async Task Each_group_endorses_once_and_the_fourth_makes_it_joint()
    {
        var author = await factory.SignedInAsRoleAsync(Roles.EmploymentTeam);
        var id = await author.DraftRecommendationAsync("Ventanillas únicas municipales (prueba de respaldo)");

        Assert.Equal(HttpStatusCode.Redirect, (await EndorseAsync(author, id, "El equipo de empleo la respalda.")).StatusCode);

        // Same group again: refused politely, still one endorsement.
        await EndorseAsync(author, id, "otra vez");
        var page = await author.GetStringAsync($"/workspace/recommendations/{id}");
        Assert.Contains("ya respaldó esta recomendación", page);
        Assert.DoesNotContain($"/workspace/recommendations/{id}/endorse", page);

        foreach (var role in new[] { Roles.LocalGovernanceTeam, Roles.CivilSociety })
        {
            await EndorseAsync(await factory.SignedInAsRoleAsync(role), id, "");
        }
        var beforeLast = await factory.WithDbAsync(db => db.Recommendations.Include(r => r.Endorsements).SingleAsync(r => r.Id == id));
        Assert.Equal(3, beforeLast.Endorsements.Count);
        Assert.False(beforeLast.IsJoint);

        var last = await EndorseAsync(await factory.SignedInAsRoleAsync(Roles.RefugeeLed), id, "Con la voz de las organizaciones lideradas por personas refugiadas.");
        Assert.Equal(HttpStatusCode.Redirect, last.StatusCode);

        var after = await factory.WithDbAsync(db => db.Recommendations.Include(r => r.Endorsements).SingleAsync(r => r.Id == id));
        Assert.True(after.IsJoint);
        Assert.Equal(Enum.GetValues<ParticipantGroup>().Order(), after.Endorsements.Select(e => e.Group).Order());
        Assert.Equal(1, after.Endorsements.Count(e => e.Group == ParticipantGroup.EmploymentTeam));
        Assert.Contains("Conjunta", await author.GetStringAsync($"/workspace/recommendations/{id}"));
    }

    [Fact]
    public async Task Moderators_do_not_endorse()
    {
        var author = await factory.SignedInAsRoleAsync(Roles.CivilSociety);
        var id = await author.DraftRecommendationAsync("Recomendación que la moderación no puede respaldar");
        var moderator = await factory.SignedInAsRoleAsync(Roles.Moderator);

        var response = await EndorseAsync(moderator, id, "");

        Assert.True(HttpStatus.IsRedirect(response.StatusCode));
        Assert.Equal("/account/access-denied", response.RedirectPath());
        Assert.Equal(0, await factory.WithDbAsync(db => db.RecommendationEndorsements.CountAsync(e => e.RecommendationId == id)));
    }

    [Fact]
    public async Task A_draft_with_missing_fields_shows_the_error_summary()
    {
        var client = await factory.SignedInAsRoleAsync(Roles.LocalGovernanceTeam);
        var response = await client.PostFormAsync("/workspace/recommendations/new", "/workspace/recommendations/new", [new("Input.Title", "")]);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Hay problemas en el formulario", html);
        Assert.Contains("href=\"#Input_StrategyAreas\"", html);
        Assert.Contains("Marque al menos una línea de acción.", html);
    }

    [Fact]
    public async Task English_pages_write_dates_day_first()
    {
        var author = await factory.SignedInAsRoleAsync(Roles.EmploymentTeam);
        var id = await author.DraftRecommendationAsync("Fechas con el día primero");
        await factory.WithDbAsync(db => db.Recommendations.Where(r => r.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.CreatedAtUtc, new DateTime(2025, 10, 20, 12, 0, 0, DateTimeKind.Utc))));

        var english = await author.GetStringAsync($"/workspace/recommendations/{id}?culture=en");

        Assert.Contains("20/10/2025", english);
        Assert.DoesNotContain("10/20/2025", english);
    }
}
