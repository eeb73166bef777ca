using System.Net;
using Microsoft.EntityFrameworkCore;
using MirpsPractices.Core.Domain;

namespace MirpsPractices.IntegrationTests.Workflow;

/// <summary>The whole round trip: submit → request changes → resubmit → publish → public → withdraw → gone.</summary>
public sealed class SubmissionRoundTripTests(WorkflowFactory factory) : IClassFixture<WorkflowFactory>
{
    [Fact]
    public async Task A_practice_goes_from_draft_to_publication_and_back_with_every_decision_on_record()
    {
        var title = "Ventanilla única de empleo de Los Laureles " + Guid.NewGuid().ToString("N")[..6];
        var organisationId = await factory.AnyApprovedOrganisationIdAsync();
        var participant = await factory.SignedInAsync(Roles.CivilSociety);
        var moderator = await factory.SignedInAsync(Roles.Moderator);
        var anonymous = factory.CreateBrowserLikeClient();

        // Submit: version 1 is kept and every moderator is told.
        var fields = WorkflowClient.CompletePractice(title, organisationId);
        var id = await participant.CreatePracticeAsync(fields);
        var practice = await factory.PracticeAsync(id);
        Assert.Equal(PracticeState.Submitted, practice.State);
        Assert.Equal(1, practice.CurrentVersion);
        Assert.Contains(factory.SentMail, m => m.To == "moderator@demo.mirps.example" && m.Subject.Contains(title));
        var queue = await moderator.GetStringAsync("/moderation");
        Assert.Contains(title, queue);

        // Request changes, with a comment on the Results field.
        var requested = await moderator.DecideAsync(id, "RequestChanges", "Faltan cifras de resultados.",
            [new("Input.FieldComments[Results]", "Indiquen cuántas personas consiguieron empleo.")]);
        Assert.Equal(HttpStatusCode.Redirect, requested.StatusCode);
        Assert.Equal(PracticeState.ChangesRequested, (await factory.PracticeAsync(id)).State);
        Assert.Contains(factory.SentMail, m => m.To == "civilsociety@demo.mirps.example" && m.Subject.Contains("cambios solicitados"));

        // The submitter sees the comment beside the field, answers it and resubmits.
        var edit = await participant.GetStringAsync($"/my/practices/{id}/edit");
        Assert.Contains("Indiquen cuántas personas consiguieron empleo.", edit);
        Assert.Contains("Faltan cifras de resultados.", edit);
        var commentId = await factory.WithDbAsync(db => db.PracticeReviewComments.Where(c => c.PracticeId == id && c.FieldName == "Results").Select(c => c.Id).SingleAsync());
        var resubmitted = await participant.SaveAsync(id, fields
            .With("Input.Results", "Se formaron 120 personas y 45 consiguieron empleo formal.")
            .With("Input.Answers[0].CommentId", commentId.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .With("Input.Answers[0].Answer", "Añadimos las 45 personas colocadas."), "submit");
        Assert.Equal(HttpStatusCode.Redirect, resubmitted.StatusCode);
        Assert.Equal(2, (await factory.PracticeAsync(id)).CurrentVersion);
        Assert.Equal("Añadimos las 45 personas colocadas.", await factory.WithDbAsync(db => db.PracticeReviewComments.Where(c => c.Id == commentId).Select(c => c.Answer).SingleAsync()));

        // The moderator sees the diff against the reviewed version, then publishes.
        var review = await moderator.GetStringAsync($"/moderation/practices/{id}");
        Assert.Contains("<ins>", review);
        Assert.Contains("45 consiguieron empleo formal.", review);
        Assert.Contains("<del>", review);
        Assert.DoesNotContain(title, await anonymous.GetStringAsync("/"));
        var published = await moderator.DecideAsync(id, "Publish", extra: WorkflowClient.SafeguardingConfirmed());
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        practice = await factory.PracticeAsync(id);
        Assert.True(practice.IsPublic);
        Assert.Contains(title, await anonymous.GetStringAsync("/"));
        var visitor = factory.CreateClient();
        var publicPage = await visitor.GetAsync($"/practices/{id}");
        Assert.Equal(HttpStatusCode.OK, publicPage.StatusCode);
        Assert.Contains(title, await publicPage.Content.ReadAsStringAsync());
        Assert.Contains(factory.SentMail, m => m.To == "civilsociety@demo.mirps.example" && m.Subject.Contains("publicada"));
        var criteria = await factory.WithDbAsync(db => db.Set<PracticeCriterionAssessment>().Where(c => c.PracticeId == id && c.IsMet).CountAsync());
        Assert.Equal(2, criteria);
        Assert.True(await factory.WithDbAsync(db => db.PracticeSafeguardingChecks.AnyAsync(c => c.PracticeId == id && c.NoPersonalDataOfDisplacedPeople && c.ConsentForPhotosOfPeople)));

        // Withdraw from publication: gone from the public pages at once (the cache is evicted).
        var withdrawn = await moderator.DecideAsync(id, "WithdrawFromPublication", "Contiene el nombre de una persona refugiada.");
        Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);
        Assert.False((await factory.PracticeAsync(id)).IsPublic);
        Assert.DoesNotContain(title, await anonymous.GetStringAsync("/"));
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/practices/{id}")).StatusCode);

        // Every transition is on record and shown as a timeline to the submitter.
        practice = await factory.PracticeAsync(id);
        Assert.Equal(
            [LifecycleAction.Submit, LifecycleAction.StartReview, LifecycleAction.RequestChanges, LifecycleAction.Submit, LifecycleAction.StartReview, LifecycleAction.Publish, LifecycleAction.WithdrawFromPublication],
            practice.StateChanges.OrderBy(c => c.Id).Select(c => c.Action));
        Assert.Equal(2, await factory.WithDbAsync(db => db.PracticeVersions.CountAsync(v => v.PracticeId == id)));
        var details = await participant.GetStringAsync($"/my/practices/{id}");
        Assert.Contains("Historial", details);
        Assert.Contains("Contiene el nombre de una persona refugiada.", details);
        Assert.Contains("editó el contenido", details);
    }

    [Fact]
    public async Task Rejecting_needs_a_reason_and_publishing_needs_the_safeguarding_check()
    {
        var organisationId = await factory.AnyApprovedOrganisationIdAsync();
        var participant = await factory.SignedInAsync(Roles.RefugeeLed);
        var moderator = await factory.SignedInAsync(Roles.Moderator);
        var id = await participant.CreatePracticeAsync(WorkflowClient.CompletePractice("Práctica para rechazar " + Guid.NewGuid().ToString("N")[..6], organisationId));

        var noReason = await moderator.DecideAsync(id, "Reject", "");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noReason.StatusCode);
        Assert.Contains("Escriba el motivo.", await noReason.Content.ReadAsStringAsync());

        var noSafeguarding = await moderator.DecideAsync(id, "Publish");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noSafeguarding.StatusCode);
        Assert.Contains("confirme las dos verificaciones de salvaguarda", await noSafeguarding.Content.ReadAsStringAsync());
        Assert.Equal(PracticeState.Submitted, (await factory.PracticeAsync(id)).State);

        var rejected = await moderator.DecideAsync(id, "Reject", "No describe una articulación entre actores.");
        Assert.Equal(HttpStatusCode.Redirect, rejected.StatusCode);
        Assert.Equal(PracticeState.Rejected, (await factory.PracticeAsync(id)).State);

        var archived = await moderator.DecideAsync(id, "Archive");
        Assert.Equal(HttpStatusCode.Redirect, archived.StatusCode);
        Assert.Equal(PracticeState.Archived, (await factory.PracticeAsync(id)).State);
    }

    [Fact]
    public async Task A_revision_of_a_published_practice_leaves_the_original_public_until_it_is_published()
    {
        var organisationId = await factory.AnyApprovedOrganisationIdAsync();
        var participant = await factory.SignedInAsync(Roles.LocalGovernanceTeam);
        var moderator = await factory.SignedInAsync(Roles.Moderator);
        var anonymous = factory.CreateBrowserLikeClient();
        var title = "Mesa municipal de empleo " + Guid.NewGuid().ToString("N")[..6];
        var fields = WorkflowClient.CompletePractice(title, organisationId);
        var id = await participant.CreatePracticeAsync(fields);
        await moderator.DecideAsync(id, "Publish", extra: WorkflowClient.SafeguardingConfirmed());

        var details = await participant.GetStringAsync($"/my/practices/{id}");
        var token = Infrastructure.TestClientExtensions.ExtractAntiforgeryToken(details)!;
        var started = await participant.PostAsync($"/my/practices/{id}/revision", new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        var revisionId = WorkflowClient.IdFrom(started);
        Assert.NotEqual(id, revisionId);

        var newTitle = title + " (actualizada)";
        await participant.SaveAsync(revisionId, fields.With("Input.Title", newTitle), "submit");
        Assert.Equal(PracticeState.Submitted, (await factory.PracticeAsync(revisionId)).State);
        var home = await anonymous.GetStringAsync("/");
        Assert.Contains(title, home);
        Assert.DoesNotContain(newTitle, home);

        var published = await moderator.DecideAsync(revisionId, "Publish", extra: WorkflowClient.SafeguardingConfirmed());
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        var original = await factory.PracticeAsync(id);
        Assert.True(original.IsPublic);
        Assert.Equal(newTitle, original.Title);
        Assert.Equal(PracticeState.Archived, (await factory.PracticeAsync(revisionId)).State);
        Assert.Contains(newTitle, await anonymous.GetStringAsync("/"));
        Assert.Equal(1, await factory.WithDbAsync(db => db.Practices.CountAsync(p => p.Title == newTitle && p.State == PracticeState.Published && p.RevisionOfId == null)));
    }
}
