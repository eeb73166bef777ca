using Microsoft.EntityFrameworkCore;
using MirpsPractices.Core.Domain;
using MirpsPractices.IntegrationTests.Infrastructure;
using MirpsPractices.IntegrationTests.Security;

namespace MirpsPractices.IntegrationTests.Network;

/// <summary>A progress note through the workspace sets the stage and percentage, and the note keeps both.</summary>
public sealed class CommitmentProgressTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private async Task<(HttpClient Client, int Id)> OwnCommitmentAsync(string title)
    {
        var organisation = await factory.OrganisationOfAsync(Roles.CivilSociety);
        var id = await factory.AddCommitmentAsync(title, organisation, new DateOnly(2030, 1, 31));
        return (await factory.SignedInAsRoleAsync(Roles.CivilSociety), id);
    }

    private static Task<HttpResponseMessage> PostProgressAsync(HttpClient client, int id, string status, string percent, string text) =>
        client.PostFormAsync($"/workspace/commitments/{id}", $"/workspace/commitments/{id}/progress",
            [new("Progress.Date", "2026-01-10"), new("Progress.Text", text), new("Progress.Status", status), new("Progress.Percent", percent)]);

    [Fact]
    public async Task A_note_sets_and_records_the_stage_and_percentage()
    {
        var (client, id) = await OwnCommitmentAsync("Compromiso con avance");

        var response = await PostProgressAsync(client, id, nameof(CommitmentStatus.InProgress), "40", "Primer taller hecho.");
        Assert.Equal($"/workspace/commitments/{id}", response.RedirectPath());

        var (percent, note) = await factory.WithDbAsync(async db => (
            await db.Commitments.Where(c => c.Id == id).Select(c => c.Percent).SingleAsync(),
            await db.Set<CommitmentProgressNote>().Where(n => n.CommitmentId == id).Select(n => new { n.Status, n.Percent }).SingleAsync()));
        Assert.Equal(40, percent);
        Assert.Equal((CommitmentStatus.InProgress, 40), (note.Status, note.Percent));
        var page = await client.GetStringAsync($"/workspace/commitments/{id}");
        Assert.Contains("value=\"40\"", page);
    }

    [Fact]
    public async Task A_percentage_over_100_is_refused_with_a_localized_message()
    {
        var (client, id) = await OwnCommitmentAsync("Compromiso con porcentaje inválido");

        var response = await PostProgressAsync(client, id, nameof(CommitmentStatus.InProgress), "140", "Demasiado.");

        Assert.Contains("El porcentaje debe estar entre 0 y 100.", await response.Content.ReadAsStringAsync());
        Assert.Equal(0, await factory.WithDbAsync(db => db.Set<CommitmentProgressNote>().CountAsync(n => n.CommitmentId == id)));
    }

    [Fact]
    public async Task A_joint_commitments_page_lists_its_parts_and_the_rolled_up_progress()
    {
        var (client, joint) = await OwnCommitmentAsync("Compromiso conjunto de prueba");
        var organisation = await factory.OrganisationOfAsync(Roles.CivilSociety);
        var first = await factory.AddCommitmentAsync("Parte con peso tres", organisation, new DateOnly(2030, 1, 31));
        var second = await factory.AddCommitmentAsync("Parte cumplida", organisation, new DateOnly(2030, 1, 31), CommitmentStatus.Fulfilled);
        var third = await factory.AddCommitmentAsync("Parte retirada", organisation, new DateOnly(2030, 1, 31), CommitmentStatus.Withdrawn);
        await factory.WithDbAsync(async db =>
        {
            await db.Commitments.Where(c => c.Id == joint).ExecuteUpdateAsync(s => s.SetProperty(c => c.RollUp, CommitmentRollUp.Weighted));
            await db.Commitments.Where(c => c.Id == first).ExecuteUpdateAsync(s => s.SetProperty(c => c.ParentCommitmentId, joint).SetProperty(c => c.Percent, 50).SetProperty(c => c.Weight, 3));
            await db.Commitments.Where(c => c.Id == second).ExecuteUpdateAsync(s => s.SetProperty(c => c.ParentCommitmentId, joint).SetProperty(c => c.Percent, 100));
            await db.Commitments.Where(c => c.Id == third).ExecuteUpdateAsync(s => s.SetProperty(c => c.ParentCommitmentId, joint).SetProperty(c => c.Weight, 10));
        });

        var page = await client.GetStringAsync($"/workspace/commitments/{joint}");

        Assert.Contains("Partes de este compromiso conjunto", page);
        Assert.Contains($"/workspace/commitments/{third}\"", page);
        // (50 × 3 + 100 × 1) / 4 = 62.5 → 63, the withdrawn part left out.
        Assert.Contains("value=\"63\"", page);
        Assert.Contains("Parte del compromiso conjunto", await client.GetStringAsync($"/workspace/commitments/{first}"));
    }
}
