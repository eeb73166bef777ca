using System.Net;
using Microsoft.EntityFrameworkCore;
using MirpsPractices.Core.Domain;
using MirpsPractices.IntegrationTests.Infrastructure;
using MirpsPractices.IntegrationTests.Network;
using MirpsPractices.IntegrationTests.Security;

namespace MirpsPractices.IntegrationTests.Reuse;

/// <summary>Replication pathways (issue 13, item 2): proposed by the submitter, public once a moderator confirms, recorded by a fulfilled replication.</summary>
public sealed class ReplicationPathwayTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string ModelTitle = "Ventanilla única municipal de empleo para personas refugiadas y comunidad de acogida en Los Laureles";

    private Task<(int Id, string Title)> PracticeAsync(string title) =>
        factory.WithDbAsync(async db => (await db.Practices.Where(p => p.Title == title).Select(p => p.Id).SingleAsync(), title));

    /// <summary>A published sample practice (not the model, with no pathway yet) and the demo role that submitted it.</summary>
    private Task<(int Id, string Title, string Role)> OwnPublishedAsync() =>
        factory.WithDbAsync(async db =>
        {
            var emails = Roles.All.Where(r => r is not (Roles.Moderator or Roles.Administrator)).ToDictionary(TestClientExtensions.DemoEmail);
            var rows = await db.Practices
                .Where(p => p.State == PracticeState.Published && p.RevisionOfId == null && p.Title != ModelTitle)
                .Where(p => !db.ReplicationPathways.Any(x => x.ToPracticeId == p.Id || x.FromPracticeId == p.Id))
                .Join(db.Users, p => p.SubmitterId, u => u.Id, (p, u) => new { p.Id, p.Title, u.Email })
                .OrderBy(p => p.Id).ToListAsync();
            var row = rows.First(r => r.Email is not null && emails.ContainsKey(r.Email));
            return (row.Id, row.Title, emails[row.Email!]);
        });

    [Fact]
    public async Task A_proposed_pathway_needs_a_moderator_and_then_appears_on_both_practice_pages()
    {
        var model = await PracticeAsync(ModelTitle);
        var target = await OwnPublishedAsync();
        var owner = await factory.SignedInAsRoleAsync(target.Role);

        var proposed = await owner.PostFormAsync($"/my/practices/{target.Id}", $"/my/practices/{target.Id}/pathways",
            [new("FromPracticeId", model.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("Kind", nameof(PathwayKind.AdaptedFrom)), new("Note", "Misma ventanilla, otro municipio.")]);
        Assert.Equal(HttpStatusCode.Redirect, proposed.StatusCode);

        var anonymous = factory.CreateClient();
        var before = await anonymous.GetStringAsync($"/practices/{target.Id}");
        Assert.DoesNotContain("De dónde viene este modelo", before);
        Assert.Contains("pendiente de confirmación", await owner.GetStringAsync($"/my/practices/{target.Id}"));

        var moderator = await factory.SignedInAsRoleAsync(Roles.Moderator);
        var pending = await moderator.GetStringAsync("/moderation/pathways?culture=en");
        Assert.Contains(target.Title, pending);
        var pathwayId = await factory.WithDbAsync(db => db.ReplicationPathways.Where(p => p.ToPracticeId == target.Id).Select(p => p.Id).SingleAsync());
        var confirmed = await moderator.PostFormAsync("/moderation/pathways", $"/moderation/pathways/{pathwayId}/confirm", []);
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);

        var targetPage = await anonymous.GetStringAsync($"/practices/{target.Id}");
        var modelPage = await anonymous.GetStringAsync($"/practices/{model.Id}");
        var publicList = await anonymous.GetStringAsync("/pathways?culture=en");
        Assert.Contains("De dónde viene este modelo", targetPage);
        Assert.Contains(ModelTitle, targetPage);
        Assert.Contains("A dónde llegó este modelo", modelPage);
        Assert.Contains($"/practices/{target.Id}/", modelPage);
        Assert.Contains($"/practices/{target.Id}/", publicList);
        Assert.Equal(1, await factory.WithDbAsync(db => db.AuditLog.CountAsync(a => a.EventType == "PathwayConfirmed" && a.EntityId == pathwayId.ToString())));
    }

    [Fact]
    public async Task A_rejected_pathway_stays_off_the_public_pages()
    {
        var model = await PracticeAsync(ModelTitle);
        var target = await OwnPublishedAsync();
        var owner = await factory.SignedInAsRoleAsync(target.Role);
        await owner.PostFormAsync($"/my/practices/{target.Id}", $"/my/practices/{target.Id}/pathways",
            [new("FromPracticeId", model.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("Kind", nameof(PathwayKind.InspiredBy))]);
        var pathwayId = await factory.WithDbAsync(db => db.ReplicationPathways.Where(p => p.ToPracticeId == target.Id).Select(p => p.Id).SingleAsync());

        var moderator = await factory.SignedInAsRoleAsync(Roles.Moderator);
        await moderator.PostFormAsync("/moderation/pathways", $"/moderation/pathways/{pathwayId}/reject", []);

        Assert.DoesNotContain("De dónde viene este modelo", await factory.CreateClient().GetStringAsync($"/practices/{target.Id}"));
        Assert.Equal(PathwayState.Rejected, await factory.WithDbAsync(db => db.ReplicationPathways.Where(p => p.Id == pathwayId).Select(p => p.State).SingleAsync()));
    }

    [Fact]
    public async Task A_fulfilled_replication_commitment_records_a_confirmed_pathway()
    {
        var model = await PracticeAsync(ModelTitle);
        var organisation = await factory.OrganisationOfAsync(Roles.CivilSociety);
        var id = await factory.AddCommitmentAsync("Replicar la ventanilla en Tegucigalpa", organisation, new DateOnly(2030, 1, 31));
        await factory.WithDbAsync(db => db.Commitments.Where(c => c.Id == id).ExecuteUpdateAsync(s => s
            .SetProperty(c => c.Kind, CommitmentKind.ReplicatePractice)
            .SetProperty(c => c.ReplicatedPracticeId, model.Id)
            .SetProperty(c => c.TargetCountryCode, "HN")
            .SetProperty(c => c.TargetLocality, "Tegucigalpa")));
        var client = await factory.SignedInAsRoleAsync(Roles.CivilSociety);

        await client.PostFormAsync($"/workspace/commitments/{id}", $"/workspace/commitments/{id}/progress",
            [new("Progress.Date", "2026-01-10"), new("Progress.Text", "La ventanilla abrió."), new("Progress.Status", nameof(CommitmentStatus.Fulfilled)), new("Progress.Percent", "")]);

        var pathway = await factory.WithDbAsync(db => db.ReplicationPathways.SingleAsync(p => p.CommitmentId == id));
        Assert.Equal((model.Id, PathwayState.Confirmed, "HN"), (pathway.FromPracticeId, pathway.State, pathway.TargetCountryCode));
        var modelPage = await factory.CreateClient().GetStringAsync($"/practices/{model.Id}");
        Assert.Contains("Tegucigalpa (Honduras)", modelPage);
        Assert.Contains("compromiso de réplica cumplido", modelPage);
    }

    [Fact]
    public async Task The_sample_data_has_confirmed_pathways_on_the_public_page()
    {
        var html = await factory.CreateClient().GetStringAsync("/pathways?culture=en");

        Assert.Contains("id=\"pathways-table\"", html);
        Assert.True(await factory.WithDbAsync(db => db.ReplicationPathways.CountAsync(p => p.State == PathwayState.Confirmed)) >= 4);
    }
}
