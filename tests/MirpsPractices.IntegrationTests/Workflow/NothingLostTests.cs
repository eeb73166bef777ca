using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MirpsPractices.Core.Domain;
using MirpsPractices.IntegrationTests.Infrastructure;

namespace MirpsPractices.IntegrationTests.Workflow;

/// <summary>People spend an hour on a practice: a double click, an expired sign-in or a conflict never loses what they typed.</summary>
public sealed class NothingLostTests(WorkflowFactory factory) : IClassFixture<WorkflowFactory>
{
    [Fact]
    public async Task A_double_click_on_submit_in_a_new_form_submits_one_practice_and_both_clicks_land_on_it()
    {
        var owner = await factory.SignedInAsync(Roles.LocalGovernanceTeam);
        var title = "Doble envío " + Guid.NewGuid().ToString("N")[..6];
        var token = await owner.GetAntiforgeryTokenAsync("/my/practices/new");
        var body = WorkflowClient.CompletePractice(title, await factory.AnyApprovedOrganisationIdAsync()).With("Input.Intent", "submit").With("__RequestVerificationToken", token);

        var first = await owner.PostAsync("/my/practices/new", new FormUrlEncodedContent(body));
        var second = await owner.PostAsync("/my/practices/new", new FormUrlEncodedContent(body));

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        var id = WorkflowClient.IdFrom(first);
        Assert.Equal($"/my/practices/{id}", first.Headers.Location!.OriginalString);
        Assert.Equal($"/my/practices/{id}", second.Headers.Location!.OriginalString);
        Assert.Contains("Práctica enviada a moderación.", await owner.GetStringAsync(second.Headers.Location));
        Assert.Equal(1, await factory.WithDbAsync(db => db.Practices.CountAsync(p => p.Title == title)));
        Assert.Equal(1, await factory.WithDbAsync(db => db.PracticeVersions.CountAsync(v => v.PracticeId == id)));
        Assert.Equal(PracticeState.Submitted, (await factory.PracticeAsync(id)).State);
    }

    [Fact]
    public async Task A_double_click_on_submit_in_the_edit_form_submits_once_and_the_second_click_lands_on_the_practice()
    {
        var owner = await factory.SignedInAsync(Roles.CivilSociety);
        var fields = WorkflowClient.CompletePractice("Doble clic al enviar " + Guid.NewGuid().ToString("N")[..6], await factory.AnyApprovedOrganisationIdAsync());
        var id = await owner.CreatePracticeAsync(fields, "save");
        var page = await owner.GetStringAsync($"/my/practices/{id}/edit");
        var body = fields.With("Input.Intent", "submit").With("Input.ConcurrencyStamp", WorkflowClient.StampFrom(page))
            .With("__RequestVerificationToken", TestClientExtensions.ExtractAntiforgeryToken(page)!);

        var first = await owner.PostAsync($"/my/practices/{id}/edit", new FormUrlEncodedContent(body));
        var second = await owner.PostAsync($"/my/practices/{id}/edit", new FormUrlEncodedContent(body));

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal($"/my/practices/{id}", second.Headers.Location!.OriginalString);
        Assert.Contains("Práctica enviada a moderación.", await owner.GetStringAsync(second.Headers.Location));
        Assert.Equal(1, await factory.WithDbAsync(db => db.PracticeVersions.CountAsync(v => v.PracticeId == id)));
    }

    [Fact]
    public async Task A_second_click_on_the_submit_button_of_the_details_page_lands_on_the_practice()
    {
        var owner = await factory.SignedInAsync(Roles.CivilSociety);
        var id = await owner.CreatePracticeAsync(WorkflowClient.CompletePractice("Enviar desde la ficha " + Guid.NewGuid().ToString("N")[..6], await factory.AnyApprovedOrganisationIdAsync()), "save");
        var page = await owner.GetStringAsync($"/my/practices/{id}/edit");
        var body = new List<KeyValuePair<string, string>>
        {
            new("__RequestVerificationToken", TestClientExtensions.ExtractAntiforgeryToken(page)!),
            new("concurrencyStamp", WorkflowClient.StampFrom(page)),
        };

        var first = await owner.PostAsync($"/my/practices/{id}/submit", new FormUrlEncodedContent(body));
        var second = await owner.PostAsync($"/my/practices/{id}/submit", new FormUrlEncodedContent(body));

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal($"/my/practices/{id}", second.Headers.Location!.OriginalString);
        Assert.Contains("Práctica enviada a moderación.", await owner.GetStringAsync(second.Headers.Location));
        Assert.Equal(1, await factory.WithDbAsync(db => db.PracticeVersions.CountAsync(v => v.PracticeId == id)));
    }

    [Fact]
    public async Task Typing_posted_after_the_practice_was_submitted_elsewhere_is_shown_again_with_the_reason()
    {
        var owner = await factory.SignedInAsync(Roles.CivilSociety);
        var fields = WorkflowClient.CompletePractice("Enviada en otra pestaña " + Guid.NewGuid().ToString("N")[..6], await factory.AnyApprovedOrganisationIdAsync());
        var id = await owner.CreatePracticeAsync(fields, "save");
        var page = await owner.GetStringAsync($"/my/practices/{id}/edit");
        var stamp = WorkflowClient.StampFrom(page);
        var token = TestClientExtensions.ExtractAntiforgeryToken(page)!;

        // Another tab submits; this one goes on typing and saves.
        Assert.Equal(HttpStatusCode.Redirect, (await owner.PostAsync($"/my/practices/{id}/submit",
            new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("concurrencyStamp", stamp)]))).StatusCode);
        var late = await owner.PostAsync($"/my/practices/{id}/edit", new FormUrlEncodedContent(
            fields.With("Input.Results", "Una hora de resultados escritos en la otra pestaña").With("Input.Intent", "save")
                .With("Input.ConcurrencyStamp", stamp).With("__RequestVerificationToken", token)));

        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        var html = await late.Content.ReadAsStringAsync();
        Assert.Contains("Una hora de resultados escritos en la otra pestaña", html);
        Assert.Contains("Esta práctica ya no se puede modificar en su estado actual.", html);
        var practice = await factory.PracticeAsync(id);
        Assert.Equal(PracticeState.Submitted, practice.State);
        Assert.Equal("Sin datos todavía.", practice.Results);
    }

    [Fact]
    public async Task An_autosave_refused_because_the_sign_in_expired_is_saved_when_the_same_page_posts_it_again_after_signing_in()
    {
        var owner = await factory.SignedInAsync(Roles.EmploymentTeam);
        var fields = WorkflowClient.CompletePractice("Sesión caducada " + Guid.NewGuid().ToString("N")[..6], await factory.AnyApprovedOrganisationIdAsync());
        var id = await owner.CreatePracticeAsync(fields, "save");
        var page = await owner.GetStringAsync($"/my/practices/{id}/edit");
        var token = TestClientExtensions.ExtractAntiforgeryToken(page)!;
        var typed = fields.With("Input.Results", "Escrito mientras la sesión caducaba").With("Input.ConcurrencyStamp", WorkflowClient.StampFrom(page));

        // The sign-in ends (expiry, or signed out in another tab); the page does not know and autosaves as the script does.
        Assert.Equal(HttpStatusCode.Redirect, (await owner.PostAsync("/account/signout", new FormUrlEncodedContent([new("__RequestVerificationToken", token)]))).StatusCode);
        var refused = await owner.SendAsync(Autosave(id, typed, token));
        Assert.NotEqual(HttpStatusCode.OK, refused.StatusCode);
        Assert.True((int)refused.StatusCode < 500);
        Assert.NotEqual("application/json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Sin datos todavía.", (await factory.PracticeAsync(id)).Results);

        // Signed in again (another tab): the script's next attempt, from the same page with the same token and stamp, saves it.
        await owner.SignInAsRoleAsync(Roles.EmploymentTeam);
        var saved = await owner.SendAsync(Autosave(id, typed, token));
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var answer = JsonDocument.Parse(await saved.Content.ReadAsStringAsync()).RootElement;
        Assert.True(answer.GetProperty("saved").GetBoolean());
        // The time of the save travels as an instant, so the page can show it in the browser's time zone.
        Assert.True(DateTimeOffset.UtcNow - answer.GetProperty("savedAt").GetDateTimeOffset() < TimeSpan.FromMinutes(5));
        Assert.Equal("Escrito mientras la sesión caducaba", (await factory.PracticeAsync(id)).Results);
    }

    [Fact]
    public async Task A_moderator_who_acted_too_late_gets_back_every_comment_note_and_check_they_typed()
    {
        await factory.EnsureUserAsync(WorkflowFactory.SecondModeratorEmail, Roles.Moderator);
        var participant = await factory.SignedInAsync(Roles.EmploymentTeam);
        var id = await participant.CreatePracticeAsync(WorkflowClient.CompletePractice("Revisión tardía " + Guid.NewGuid().ToString("N")[..6], await factory.AnyApprovedOrganisationIdAsync()));
        var first = await factory.SignedInAsync(Roles.Moderator);
        var second = await factory.SignedInAsEmailAsync(WorkflowFactory.SecondModeratorEmail);
        var firstView = await first.OpenReviewAsync(id);
        var secondView = await second.OpenReviewAsync(id);
        Assert.Equal(HttpStatusCode.Redirect, (await first.DecideAsync(id, "SaveReview", "Primera lectura.", opened: firstView)).StatusCode);

        var late = await second.DecideAsync(id, "RequestChanges", "Comentario general tardío",
        [
            new("Input.FieldComments[Results]", "Comentario tardío sobre los resultados"),
            new("Input.Criteria[0].Criterion", "AnswersNeeds"),
            new("Input.Criteria[0].IsMet", "true"),
            new("Input.Criteria[0].Note", "Nota tardía del criterio"),
            new("Input.SafeguardingNote", "Nota tardía de salvaguarda"),
        ], opened: secondView);

        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        var html = await late.Content.ReadAsStringAsync();
        foreach (var typed in new[] { "Comentario general tardío", "Comentario tardío sobre los resultados", "Nota tardía del criterio", "Nota tardía de salvaguarda" })
        {
            Assert.Contains(typed, html);
        }
        Assert.Equal(secondView.Stamp, WorkflowClient.StampFrom(html));
        Assert.False(await factory.WithDbAsync(db => db.PracticeReviewComments.AnyAsync(c => c.PracticeId == id && c.Text.Contains("tardío"))));
    }

    [Fact]
    public async Task Comments_on_the_language_and_the_call_are_shown_and_every_answer_typed_in_the_form_is_saved()
    {
        var owner = await factory.SignedInAsync(Roles.CivilSociety);
        var moderator = await factory.SignedInAsync(Roles.Moderator);
        var fields = WorkflowClient.CompletePractice("Comentario sobre el idioma " + Guid.NewGuid().ToString("N")[..6], await factory.AnyApprovedOrganisationIdAsync());
        var id = await owner.CreatePracticeAsync(fields);
        await moderator.DecideAsync(id, "RequestChanges", "Revisen el idioma.",
            [new("Input.FieldComments[Language]", "¿No está escrita en inglés?"), new("Input.FieldComments[CallForPracticesId]", "Responde a la convocatoria de 2026."), new("Input.FieldComments[Results]", "Faltan cifras.")]);

        // The edit form as a browser gets it: every comment beside its field, each with an answer box.
        var form = await owner.GetStringAsync($"/my/practices/{id}/edit");
        Assert.Contains("¿No está escrita en inglés?", form);
        Assert.Contains("Responde a la convocatoria de 2026.", form);
        var boxes = System.Text.RegularExpressions.Regex.Matches(form, @"name=""Input\.Answers\[(\d+)\]\.CommentId"" value=""(\d+)""")
            .Select(m => (Index: m.Groups[1].Value, CommentId: m.Groups[2].Value)).ToList();
        Assert.Equal(["0", "1", "2", "3"], boxes.Select(b => b.Index).Order());

        var answered = fields;
        foreach (var (index, commentId) in boxes)
        {
            answered = answered.With($"Input.Answers[{index}].CommentId", commentId).With($"Input.Answers[{index}].Answer", $"Respuesta al comentario {commentId}");
        }
        var saved = await owner.SaveAsync(id, answered, "save");

        Assert.Equal(System.Net.HttpStatusCode.Redirect, saved.StatusCode);
        var answers = await factory.WithDbAsync(db => db.PracticeReviewComments.Where(c => c.PracticeId == id).Select(c => new { c.Id, c.Answer }).ToListAsync());
        Assert.Equal(4, answers.Count);
        Assert.All(answers, a => Assert.Equal($"Respuesta al comentario {a.Id}", a.Answer));
    }

    [Fact]
    public async Task An_answer_to_a_review_comment_comes_back_as_typed_when_the_form_has_errors_and_the_other_comments_get_their_boxes()
    {
        var owner = await factory.SignedInAsync(Roles.CivilSociety);
        var moderator = await factory.SignedInAsync(Roles.Moderator);
        var fields = WorkflowClient.CompletePractice("Respuestas conservadas " + Guid.NewGuid().ToString("N")[..6], await factory.AnyApprovedOrganisationIdAsync());
        var id = await owner.CreatePracticeAsync(fields);
        await moderator.DecideAsync(id, "RequestChanges", "Revisen el conjunto.",
            [new("Input.FieldComments[Results]", "Faltan cifras."), new("Input.FieldComments[Title]", "Título demasiado largo.")]);
        var comments = await factory.WithDbAsync(db => db.PracticeReviewComments.Where(c => c.PracticeId == id).ToDictionaryAsync(c => c.FieldName ?? "", c => c.Id));
        string Id(string field) => comments[field].ToString(System.Globalization.CultureInfo.InvariantCulture);

        // Only the Results answer is posted (at index 0), and the summary is missing, so the form comes back.
        var response = await owner.SaveAsync(id, fields
            .With("Input.Summary", "")
            .With("Input.Answers[0].CommentId", Id("Results"))
            .With("Input.Answers[0].Answer", "Añadimos <b>45</b> personas."), "submit");
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(PracticeState.ChangesRequested, (await factory.PracticeAsync(id)).State);
        Assert.Contains($"name=\"Input.Answers[0].CommentId\" value=\"{Id("Results")}\"", page);
        Assert.Contains("name=\"Input.Answers[0].Answer\" rows=\"2\" aria-describedby=\"comment-" + Id("Results") + "\" maxlength=\"4000\">Añadimos &lt;b&gt;45&lt;/b&gt; personas.</textarea>", page);
        // The missing boxes follow, in the order the form shows them: the comment on the whole practice first.
        Assert.Contains($"name=\"Input.Answers[1].CommentId\" value=\"{Id("")}\"", page);
        Assert.Contains($"name=\"Input.Answers[2].CommentId\" value=\"{Id("Title")}\"", page);
        Assert.Contains("id=\"Input_Answers_2__Answer\" name=\"Input.Answers[2].Answer\"", page);
    }

    private static HttpRequestMessage Autosave(int id, List<KeyValuePair<string, string>> fields, string token)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/my/practices/{id}/draft") { Content = new FormUrlEncodedContent(fields) };
        request.Headers.Add("X-CSRF-TOKEN", token);
        request.Headers.Add("Accept", "application/json");
        return request;
    }
}
