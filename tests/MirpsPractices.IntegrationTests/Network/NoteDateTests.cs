using System.Net;
using Microsoft.EntityFrameworkCore;
using MirpsPractices.Core.Domain;
using MirpsPractices.IntegrationTests.Infrastructure;
using MirpsPractices.IntegrationTests.Security;

namespace MirpsPractices.IntegrationTests.Network;

/// <summary>Progress and follow-up notes record what happened: a date in the future is refused with the field's message.</summary>
public sealed class NoteDateTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static string NextYear => DateTime.UtcNow.AddYears(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_progress_note_dated_in_the_future_is_refused()
    {
        var id = await factory.AddCommitmentAsync("Compromiso con nota futura", await factory.OrganisationOfAsync(Roles.CivilSociety), new DateOnly(2030, 1, 31));
        var participant = await factory.SignedInAsRoleAsync(Roles.CivilSociety);

        var response = await participant.PostFormAsync($"/workspace/commitments/{id}", $"/workspace/commitments/{id}/progress",
            [new("Progress.Date", NextYear), new("Progress.Text", "Taller que aún no ocurrió."), new("Progress.Status", nameof(CommitmentStatus.InProgress))]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("La fecha de la nota no puede estar en el futuro", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        Assert.Equal(0, await factory.WithDbAsync(db => db.Set<CommitmentProgressNote>().CountAsync(n => n.CommitmentId == id)));
    }

    [Fact]
    public async Task A_follow_up_note_dated_in_the_future_is_refused()
    {
        var author = await factory.UserIdAsync(Roles.Moderator);
        var id = await factory.WithDbAsync(async db =>
        {
            var recommendation = new Recommendation { Title = "Conjunta con nota futura", Text = "Texto.", CreatedById = author, JointSinceUtc = DateTime.UtcNow };
            db.Recommendations.Add(recommendation);
            await db.SaveChangesAsync();
            return recommendation.Id;
        });
        var participant = await factory.SignedInAsRoleAsync(Roles.EmploymentTeam);

        var response = await participant.PostFormAsync($"/workspace/recommendations/{id}", $"/workspace/recommendations/{id}/follow-up",
            [new("FollowUp.Status", nameof(RecommendationImplementationStatus.InProgress)), new("FollowUp.Date", NextYear), new("FollowUp.Note", "Aún no.")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("La fecha de la nota no puede estar en el futuro", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        Assert.Equal(0, await factory.WithDbAsync(db => db.Set<RecommendationNote>().CountAsync(n => n.RecommendationId == id)));
    }
}
