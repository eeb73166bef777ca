using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MirpsPractices.Core.Domain;
using MirpsPractices.Core.Notifications;
using MirpsPractices.IntegrationTests.Infrastructure;
using Moq;

namespace MirpsPractices.IntegrationTests.Workflow;

public sealed class ValidationAndNotificationTests(WorkflowFactory factory) : IClassFixture<WorkflowFactory>
{
    [Fact]
    public async Task An_incomplete_draft_can_be_saved_but_not_submitted()
    {
        var owner = await factory.SignedInAsync(Roles.EmploymentTeam);
        var key = Guid.NewGuid().ToString("N");
        var token = await owner.GetAntiforgeryTokenAsync("/my/practices/new");
        var draft = await owner.PostAsync("/my/practices/new", new FormUrlEncodedContent(
            [new("__RequestVerificationToken", token), new("Input.IdempotencyKey", key), new("Input.Title", "Solo un título " + key[..6]), new("Input.Intent", "save")]));
        Assert.Equal(HttpStatusCode.Redirect, draft.StatusCode);
        var id = WorkflowClient.IdFrom(draft);
        Assert.Equal(PracticeState.Draft, (await factory.PracticeAsync(id)).State);

        var submit = await owner.SaveAsync(id, [new("Input.Title", "Solo un título " + key[..6]), new("Input.Summary", "Resumen escrito")], "submit");
        Assert.Equal(HttpStatusCode.OK, submit.StatusCode);
        var html = await submit.Content.ReadAsStringAsync();
        Assert.Contains("id=\"error-summary\"", html);
        Assert.Contains("Elija al menos un país.", html);
        Assert.Contains("Añada al menos una organización participante.", html);
        Assert.Contains("href=\"#Input_Context\"", html);
        Assert.Contains("Resumen escrito", html);
        Assert.Equal(PracticeState.Draft, (await factory.PracticeAsync(id)).State);
    }

    [Fact]
    public async Task Formats_are_checked_even_for_a_draft_and_every_message_sits_beside_its_field_with_the_typing_kept()
    {
        var owner = await factory.SignedInAsync(Roles.EmploymentTeam);
        var fields = WorkflowClient.CompletePractice("Datos inválidos", await factory.AnyApprovedOrganisationIdAsync())
            .With("Input.EvidenceLinks[0].Url", "javascript:alert(1)")
            .With("Input.WomenReached", "500")
            .With("Input.StartDate", "2025-05-01")
            .With("Input.EndDate", "2024-01-01")
            .With("Input.PeopleTrained", "-3")
            .With("Input.Context", "Texto que no se pierde");
        var response = await owner.PostFormAsync("/my/practices/new", "/my/practices/new", fields.With("Input.Intent", "save"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Escriba una dirección completa que empiece por http:// o https://.", html);
        Assert.Contains("Las mujeres alcanzadas no pueden ser más que las personas alcanzadas.", html);
        Assert.Contains("La fecha de finalización no puede ser anterior a la de inicio.", html);
        Assert.Contains("El número no puede ser negativo.", html);
        Assert.Contains("id=\"Input_EvidenceLinks_0__Url-error\"", html);
        Assert.Contains("Texto que no se pierde", html);
        Assert.Contains("javascript:alert(1)", html);
        Assert.Equal(0, await factory.WithDbAsync(db => db.Practices.CountAsync(p => p.Title == "Datos inválidos")));
    }

    [Fact]
    public async Task The_english_interface_shows_english_messages()
    {
        var owner = await factory.SignedInAsync(Roles.EmploymentTeam);
        var fields = WorkflowClient.CompletePractice("Invalid data", await factory.AnyApprovedOrganisationIdAsync()).With("Input.EvidenceLinks[0].Url", "ftp://example.org");
        var response = await owner.PostFormAsync("/my/practices/new?culture=en", "/my/practices/new?culture=en", fields.With("Input.Intent", "save"));
        Assert.Contains("Write a full address starting with http:// or https://.", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Adding_rows_without_javascript_keeps_everything_typed_and_saves_nothing()
    {
        var owner = await factory.SignedInAsync(Roles.EmploymentTeam);
        var title = "Filas extra " + Guid.NewGuid().ToString("N")[..6];
        var fields = WorkflowClient.CompletePractice(title, await factory.AnyApprovedOrganisationIdAsync());
        var response = await owner.PostFormAsync("/my/practices/new", "/my/practices/new", fields.With("Input.Intent", "add-evidence"));
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("name=\"Input.EvidenceLinks[2].Url\"", html);
        Assert.Contains("https://example.org/informe", html);
        Assert.Equal(0, await factory.WithDbAsync(db => db.Practices.CountAsync(p => p.Title == title)));
    }

    [Fact]
    public async Task A_proposed_organisation_is_created_unapproved_and_linked_to_the_practice()
    {
        var owner = await factory.SignedInAsync(Roles.RefugeeLed);
        var name = "Cooperativa Nueva Esperanza " + Guid.NewGuid().ToString("N")[..6];
        var fields = WorkflowClient.CompletePractice("Con organización propuesta", await factory.AnyApprovedOrganisationIdAsync())
            .With("Input.NewOrganisation.Name", name).With("Input.NewOrganisation.ActorType", "RefugeeLed")
            .With("Input.NewOrganisation.CountryCode", "HN").With("Input.NewOrganisation.Role", "Implementer");
        var id = await owner.CreatePracticeAsync(fields, "save");

        var organisation = await factory.WithDbAsync(db => db.Organisations.SingleAsync(o => o.Name == name));
        Assert.False(organisation.IsApproved);
        Assert.NotNull(organisation.ProposedByUserId);
        Assert.True(await factory.WithDbAsync(db => db.PracticeOrganisations.AnyAsync(o => o.PracticeId == id && o.OrganisationId == organisation.Id && o.Role == ParticipationRole.Implementer)));
        Assert.Contains(name, await owner.GetStringAsync($"/my/practices/{id}/edit"));
        Assert.DoesNotContain(name, await (await factory.SignedInAsync(Roles.CivilSociety)).GetStringAsync("/my/practices/new"));
    }

    [Fact]
    public async Task Moderators_are_mailed_on_each_submission_and_the_submitter_on_each_decision()
    {
        var owner = await factory.SignedInAsync(Roles.LocalGovernanceTeam);
        var title = "Aviso por correo " + Guid.NewGuid().ToString("N")[..6];
        var id = await owner.CreatePracticeAsync(WorkflowClient.CompletePractice(title, await factory.AnyApprovedOrganisationIdAsync()));
        factory.Mail.Verify(m => m.SendAsync(It.Is<EmailMessage>(e => e.To == "moderator@demo.mirps.example" && e.Subject == $"Nueva práctica para revisar: {title}"
            && e.TextBody.Contains($"/moderation/practices/{id}")), It.IsAny<CancellationToken>()), Times.Once);

        var moderator = await factory.SignedInAsync(Roles.Moderator);
        await moderator.DecideAsync(id, "Reject", "Fuera del alcance del portal.");
        factory.Mail.Verify(m => m.SendAsync(It.Is<EmailMessage>(e => e.To == "localgovernanceteam@demo.mirps.example" && e.Subject == $"Práctica rechazada: {title}"
            && e.TextBody.Contains("Fuera del alcance del portal.") && e.TextBody.Contains($"/my/practices/{id}")), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task Workflow_mails_are_written_in_each_recipients_language()
    {
        // An English-reading moderator next to the Spanish demo one, and a submitter who reads English.
        const string englishModerator = "english.moderator@example.org";
        var submitterEmail = TestClientExtensions.DemoEmail(Roles.CivilSociety);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<ApplicationUser>>();
            var moderatorAccount = new ApplicationUser
            {
                UserName = englishModerator, Email = englishModerator, EmailConfirmed = true, DisplayName = "English Moderator",
                PreferredLanguage = RecordLanguages.English, CreatedAtUtc = DateTime.UtcNow,
            };
            Assert.True((await users.CreateAsync(moderatorAccount)).Succeeded);
            await users.AddToRoleAsync(moderatorAccount, Roles.Moderator);
            var submitter = (await users.FindByEmailAsync(submitterEmail))!;
            submitter.PreferredLanguage = RecordLanguages.English;
            await users.UpdateAsync(submitter);
        }
        var owner = await factory.SignedInAsync(Roles.CivilSociety);
        var title = "Idioma del aviso " + Guid.NewGuid().ToString("N")[..6];
        var id = await owner.CreatePracticeAsync(WorkflowClient.CompletePractice(title, await factory.AnyApprovedOrganisationIdAsync()));
        factory.Mail.Verify(m => m.SendAsync(It.Is<EmailMessage>(e => e.To == englishModerator && e.Subject == $"New practice to review: {title}"), It.IsAny<CancellationToken>()), Times.Once);
        factory.Mail.Verify(m => m.SendAsync(It.Is<EmailMessage>(e => e.To == "moderator@demo.mirps.example" && e.Subject == $"Nueva práctica para revisar: {title}"), It.IsAny<CancellationToken>()), Times.Once);

        var moderator = await factory.SignedInAsync(Roles.Moderator);
        await moderator.DecideAsync(id, "Reject", "Out of the portal's scope.");
        factory.Mail.Verify(m => m.SendAsync(It.Is<EmailMessage>(e => e.To == submitterEmail && e.Subject == $"Practice rejected: {title}"
            && e.TextBody.Contains("Out of the portal's scope.")), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task A_failing_mail_server_does_not_undo_a_submission()
    {
        using var failing = new WorkflowFactory();
        failing.Mail.Reset();
        failing.Mail.Setup(m => m.SendAsync(It.IsAny<EmailMessage>(), It.IsAny<CancellationToken>())).ThrowsAsync(new System.Net.Mail.SmtpException("down"));
        var owner = await failing.SignedInAsync(Roles.LocalGovernanceTeam);
        var id = await owner.CreatePracticeAsync(WorkflowClient.CompletePractice("Sin correo", await failing.AnyApprovedOrganisationIdAsync()));
        Assert.Equal(PracticeState.Submitted, (await failing.PracticeAsync(id)).State);
    }
}
