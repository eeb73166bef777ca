using System.Net;
using Microsoft.EntityFrameworkCore;
using MirpsPractices.Core.Domain;
using MirpsPractices.IntegrationTests.Infrastructure;
using MirpsPractices.IntegrationTests.Security;

namespace MirpsPractices.IntegrationTests.Network;

/// <summary>
/// The public pages are cached for anonymous readers; what the network does that they show (a recommendation becoming
/// joint, a practice being replicated somewhere) reaches them at once, like a publication does.
/// </summary>
public sealed class PublicPagesFreshnessTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_recommendation_that_becomes_joint_is_on_the_cached_public_page_at_once()
    {
        var title = "Mesas municipales de empleo con voz refugiada " + Guid.NewGuid().ToString("N")[..6];
        var id = await (await factory.SignedInAsRoleAsync(Roles.EmploymentTeam)).DraftRecommendationAsync(title);
        var anonymous = factory.CreateBrowserLikeClient();
        Assert.DoesNotContain(title, await anonymous.GetStringAsync("/recommendations"));
        Assert.NotNull((await anonymous.GetAsync("/recommendations")).Headers.Age);

        foreach (var role in new[] { Roles.EmploymentTeam, Roles.LocalGovernanceTeam, Roles.CivilSociety, Roles.RefugeeLed })
        {
            var endorsed = await (await factory.SignedInAsRoleAsync(role)).PostFormAsync($"/workspace/recommendations/{id}", $"/workspace/recommendations/{id}/endorse", [new("Endorse.Comment", "")]);
            Assert.Equal(HttpStatusCode.Redirect, endorsed.StatusCode);
        }

        Assert.Contains(title, await anonymous.GetStringAsync("/recommendations"));
    }

    [Fact]
    public async Task A_commitment_to_replicate_a_practice_is_on_its_cached_public_page_at_once()
    {
        var practice = await factory.WithDbAsync(db => db.Practices.Where(p => p.State == PracticeState.Published && p.RevisionOfId == null)
            .OrderBy(p => p.Id).Select(p => new { p.Id, p.Slug }).FirstAsync());
        var page = $"/practices/{practice.Id}/{practice.Slug}";
        var locality = "Choluteca " + Guid.NewGuid().ToString("N")[..6];
        var anonymous = factory.CreateBrowserLikeClient();
        Assert.DoesNotContain(locality, await anonymous.GetStringAsync(page));
        Assert.NotNull((await anonymous.GetAsync(page)).Headers.Age);

        var participant = await factory.SignedInAsRoleAsync(Roles.LocalGovernanceTeam);
        var created = await participant.PostFormAsync("/workspace/commitments/new", "/workspace/commitments/new",
        [
            new("Input.Title", "Replicar la práctica en " + locality),
            new("Input.Description", "Adaptar la práctica con la alcaldía."),
            new("Input.Kind", nameof(CommitmentKind.ReplicatePractice)),
            new("Input.ReplicatedPracticeId", practice.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("Input.TargetCountryCode", "HN"),
            new("Input.TargetLocality", locality),
            new("Input.DueDate", "2026-12-31"),
            new("Input.Status", nameof(CommitmentStatus.Planned)),
            new("Input.OrganisationIds", (await factory.OrganisationOfAsync(Roles.LocalGovernanceTeam)).ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Contains(locality, await anonymous.GetStringAsync(page));

        // Withdrawn: no longer "being replicated" there.
        var id = created.RedirectPath().Split('/').Last();
        var withdrawn = await participant.PostFormAsync($"/workspace/commitments/{id}", $"/workspace/commitments/{id}/progress",
            [new("Progress.Date", "2026-11-20"), new("Progress.Text", "La alcaldía desistió."), new("Progress.Status", nameof(CommitmentStatus.Withdrawn))]);
        Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);
        Assert.DoesNotContain(locality, await anonymous.GetStringAsync(page));
    }

    [Fact]
    public async Task An_organisation_an_administrator_creates_is_in_the_cached_directory_at_once()
    {
        var name = "Instituto de Formación Zeta " + Guid.NewGuid().ToString("N")[..6];
        const string directory = "/organisations?country=BZ&actor=Academia";
        var anonymous = factory.CreateBrowserLikeClient();
        Assert.DoesNotContain(name, await anonymous.GetStringAsync(directory));
        Assert.NotNull((await anonymous.GetAsync(directory)).Headers.Age);

        var administrator = await factory.SignedInAsRoleAsync(Roles.Administrator);
        var created = await administrator.PostFormAsync("/admin/organisations/new", "/admin/organisations/new",
            [new("Name", name), new("ActorType", nameof(ActorType.Academia)), new("CountryCode", "BZ")]);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);

        Assert.Contains(name, await anonymous.GetStringAsync(directory));
    }
}
