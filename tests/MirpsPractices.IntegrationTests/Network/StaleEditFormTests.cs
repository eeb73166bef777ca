using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using MirpsPractices.Core.Domain;
using MirpsPractices.IntegrationTests.Infrastructure;
using MirpsPractices.IntegrationTests.Security;

namespace MirpsPractices.IntegrationTests.Network;

/// <summary>
/// Two people edit the same record: the one who saves second is told, keeps what they typed, and overwrites nothing.
/// Each edit form carries the stamp it was loaded with; a successful save renews it.
/// </summary>
public sealed partial class StaleEditFormTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string ConflictEs = "Alguien más cambió este registro desde que abrió el formulario.";

    /// <summary>Opens an edit form and reads the stamp it carries, as the browser would send it back.</summary>
    private static async Task<string> OpenFormAsync(HttpClient client, string url)
    {
        var html = await client.GetStringAsync(url);
        var match = StampField().Match(html);
        Assert.True(match.Success, $"{url} carries no concurrency stamp");
        return match.Groups[1].Value;
    }

    private static async Task<HttpResponseMessage> SaveAsync(HttpClient client, string url, string stamp, params (string Name, string Value)[] fields) =>
        await client.PostFormAsync(url, url, [.. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)), new("Input.ConcurrencyStamp", stamp)]);

    private static async Task AssertRefusedKeepingTypingAsync(HttpResponseMessage response, string typed)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains(ConflictEs, html);
        Assert.Contains(typed, WebUtility.HtmlDecode(html));
    }

    [GeneratedRegex("name=\"Input.ConcurrencyStamp\" value=\"([0-9a-f-]{36})\"")]
    private static partial Regex StampField();

    private static (string, string)[] RecommendationFields(string title) =>
    [
        ("Input.Title", title),
        ("Input.Text", "Crear ventanillas únicas municipales de empleo con el servicio nacional."),
        ("Input.Level", nameof(RecommendationLevel.Local)),
        ("Input.ActorTypes", nameof(ActorType.LocalGovernment)),
        ("Input.StrategyAreas", nameof(StrategyArea.JobMatching)),
        ("Input.Language", "es"),
    ];

    [Fact]
    public async Task A_recommendation_saved_by_someone_else_meanwhile_is_not_overwritten()
    {
        var author = await factory.SignedInAsRoleAsync(Roles.EmploymentTeam);
        var created = await author.PostFormAsync("/workspace/recommendations/new", "/workspace/recommendations/new",
            [.. RecommendationFields("Ventanillas únicas (concurrencia)").Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2))]);
        var id = int.Parse(created.RedirectPath().Split('/').Last());
        var url = $"/workspace/recommendations/{id}/edit";

        var authorStamp = await OpenFormAsync(author, url);
        var moderator = await factory.SignedInAsRoleAsync(Roles.Moderator);
        var moderatorSave = await SaveAsync(moderator, url, await OpenFormAsync(moderator, url), RecommendationFields("Título de la moderación"));
        Assert.Equal($"/workspace/recommendations/{id}", moderatorSave.RedirectPath());
        var renewed = await factory.WithDbAsync(db => db.Recommendations.Where(r => r.Id == id).Select(r => r.ConcurrencyStamp).SingleAsync());
        Assert.NotEqual(Guid.Parse(authorStamp), renewed);

        var late = await SaveAsync(author, url, authorStamp, RecommendationFields("Título que escribió la autora"));

        await AssertRefusedKeepingTypingAsync(late, "Título que escribió la autora");
        Assert.Equal("Título de la moderación", await factory.WithDbAsync(db => db.Recommendations.Where(r => r.Id == id).Select(r => r.Title).SingleAsync()));
    }

    [Fact]
    public async Task A_recommendation_endorsed_while_its_author_edits_it_keeps_the_typing_and_says_why()
    {
        var author = await factory.SignedInAsRoleAsync(Roles.CivilSociety);
        var created = await author.PostFormAsync("/workspace/recommendations/new", "/workspace/recommendations/new",
            [.. RecommendationFields("Ventanillas únicas (respaldada mientras se edita)").Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2))]);
        var id = int.Parse(created.RedirectPath().Split('/').Last());
        var url = $"/workspace/recommendations/{id}/edit";
        var stamp = await OpenFormAsync(author, url);

        var otherGroup = await factory.SignedInAsRoleAsync(Roles.RefugeeLed);
        await otherGroup.PostFormAsync($"/workspace/recommendations/{id}", $"/workspace/recommendations/{id}/endorse", [new("Endorse.Comment", "")]);

        // The edit page itself is closed now: the token comes from the recommendation's page, the form is the one still open.
        var late = await author.PostFormAsync($"/workspace/recommendations/{id}", url,
            [.. RecommendationFields("Texto nuevo que ya no cabe").Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2)), new("Input.ConcurrencyStamp", stamp)]);

        Assert.Equal(HttpStatusCode.OK, late.StatusCode);
        var html = WebUtility.HtmlDecode(await late.Content.ReadAsStringAsync());
        Assert.Contains("Un grupo respaldó esta recomendación mientras usted la editaba", html);
        Assert.Contains("Texto nuevo que ya no cabe", html);
        Assert.Equal("Ventanillas únicas (respaldada mientras se edita)", await factory.WithDbAsync(db => db.Recommendations.Where(r => r.Id == id).Select(r => r.Title).SingleAsync()));
    }

    [Fact]
    public async Task Someone_who_is_not_the_drafter_is_still_refused_outright()
    {
        var author = await factory.SignedInAsRoleAsync(Roles.CivilSociety);
        var created = await author.PostFormAsync("/workspace/recommendations/new", "/workspace/recommendations/new",
            [.. RecommendationFields("Borrador ajeno").Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2))]);
        var id = int.Parse(created.RedirectPath().Split('/').Last());
        var url = $"/workspace/recommendations/{id}/edit";
        var stranger = await factory.SignedInAsRoleAsync(Roles.EmploymentTeam);

        var response = await stranger.PostFormAsync($"/workspace/recommendations/{id}", url,
            [.. RecommendationFields("Cambio ajeno").Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2))]);

        Assert.Equal("/account/access-denied", response.RedirectPath());
        Assert.Equal("Borrador ajeno", await factory.WithDbAsync(db => db.Recommendations.Where(r => r.Id == id).Select(r => r.Title).SingleAsync()));
    }

    private static (string, string)[] CommitmentFields(string title, int organisationId) =>
    [
        ("Input.Title", title),
        ("Input.Description", "Organizar dos ferias de empleo con la alcaldía."),
        ("Input.Kind", nameof(CommitmentKind.Collaboration)),
        ("Input.DueDate", "2030-03-31"),
        ("Input.Status", nameof(CommitmentStatus.InProgress)),
        ("Input.OrganisationIds", organisationId.ToString(System.Globalization.CultureInfo.InvariantCulture)),
    ];

    [Fact]
    public async Task A_commitment_saved_by_someone_else_meanwhile_is_not_overwritten()
    {
        var organisation = await factory.OrganisationOfAsync(Roles.CivilSociety);
        var id = await factory.AddCommitmentAsync("Ferias de empleo (concurrencia)", organisation, new DateOnly(2030, 3, 31));
        var url = $"/workspace/commitments/{id}/edit";
        var participant = await factory.SignedInAsRoleAsync(Roles.CivilSociety);
        var participantStamp = await OpenFormAsync(participant, url);

        var moderator = await factory.SignedInAsRoleAsync(Roles.Moderator);
        var moderatorSave = await SaveAsync(moderator, url, await OpenFormAsync(moderator, url), CommitmentFields("Ferias de empleo (moderación)", organisation));
        Assert.Equal($"/workspace/commitments/{id}", moderatorSave.RedirectPath());

        var late = await SaveAsync(participant, url, participantStamp, CommitmentFields("Ferias de empleo (sociedad civil)", organisation));

        await AssertRefusedKeepingTypingAsync(late, "Ferias de empleo (sociedad civil)");
        Assert.Equal("Ferias de empleo (moderación)", await factory.WithDbAsync(db => db.Commitments.Where(c => c.Id == id).Select(c => c.Title).SingleAsync()));
    }

    [Fact]
    public async Task A_progress_note_added_meanwhile_also_refuses_a_stale_commitment_form()
    {
        var organisation = await factory.OrganisationOfAsync(Roles.CivilSociety);
        var id = await factory.AddCommitmentAsync("Guía de contratación (concurrencia)", organisation, new DateOnly(2030, 6, 30));
        var url = $"/workspace/commitments/{id}/edit";
        var participant = await factory.SignedInAsRoleAsync(Roles.CivilSociety);
        var stamp = await OpenFormAsync(participant, url);

        var moderator = await factory.SignedInAsRoleAsync(Roles.Moderator);
        await moderator.PostFormAsync($"/workspace/commitments/{id}", $"/workspace/commitments/{id}/progress",
            [new("Progress.Date", "2026-01-10"), new("Progress.Text", "Guía cumplida."), new("Progress.Status", nameof(CommitmentStatus.Fulfilled))]);

        var late = await SaveAsync(participant, url, stamp, CommitmentFields("Guía de contratación (otra vez en curso)", organisation));

        await AssertRefusedKeepingTypingAsync(late, "Guía de contratación (otra vez en curso)");
        Assert.Equal(CommitmentStatus.Fulfilled, await factory.WithDbAsync(db => db.Commitments.Where(c => c.Id == id).Select(c => c.Status).SingleAsync()));
    }

    private static (string, string)[] SessionFields(string title) =>
    [
        ("Input.Date", "2026-08-21"),
        ("Input.Title", title),
        ("Input.Agenda", "Presentación de prácticas y acuerdos."),
        ("Input.Language", "es"),
    ];

    [Fact]
    public async Task A_session_saved_by_someone_else_meanwhile_is_not_overwritten()
    {
        var employment = await factory.SignedInAsRoleAsync(Roles.EmploymentTeam);
        var created = await employment.PostFormAsync("/workspace/sessions/new", "/workspace/sessions/new",
            [.. SessionFields("Sesión conjunta (concurrencia)").Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2))]);
        var id = int.Parse(created.RedirectPath().Split('/').Last());
        var url = $"/workspace/sessions/{id}/edit";
        var employmentStamp = await OpenFormAsync(employment, url);

        var local = await factory.SignedInAsRoleAsync(Roles.LocalGovernanceTeam);
        var localSave = await SaveAsync(local, url, await OpenFormAsync(local, url), SessionFields("Sesión conjunta (gobernanza local)"));
        Assert.Equal($"/workspace/sessions/{id}", localSave.RedirectPath());

        var late = await SaveAsync(employment, url, employmentStamp, SessionFields("Sesión conjunta (equipo de empleo)"));

        await AssertRefusedKeepingTypingAsync(late, "Sesión conjunta (equipo de empleo)");
        Assert.Equal("Sesión conjunta (gobernanza local)", await factory.WithDbAsync(db => db.Sessions.Where(s => s.Id == id).Select(s => s.Title).SingleAsync()));
    }

    [Fact]
    public async Task Saving_a_session_renews_its_stamp_even_when_only_its_links_change()
    {
        var moderator = await factory.SignedInAsRoleAsync(Roles.Moderator);
        var created = await moderator.PostFormAsync("/workspace/sessions/new", "/workspace/sessions/new",
            [.. SessionFields("Sesión de enlaces").Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2))]);
        var id = int.Parse(created.RedirectPath().Split('/').Last());
        var url = $"/workspace/sessions/{id}/edit";
        var stamp = await OpenFormAsync(moderator, url);
        var organisation = await factory.OrganisationOfAsync(Roles.CivilSociety);

        var saved = await SaveAsync(moderator, url, stamp, [.. SessionFields("Sesión de enlaces"), ("Input.OrganisationIds", organisation.ToString(System.Globalization.CultureInfo.InvariantCulture))]);

        Assert.Equal($"/workspace/sessions/{id}", saved.RedirectPath());
        Assert.NotEqual(stamp, await OpenFormAsync(moderator, url));
        // The old stamp no longer saves: a second window still holding it is refused.
        await AssertRefusedKeepingTypingAsync(await SaveAsync(moderator, url, stamp, SessionFields("Segunda ventana")), "Segunda ventana");
    }

    [Fact]
    public async Task The_message_is_in_english_for_an_english_user()
    {
        var organisation = await factory.OrganisationOfAsync(Roles.CivilSociety);
        var id = await factory.AddCommitmentAsync("Commitment (concurrency, English)", organisation, new DateOnly(2030, 3, 31));
        var url = $"/workspace/commitments/{id}/edit";
        var participant = await factory.SignedInAsRoleAsync(Roles.CivilSociety);

        var response = await SaveAsync(participant, url + "?culture=en", Guid.NewGuid().ToString(), CommitmentFields("Typed in English", organisation));

        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Someone else changed this record since you opened the form.", html);
        Assert.Contains("Typed in English", html);
    }
}
