using System.Net;
using Microsoft.EntityFrameworkCore;
using MirpsPractices.Core.Domain;
using MirpsPractices.IntegrationTests.Infrastructure;
using MirpsPractices.IntegrationTests.Security;

namespace MirpsPractices.IntegrationTests.Network;

public sealed class CommitmentPermissionTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    /// <summary>A commitment of the refugee-led organisation (org B for the civil-society participant, org A).</summary>
    private async Task<int> OtherOrganisationsCommitmentAsync()
    {
        var organisation = await factory.OrganisationOfAsync(Roles.RefugeeLed);
        Assert.NotEqual(organisation, await factory.OrganisationOfAsync(Roles.CivilSociety));
        return await factory.AddCommitmentAsync("Compromiso de otra organización", organisation, new DateOnly(2030, 1, 31));
    }

    private static Task<HttpResponseMessage> PostProgressAsync(HttpClient client, int id, string text) =>
        client.PostFormAsync($"/workspace/commitments/{id}", $"/workspace/commitments/{id}/progress",
        [
            new("Progress.Date", "2026-01-10"),
            new("Progress.Text", text),
            new("Progress.Status", nameof(CommitmentStatus.InProgress)),
        ]);

    private Task<int> NotesAsync(int id) => factory.WithDbAsync(db => db.Set<CommitmentProgressNote>().CountAsync(n => n.CommitmentId == id));

    [Fact]
    public async Task A_participant_cannot_edit_or_update_another_organisations_commitment()
    {
        var id = await OtherOrganisationsCommitmentAsync();
        var participant = await factory.SignedInAsRoleAsync(Roles.CivilSociety);

        var details = await participant.GetStringAsync($"/workspace/commitments/{id}");
        Assert.DoesNotContain($"/workspace/commitments/{id}/edit", details);
        Assert.DoesNotContain($"/workspace/commitments/{id}/progress", details);

        var edit = await participant.GetAsync($"/workspace/commitments/{id}/edit");
        Assert.True(HttpStatus.IsRedirect(edit.StatusCode));
        Assert.Equal("/account/access-denied", edit.RedirectPath());

        var progress = await PostProgressAsync(participant, id, "Intento de otra organización");
        Assert.Equal("/account/access-denied", progress.RedirectPath());

        var save = await participant.PostFormAsync($"/workspace/commitments/{id}", $"/workspace/commitments/{id}/edit",
            [new("Input.Title", "Cambiado"), new("Input.Description", "x"), new("Input.Kind", "Collaboration"), new("Input.DueDate", "2030-01-01"), new("Input.Status", "Planned")]);
        Assert.Equal("/account/access-denied", save.RedirectPath());

        Assert.Equal(0, await NotesAsync(id));
        Assert.Equal("Compromiso de otra organización", await factory.WithDbAsync(db => db.Commitments.Where(c => c.Id == id).Select(c => c.Title).SingleAsync()));
    }

    [Fact]
    public async Task The_access_denied_page_answers_403()
    {
        var id = await OtherOrganisationsCommitmentAsync();
        var participant = await factory.SignedInAsRoleAsync(Roles.CivilSociety);
        var edit = await participant.GetAsync($"/workspace/commitments/{id}/edit");

        var denied = await participant.GetAsync(edit.Headers.Location);

        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
    }

    [Fact]
    public async Task A_participant_updates_their_own_organisations_commitment()
    {
        var id = await factory.AddCommitmentAsync("Compromiso propio", await factory.OrganisationOfAsync(Roles.CivilSociety), new DateOnly(2030, 6, 30));
        var participant = await factory.SignedInAsRoleAsync(Roles.CivilSociety);

        Assert.Equal(HttpStatusCode.OK, (await participant.GetAsync($"/workspace/commitments/{id}/edit")).StatusCode);
        var progress = await PostProgressAsync(participant, id, "Primer taller realizado.");

        Assert.Equal($"/workspace/commitments/{id}", progress.RedirectPath());
        Assert.Equal(1, await NotesAsync(id));
    }

    [Fact]
    public async Task A_moderator_edits_any_commitment()
    {
        var id = await OtherOrganisationsCommitmentAsync();
        var moderator = await factory.SignedInAsRoleAsync(Roles.Moderator);

        Assert.Equal(HttpStatusCode.OK, (await moderator.GetAsync($"/workspace/commitments/{id}/edit")).StatusCode);
        var progress = await PostProgressAsync(moderator, id, "Seguimiento de la moderación.");

        Assert.Equal($"/workspace/commitments/{id}", progress.RedirectPath());
        Assert.Equal(1, await NotesAsync(id));
    }

    [Fact]
    public async Task A_participant_always_keeps_their_own_organisation_in_a_new_commitment()
    {
        var participant = await factory.SignedInAsRoleAsync(Roles.LocalGovernanceTeam);
        var own = await factory.OrganisationOfAsync(Roles.LocalGovernanceTeam);
        var other = await factory.OrganisationOfAsync(Roles.RefugeeLed);
        var practice = await factory.WithDbAsync(db => db.Practices.Where(p => p.State == PracticeState.Published && p.RevisionOfId == null).Select(p => p.Id).FirstAsync());

        var response = await participant.PostFormAsync("/workspace/commitments/new", "/workspace/commitments/new",
        [
            new("Input.Title", "Replicar la práctica en Tegucigalpa"),
            new("Input.Description", "Adaptar la práctica con la alcaldía."),
            new("Input.Kind", nameof(CommitmentKind.ReplicatePractice)),
            new("Input.ReplicatedPracticeId", practice.ToString()),
            new("Input.TargetCountryCode", "HN"),
            new("Input.TargetLocality", "Tegucigalpa"),
            new("Input.DueDate", "2026-12-31"),
            new("Input.Status", nameof(CommitmentStatus.Planned)),
            new("Input.OrganisationIds", other.ToString()),
        ]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = int.Parse(response.RedirectPath().Split('/').Last());
        var saved = await factory.WithDbAsync(db => db.Commitments.Include(c => c.Organisations).SingleAsync(c => c.Id == id));
        Assert.Equal(new[] { own, other }.Order(), saved.Organisations.Select(o => o.OrganisationId).Order());
        Assert.Equal(practice, saved.ReplicatedPracticeId);
        Assert.Equal("HN", saved.TargetCountryCode);
    }

    [Fact]
    public async Task Replicating_a_practice_requires_the_practice_and_the_country()
    {
        var participant = await factory.SignedInAsRoleAsync(Roles.CivilSociety);
        var response = await participant.PostFormAsync("/workspace/commitments/new", "/workspace/commitments/new",
        [
            new("Input.Title", "Replicar"),
            new("Input.Description", "Sin decir qué ni dónde."),
            new("Input.Kind", nameof(CommitmentKind.ReplicatePractice)),
            new("Input.DueDate", "2026-12-31"),
            new("Input.Status", nameof(CommitmentStatus.Planned)),
            new("Input.OrganisationIds", (await factory.OrganisationOfAsync(Roles.CivilSociety)).ToString()),
        ]);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Elija la práctica que se replicará.", html);
        Assert.Contains("Elija el país donde se replicará.", html);
    }
}
