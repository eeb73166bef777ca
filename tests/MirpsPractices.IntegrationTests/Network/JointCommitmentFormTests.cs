using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using MirpsPractices.Core.Domain;
using MirpsPractices.IntegrationTests.Infrastructure;
using MirpsPractices.IntegrationTests.Security;

namespace MirpsPractices.IntegrationTests.Network;

/// <summary>
/// A joint commitment through the workspace form: one part per organisation is created, the roll-up (plain or weighted) is
/// chosen per commitment, the parts' weights are edited and validated, and the page shows the rolled-up progress.
/// </summary>
public sealed partial class JointCommitmentFormTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static string Key(int id) => id.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public async Task Creating_a_joint_commitment_creates_one_part_per_organisation_and_weights_are_validated()
    {
        var own = await factory.OrganisationOfAsync(Roles.CivilSociety);
        var other = await factory.OrganisationOfAsync(Roles.LocalGovernanceTeam);
        var client = await factory.SignedInAsRoleAsync(Roles.CivilSociety);
        var form = await client.GetStringAsync("/workspace/commitments/new?culture=es");
        Assert.Contains("Es un compromiso conjunto: una parte por organización", form);

        var created = await client.PostFormAsync("/workspace/commitments/new", "/workspace/commitments/new",
        [
            new("Input.IdempotencyKey", Guid.NewGuid().ToString("N")),
            new("Input.Title", "Ferias conjuntas de prueba"),
            new("Input.Description", "Cada organización organiza su feria."),
            new("Input.Kind", nameof(CommitmentKind.Collaboration)),
            new("Input.DueDate", "2030-06-30"),
            new("Input.Status", nameof(CommitmentStatus.InProgress)),
            new("Input.OrganisationIds", Key(own)),
            new("Input.OrganisationIds", Key(other)),
            new("Input.IsJoint", "true"),
            new("Input.RollUp", nameof(CommitmentRollUp.Weighted)),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = int.Parse(created.RedirectPath().Split('/').Last(), CultureInfo.InvariantCulture);

        var parts = await factory.WithDbAsync(db => db.Commitments.Where(c => c.ParentCommitmentId == id)
            .Select(c => new { c.Id, c.Weight, c.Status, Organisations = c.Organisations.Select(o => o.OrganisationId).ToList() }).ToListAsync());
        Assert.Equal(2, parts.Count);
        Assert.Equal(new[] { own, other }.Order(), parts.Select(p => Assert.Single(p.Organisations)).Order());
        Assert.All(parts, p => Assert.Equal((1, CommitmentStatus.Planned), (p.Weight, p.Status)));
        Assert.Equal(CommitmentRollUp.Weighted, await factory.WithDbAsync(db => db.Commitments.Where(c => c.Id == id).Select(c => c.RollUp).SingleAsync()));

        // The edit form lists each part's weight; 0 is refused with a localized message and nothing changes.
        var edit = await client.GetStringAsync($"/workspace/commitments/{id}/edit?culture=es");
        var partIds = PartIdPattern().Matches(edit).Select(m => int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(parts.Select(p => p.Id).Order(), partIds.Order());
        var ownPart = parts.Single(p => p.Organisations[0] == own).Id;
        var otherPart = parts.Single(p => p.Organisations[0] == other).Id;
        List<KeyValuePair<string, string>> Fields(string ownWeight, string otherWeight) =>
        [
            new("Input.ConcurrencyStamp", StampPattern().Match(edit).Groups[1].Value),
            new("Input.Title", "Ferias conjuntas de prueba"),
            new("Input.Description", "Cada organización organiza su feria."),
            new("Input.Kind", nameof(CommitmentKind.Collaboration)),
            new("Input.DueDate", "2030-06-30"),
            new("Input.Status", nameof(CommitmentStatus.InProgress)),
            new("Input.OrganisationIds", Key(own)),
            new("Input.OrganisationIds", Key(other)),
            new("Input.IsJoint", "true"),
            new("Input.RollUp", nameof(CommitmentRollUp.Weighted)),
            new("Input.Parts[0].Id", Key(ownPart)),
            new("Input.Parts[0].Weight", ownWeight),
            new("Input.Parts[1].Id", Key(otherPart)),
            new("Input.Parts[1].Weight", otherWeight),
        ];
        var refused = await client.PostFormAsync($"/workspace/commitments/{id}/edit", $"/workspace/commitments/{id}/edit", Fields("0", "1"));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("El peso debe ser un número entero entre 1 y 100.", await refused.Content.ReadAsStringAsync());
        Assert.Equal(0, await factory.WithDbAsync(db => db.Commitments.CountAsync(c => c.ParentCommitmentId == id && c.Weight != 1)));

        var saved = await client.PostFormAsync($"/workspace/commitments/{id}/edit", $"/workspace/commitments/{id}/edit", Fields("3", "1"));
        Assert.Equal($"/workspace/commitments/{id}", saved.RedirectPath());
        Assert.Equal(3, await factory.WithDbAsync(db => db.Commitments.Where(c => c.Id == ownPart).Select(c => c.Weight).SingleAsync()));
        Assert.Equal(2, await factory.WithDbAsync(db => db.Commitments.CountAsync(c => c.ParentCommitmentId == id)));

        // (50 × 3 + 100 × 1) / 4 = 62.5 → 63 with the weighted roll-up; a plain average gives 75.
        await factory.WithDbAsync(async db =>
        {
            await db.Commitments.Where(c => c.Id == ownPart).ExecuteUpdateAsync(s => s.SetProperty(c => c.Percent, 50));
            await db.Commitments.Where(c => c.Id == otherPart).ExecuteUpdateAsync(s => s.SetProperty(c => c.Percent, 100));
        });
        Assert.Contains("value=\"63\"", await client.GetStringAsync($"/workspace/commitments/{id}"));
        edit = await client.GetStringAsync($"/workspace/commitments/{id}/edit");
        var plain = Fields("3", "1").Select(f => f.Key == "Input.RollUp" ? new KeyValuePair<string, string>(f.Key, nameof(CommitmentRollUp.Plain)) : f).ToList();
        plain[0] = new("Input.ConcurrencyStamp", StampPattern().Match(edit).Groups[1].Value);
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync($"/workspace/commitments/{id}/edit", $"/workspace/commitments/{id}/edit", plain)).StatusCode);
        Assert.Contains("value=\"75\"", await client.GetStringAsync($"/workspace/commitments/{id}"));
    }

    [Fact]
    public async Task A_plain_commitment_stays_without_parts_and_a_part_cannot_become_joint()
    {
        var own = await factory.OrganisationOfAsync(Roles.CivilSociety);
        var client = await factory.SignedInAsRoleAsync(Roles.CivilSociety);
        var created = await client.PostFormAsync("/workspace/commitments/new", "/workspace/commitments/new",
        [
            new("Input.IdempotencyKey", Guid.NewGuid().ToString("N")),
            new("Input.Title", "Compromiso sencillo"),
            new("Input.Description", "Sin partes."),
            new("Input.Kind", nameof(CommitmentKind.Collaboration)),
            new("Input.DueDate", "2030-06-30"),
            new("Input.Status", nameof(CommitmentStatus.Planned)),
            new("Input.OrganisationIds", Key(own)),
        ]);
        var id = int.Parse(created.RedirectPath().Split('/').Last(), CultureInfo.InvariantCulture);
        Assert.Equal(0, await factory.WithDbAsync(db => db.Commitments.CountAsync(c => c.ParentCommitmentId == id)));

        var alone = await client.PostFormAsync("/workspace/commitments/new", "/workspace/commitments/new",
        [
            new("Input.IdempotencyKey", Guid.NewGuid().ToString("N")),
            new("Input.Title", "Conjunto de una sola organización"),
            new("Input.Description", "Sin socios."),
            new("Input.Kind", nameof(CommitmentKind.Collaboration)),
            new("Input.DueDate", "2030-06-30"),
            new("Input.Status", nameof(CommitmentStatus.Planned)),
            new("Input.OrganisationIds", Key(own)),
            new("Input.IsJoint", "true"),
            new("Input.RollUp", nameof(CommitmentRollUp.Plain)),
        ]);
        Assert.Equal(HttpStatusCode.OK, alone.StatusCode);
        Assert.Contains("Un compromiso conjunto necesita al menos dos organizaciones", await alone.Content.ReadAsStringAsync());
        Assert.False(await factory.WithDbAsync(db => db.Commitments.AnyAsync(c => c.Title == "Conjunto de una sola organización")));

        var parent = await factory.AddCommitmentAsync("Conjunto con una parte", own, new DateOnly(2030, 6, 30));
        await factory.WithDbAsync(db => db.Commitments.Where(c => c.Id == id).ExecuteUpdateAsync(s => s.SetProperty(c => c.ParentCommitmentId, parent)));
        var edit = await client.GetStringAsync($"/workspace/commitments/{id}/edit?culture=es");
        Assert.Contains("Este compromiso es la parte de una organización en un compromiso conjunto", edit);
        Assert.DoesNotContain("name=\"Input.IsJoint\"", edit);
    }

    [Fact]
    public async Task The_sample_data_have_a_joint_commitment_with_parts_and_a_stale_commitment()
    {
        var joint = await factory.WithDbAsync(db => db.Commitments
            .Where(c => c.Title.StartsWith("Ferias de empleo inclusivas 2026"))
            .Select(c => new { c.Id, c.RollUp, Parts = db.Commitments.Count(p => p.ParentCommitmentId == c.Id) }).SingleAsync());
        Assert.Equal((CommitmentRollUp.Weighted, 3), (joint.RollUp, joint.Parts));
        // Delayed, its last note on 8 May 2026: silent for more than 90 days ever since.
        var stale = await factory.WithDbAsync(db => db.Commitments.Where(c => c.Title.StartsWith("Mesa binacional de empleo")).Select(c => c.Id).SingleAsync());
        var client = await factory.SignedInAsRoleAsync(Roles.Moderator);

        var page = await client.GetStringAsync($"/workspace/commitments/{stale}?culture=es");

        Assert.Contains("badge-stale", page);
        Assert.Contains("Partes de este compromiso conjunto", await client.GetStringAsync($"/workspace/commitments/{joint.Id}?culture=es"));
    }

    [GeneratedRegex("name=\"Input\\.Parts\\[(\\d+)\\]\\.Id\" value=\"(\\d+)\"")]
    private static partial Regex PartIdPattern();

    [GeneratedRegex("name=\"Input\\.ConcurrencyStamp\" value=\"([^\"]+)\"")]
    private static partial Regex StampPattern();
}
