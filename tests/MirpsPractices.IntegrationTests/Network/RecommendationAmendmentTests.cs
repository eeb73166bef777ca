using System.Net;
using Microsoft.EntityFrameworkCore;
using MirpsPractices.Core.Domain;
using MirpsPractices.IntegrationTests.Infrastructure;
using MirpsPractices.IntegrationTests.Security;

namespace MirpsPractices.IntegrationTests.Network;

/// <summary>Issue 14, item 5: amendments to draft recommendations, the diff, the version history and the endorsement reset.</summary>
public sealed class RecommendationAmendmentTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string NewText = "Crear ventanillas únicas regionales de empleo con el servicio nacional.";

    private static Task<HttpResponseMessage> ProposeAsync(HttpClient client, int id, string text, string explanation) =>
        client.PostFormAsync($"/workspace/recommendations/{id}", $"/workspace/recommendations/{id}/amendments",
            [new("Amendment.Text", text), new("Amendment.Explanation", explanation)]);

    private static Task<HttpResponseMessage> DecideAsync(HttpClient client, int id, int amendmentId, string decision, string reason) =>
        client.PostFormAsync($"/workspace/recommendations/{id}", $"/workspace/recommendations/{id}/amendments/decide",
            [new("Decide.AmendmentId", amendmentId.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("Decide.Decision", decision), new("Decide.Reason", reason)]);

    private Task<int> LastAmendmentAsync(int id) =>
        factory.WithDbAsync(db => db.RecommendationAmendments.Where(a => a.RecommendationId == id).OrderByDescending(a => a.Id).Select(a => a.Id).FirstAsync());

    private Task<Recommendation> LoadAsync(int id) =>
        factory.WithDbAsync(db => db.Recommendations.Include(r => r.Endorsements).Include(r => r.Versions).Include(r => r.Amendments).AsSplitQuery().SingleAsync(r => r.Id == id));

    [Fact]
    public async Task Propose_diff_accept_makes_version_2_and_the_earlier_endorsement_must_be_confirmed()
    {
        var author = await factory.SignedInAsRoleAsync(Roles.EmploymentTeam);
        var id = await author.DraftRecommendationAsync("Enmienda aceptada (prueba)");
        var civil = await factory.SignedInAsRoleAsync(Roles.CivilSociety);
        Assert.Equal(HttpStatusCode.Redirect, (await civil.PostFormAsync($"/workspace/recommendations/{id}", $"/workspace/recommendations/{id}/endorse", [new("Endorse.Comment", "")])).StatusCode);

        var proposer = await factory.SignedInAsRoleAsync(Roles.LocalGovernanceTeam);
        var proposed = await ProposeAsync(proposer, id, NewText, "Las ventanillas deben ser regionales.");
        Assert.Equal(HttpStatusCode.Redirect, proposed.StatusCode);
        var amendmentId = await LastAmendmentAsync(id);

        // The author sees the word diff, with words (not only colour) saying what changed.
        var page = await author.GetStringAsync($"/workspace/recommendations/{id}");
        Assert.Contains("<del><span class=\"visually-hidden\">eliminado: </span>municipales", page);
        Assert.Contains("<ins><span class=\"visually-hidden\">añadido: </span>regionales", page);
        Assert.Contains("Las ventanillas deben ser regionales.", page);
        Assert.Contains("/amendments/decide", page);
        // The proposer (not the drafter) sees the diff but cannot decide.
        Assert.DoesNotContain("/amendments/decide", await proposer.GetStringAsync($"/workspace/recommendations/{id}"));
        Assert.Equal("/account/access-denied", (await DecideAsync(proposer, id, amendmentId, "Accept", "")).RedirectPath());
        Assert.Equal(1, (await LoadAsync(id)).CurrentVersion);

        var accepted = await DecideAsync(author, id, amendmentId, "Accept", "");
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);

        var after = await LoadAsync(id);
        Assert.Equal(2, after.CurrentVersion);
        Assert.Equal(NewText, after.Text);
        Assert.Equal([1, 2], after.Versions.OrderBy(v => v.Number).Select(v => v.Number));
        Assert.Equal(amendmentId, after.Versions.Single(v => v.Number == 2).AmendmentId);
        Assert.Equal(1, after.Endorsements.Single().Version);

        var civilPage = await civil.GetStringAsync($"/workspace/recommendations/{id}?culture=en");
        Assert.Contains("Endorsed version 1 — awaiting confirmation", civilPage);
        Assert.Contains("0 of 4 groups endorse the current version (2)", civilPage);
        Assert.Contains("Version history", civilPage);
        Assert.Contains($"href=\"#amendment-{amendmentId}\"", civilPage);
        Assert.Contains($"/workspace/recommendations/{id}/endorsement/confirm", civilPage);

        // Still pending for the group on its overview and in the list filter until it confirms.
        Assert.Contains($"/workspace/recommendations/{id}\"", await civil.GetStringAsync("/workspace"));
        Assert.Contains($"/workspace/recommendations/{id}\"", await civil.GetStringAsync("/workspace/recommendations?pending=true"));

        var confirmed = await civil.PostFormAsync($"/workspace/recommendations/{id}", $"/workspace/recommendations/{id}/endorsement/confirm", []);
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal(2, (await LoadAsync(id)).Endorsements.Single().Version);
        Assert.DoesNotContain("awaiting confirmation", await civil.GetStringAsync($"/workspace/recommendations/{id}?culture=en"));
        Assert.DoesNotContain($"/workspace/recommendations/{id}\"", await civil.GetStringAsync("/workspace/recommendations?pending=true"));
    }

    [Fact]
    public async Task A_rejection_needs_a_reason_and_leaves_the_text_unchanged()
    {
        var author = await factory.SignedInAsRoleAsync(Roles.EmploymentTeam);
        var id = await author.DraftRecommendationAsync("Enmienda rechazada (prueba)");
        var before = (await LoadAsync(id)).Text;
        await ProposeAsync(await factory.SignedInAsRoleAsync(Roles.RefugeeLed), id, NewText, "Propuesta.");
        var amendmentId = await LastAmendmentAsync(id);

        var noReason = await DecideAsync(author, id, amendmentId, "Reject", "  ");
        Assert.Equal(HttpStatusCode.OK, noReason.StatusCode);
        Assert.Contains("Explique por qué rechaza la enmienda.", await noReason.Content.ReadAsStringAsync());
        Assert.Equal(AmendmentState.Open, (await LoadAsync(id)).Amendments.Single().State);

        Assert.Equal(HttpStatusCode.Redirect, (await DecideAsync(author, id, amendmentId, "Reject", "El alcance municipal es deliberado.")).StatusCode);

        var after = await LoadAsync(id);
        Assert.Equal(before, after.Text);
        Assert.Equal(1, after.CurrentVersion);
        Assert.Empty(after.Versions);
        Assert.Equal(AmendmentState.Rejected, after.Amendments.Single().State);
        Assert.Equal("El alcance municipal es deliberado.", after.Amendments.Single().DecisionReason);
        Assert.Contains("El alcance municipal es deliberado.", await author.GetStringAsync($"/workspace/recommendations/{id}"));
    }

    [Fact]
    public async Task An_amendment_on_an_older_version_is_refused_with_a_clear_message()
    {
        var author = await factory.SignedInAsRoleAsync(Roles.EmploymentTeam);
        var id = await author.DraftRecommendationAsync("Enmienda desfasada (prueba)");
        var civil = await factory.SignedInAsRoleAsync(Roles.CivilSociety);
        await ProposeAsync(civil, id, NewText, "Primera.");
        var first = await LastAmendmentAsync(id);
        await ProposeAsync(civil, id, "Otro texto completamente distinto.", "Segunda.");
        var second = await LastAmendmentAsync(id);
        await DecideAsync(author, id, first, "Accept", "");

        var stale = await DecideAsync(author, id, second, "Accept", "");

        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        var html = await stale.Content.ReadAsStringAsync();
        Assert.Contains("se propuso sobre una versión anterior del texto", html);
        var after = await LoadAsync(id);
        Assert.Equal(NewText, after.Text);
        Assert.Equal(2, after.CurrentVersion);
        Assert.Equal(AmendmentState.Open, after.Amendments.Single(a => a.Id == second).State);
        Assert.Contains("ya no puede aceptarse", await author.GetStringAsync($"/workspace/recommendations/{id}"));
    }

    [Fact]
    public async Task An_invalid_proposal_keeps_what_was_typed_and_explains()
    {
        var author = await factory.SignedInAsRoleAsync(Roles.EmploymentTeam);
        var id = await author.DraftRecommendationAsync("Enmienda incompleta (prueba)");

        var response = await ProposeAsync(await factory.SignedInAsRoleAsync(Roles.CivilSociety), id, "Un texto <nuevo> escrito con cuidado.", "");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Explique por qué propone el cambio.", html);
        Assert.Contains("Un texto &lt;nuevo&gt; escrito con cuidado.", html);
        Assert.Equal(0, await factory.WithDbAsync(db => db.RecommendationAmendments.CountAsync(a => a.RecommendationId == id)));
    }

    [Fact]
    public async Task Anonymous_visitors_and_moderators_cannot_propose_and_others_cannot_decide()
    {
        var author = await factory.SignedInAsRoleAsync(Roles.EmploymentTeam);
        var id = await author.DraftRecommendationAsync("Enmienda sin permiso (prueba)");

        var anonymous = factory.CreateClient(new() { AllowAutoRedirect = false });
        var anonymousResponse = await anonymous.PostFormAsync("/account/signin", $"/workspace/recommendations/{id}/amendments",
            [new("Amendment.Text", NewText), new("Amendment.Explanation", "x")]);
        Assert.Equal("/account/signin", anonymousResponse.RedirectPath());

        var moderator = await factory.SignedInAsRoleAsync(Roles.Moderator);
        // A moderator's page has no proposal form; any of their forms gives the antiforgery token.
        var moderatorResponse = await moderator.PostFormAsync($"/workspace/recommendations/{id}/edit", $"/workspace/recommendations/{id}/amendments",
            [new("Amendment.Text", NewText), new("Amendment.Explanation", "x")]);
        Assert.Equal("/account/access-denied", moderatorResponse.RedirectPath());
        Assert.Equal(0, await factory.WithDbAsync(db => db.RecommendationAmendments.CountAsync(a => a.RecommendationId == id)));

        await ProposeAsync(await factory.SignedInAsRoleAsync(Roles.CivilSociety), id, NewText, "x");
        var amendmentId = await LastAmendmentAsync(id);
        var other = await DecideAsync(await factory.SignedInAsRoleAsync(Roles.RefugeeLed), id, amendmentId, "Accept", "");
        Assert.Equal("/account/access-denied", other.RedirectPath());
        Assert.Equal(AmendmentState.Open, (await LoadAsync(id)).Amendments.Single().State);

        // A moderator may decide (as for editing a draft).
        Assert.Equal(HttpStatusCode.Redirect, (await DecideAsync(moderator, id, amendmentId, "Accept", "Aceptada por la moderación.")).StatusCode);
        Assert.Equal(2, (await LoadAsync(id)).CurrentVersion);
    }

    [Fact]
    public async Task The_sample_data_has_an_open_amendment_to_a_draft_with_its_diff()
    {
        var id = await factory.WithDbAsync(db => db.RecommendationAmendments.Where(a => a.State == AmendmentState.Open && a.ProposedText.Contains("al menos dos organizaciones")).Select(a => a.RecommendationId).FirstAsync());
        var client = await factory.SignedInAsRoleAsync(Roles.RefugeeLed);

        var page = await client.GetStringAsync($"/workspace/recommendations/{id}");

        Assert.Contains("<ins><span class=\"visually-hidden\">añadido: </span>dos organizaciones", page);
        // The diff keeps the text's own spacing (it is shown with white-space: pre-wrap): no markup indentation inside it.
        Assert.Contains("contar con al menos <del><span class=\"visually-hidden\">eliminado: </span>una organización<span class=\"visually-hidden\"> (fin del cambio)</span></del><ins>", page);
    }

    [Fact]
    public async Task A_direct_edit_of_the_text_is_a_version_and_makes_earlier_amendments_stale()
    {
        var author = await factory.SignedInAsRoleAsync(Roles.EmploymentTeam);
        var id = await author.DraftRecommendationAsync("Edición directa versionada (prueba)");
        await ProposeAsync(await factory.SignedInAsRoleAsync(Roles.CivilSociety), id, NewText, "Antes de la edición.");
        var amendmentId = await LastAmendmentAsync(id);
        var url = $"/workspace/recommendations/{id}/edit";
        var form = await author.GetStringAsync(url);
        var stamp = System.Text.RegularExpressions.Regex.Match(form, "name=\"Input.ConcurrencyStamp\" value=\"([0-9a-f-]{36})\"").Groups[1].Value;

        var saved = await author.PostFormAsync(url, url,
        [
            new("Input.Title", "Edición directa versionada (prueba)"),
            new("Input.Text", "Texto reescrito por la autora."),
            new("Input.Level", nameof(RecommendationLevel.Local)),
            new("Input.ActorTypes", nameof(ActorType.LocalGovernment)),
            new("Input.StrategyAreas", nameof(StrategyArea.JobMatching)),
            new("Input.Language", "es"),
            new("Input.ConcurrencyStamp", stamp),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var after = await LoadAsync(id);
        Assert.Equal(2, after.CurrentVersion);
        Assert.Null(after.Versions.Single(v => v.Number == 2).AmendmentId);
        var page = await author.GetStringAsync($"/workspace/recommendations/{id}?culture=en");
        Assert.Contains("Direct edit", page);
        Assert.Contains("it can no longer be accepted", page);
        Assert.Equal(HttpStatusCode.OK, (await DecideAsync(author, id, amendmentId, "Accept", "")).StatusCode);
        Assert.Equal("Texto reescrito por la autora.", (await LoadAsync(id)).Text);
    }
}
