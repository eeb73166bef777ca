using System.Globalization;
using Microsoft.EntityFrameworkCore;
using MirpsPractices.Core.Auditing;
using MirpsPractices.Core.Domain;
using MirpsPractices.IntegrationTests.Infrastructure;
using MirpsPractices.IntegrationTests.Security;

namespace MirpsPractices.IntegrationTests.Network;

/// <summary>What is done in the network workspace leaves an audit entry, shown to administrators with a label in their language.</summary>
public sealed class NetworkAuditTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private Task<List<AuditLogEntry>> EntriesAsync(string entityType, string entityId) =>
        factory.WithDbAsync(db => db.AuditLog.Where(a => a.EntityType == entityType && a.EntityId == entityId).OrderBy(a => a.Id).ToListAsync());

    private static string Key(int id) => id.ToString(CultureInfo.InvariantCulture);

    private static KeyValuePair<string, string>[] RecommendationFields(string title) =>
    [
        new("Input.Title", title),
        new("Input.Text", "Reconocer las competencias laborales adquiridas en el país de origen."),
        new("Input.Level", nameof(RecommendationLevel.National)),
        new("Input.ActorTypes", nameof(ActorType.CentralGovernment)),
        new("Input.StrategyAreas", nameof(StrategyArea.JobMatching)),
        new("Input.Language", "es"),
    ];

    [Fact]
    public async Task Drafting_editing_endorsing_and_following_up_a_recommendation_are_audited()
    {
        var author = await factory.SignedInAsRoleAsync(Roles.LocalGovernanceTeam);
        var created = await author.PostFormAsync("/workspace/recommendations/new", "/workspace/recommendations/new", RecommendationFields("Competencias reconocidas (auditoría)"));
        var id = int.Parse(created.RedirectPath().Split('/').Last());
        var url = $"/workspace/recommendations/{id}/edit";
        var stamp = await factory.WithDbAsync(db => db.Recommendations.Where(r => r.Id == id).Select(r => r.ConcurrencyStamp).SingleAsync());
        await author.PostFormAsync(url, url, [.. RecommendationFields("Competencias reconocidas (auditoría, v2)"), new("Input.ConcurrencyStamp", stamp.ToString())]);
        await author.PostFormAsync($"/workspace/recommendations/{id}", $"/workspace/recommendations/{id}/endorse", [new("Endorse.Comment", "")]);
        // The other groups' endorsements are not what this test is about: make it joint directly.
        await factory.WithDbAsync(db => db.Recommendations.Where(r => r.Id == id).ExecuteUpdateAsync(s => s.SetProperty(r => r.JointSinceUtc, DateTime.UtcNow)));
        await author.PostFormAsync($"/workspace/recommendations/{id}", $"/workspace/recommendations/{id}/follow-up",
            [new("FollowUp.Status", nameof(RecommendationImplementationStatus.InProgress)), new("FollowUp.Date", "2026-02-01"), new("FollowUp.Note", "Primera mesa técnica.")]);

        var entries = await EntriesAsync(nameof(Recommendation), Key(id));

        Assert.Equal(
            [AuditEvents.RecommendationCreated, AuditEvents.RecommendationEdited, AuditEvents.RecommendationEndorsed, AuditEvents.RecommendationFollowedUp],
            entries.Select(e => e.EventType));
        var userId = await factory.UserIdAsync(Roles.LocalGovernanceTeam);
        Assert.All(entries, e => Assert.Equal(userId, e.UserId));
        Assert.Equal("Title", entries[1].Details);
        Assert.Equal(nameof(ParticipantGroup.LocalGovernanceTeam), entries[2].Details);
    }

    [Fact]
    public async Task A_refused_stale_edit_leaves_no_audit_entry()
    {
        var author = await factory.SignedInAsRoleAsync(Roles.CivilSociety);
        var created = await author.PostFormAsync("/workspace/recommendations/new", "/workspace/recommendations/new", RecommendationFields("Sin cambios (auditoría)"));
        var id = int.Parse(created.RedirectPath().Split('/').Last());
        var url = $"/workspace/recommendations/{id}/edit";

        await author.PostFormAsync(url, url, [.. RecommendationFields("Cambio rechazado"), new("Input.ConcurrencyStamp", Guid.NewGuid().ToString())]);

        Assert.Equal([AuditEvents.RecommendationCreated], (await EntriesAsync(nameof(Recommendation), Key(id))).Select(e => e.EventType));
    }

    [Fact]
    public async Task Saving_an_edit_form_unchanged_is_not_audited_as_an_edit()
    {
        var author = await factory.SignedInAsRoleAsync(Roles.EmploymentTeam);
        var created = await author.PostFormAsync("/workspace/recommendations/new", "/workspace/recommendations/new", RecommendationFields("Sin cambios reales (auditoría)"));
        var id = int.Parse(created.RedirectPath().Split('/').Last());
        var url = $"/workspace/recommendations/{id}/edit";
        var stamp = await factory.WithDbAsync(db => db.Recommendations.Where(r => r.Id == id).Select(r => r.ConcurrencyStamp).SingleAsync());

        var saved = await author.PostFormAsync(url, url, [.. RecommendationFields("Sin cambios reales (auditoría)"), new("Input.ConcurrencyStamp", stamp.ToString())]);

        Assert.Equal($"/workspace/recommendations/{id}", saved.RedirectPath());
        Assert.Equal([AuditEvents.RecommendationCreated], (await EntriesAsync(nameof(Recommendation), Key(id))).Select(e => e.EventType));
    }

    [Fact]
    public async Task Creating_editing_and_noting_progress_on_a_commitment_are_audited()
    {
        var participant = await factory.SignedInAsRoleAsync(Roles.RefugeeLed);
        var organisation = await factory.OrganisationOfAsync(Roles.RefugeeLed);
        KeyValuePair<string, string>[] fields =
        [
            new("Input.Title", "Talleres de orientación laboral (auditoría)"),
            new("Input.Description", "Tres talleres con el servicio de empleo."),
            new("Input.Kind", nameof(CommitmentKind.Collaboration)),
            new("Input.DueDate", "2030-05-31"),
            new("Input.Status", nameof(CommitmentStatus.Planned)),
            new("Input.OrganisationIds", Key(organisation)),
        ];
        var created = await participant.PostFormAsync("/workspace/commitments/new", "/workspace/commitments/new", fields);
        var id = int.Parse(created.RedirectPath().Split('/').Last());
        var url = $"/workspace/commitments/{id}/edit";
        var stamp = await factory.WithDbAsync(db => db.Commitments.Where(c => c.Id == id).Select(c => c.ConcurrencyStamp).SingleAsync());
        await participant.PostFormAsync(url, url, [.. fields.Where(f => f.Key != "Input.DueDate"), new("Input.DueDate", "2030-06-30"), new("Input.ConcurrencyStamp", stamp.ToString())]);
        await participant.PostFormAsync($"/workspace/commitments/{id}", $"/workspace/commitments/{id}/progress",
            [new("Progress.Date", "2026-01-15"), new("Progress.Text", "Primer taller."), new("Progress.Status", nameof(CommitmentStatus.InProgress))]);

        var entries = await EntriesAsync(nameof(Commitment), Key(id));
        Assert.Equal(
            [AuditEvents.CommitmentCreated, AuditEvents.CommitmentEdited, AuditEvents.CommitmentProgressNoted],
            entries.Select(e => e.EventType));
        Assert.Equal("DueDate", entries[1].Details);
        Assert.Equal(nameof(CommitmentStatus.InProgress), entries[2].Details);
    }

    [Fact]
    public async Task Recording_and_editing_a_session_and_requesting_a_report_are_audited_and_labelled_for_administrators()
    {
        var moderator = await factory.SignedInAsRoleAsync(Roles.Moderator);
        KeyValuePair<string, string>[] fields =
        [
            new("Input.Date", "2026-09-10"),
            new("Input.Title", "Sesión técnica (auditoría)"),
            new("Input.Agenda", "Seguimiento de compromisos."),
            new("Input.Language", "es"),
        ];
        var created = await moderator.PostFormAsync("/workspace/sessions/new", "/workspace/sessions/new", fields);
        var id = int.Parse(created.RedirectPath().Split('/').Last());
        var url = $"/workspace/sessions/{id}/edit";
        var stamp = await factory.WithDbAsync(db => db.Sessions.Where(s => s.Id == id).Select(s => s.ConcurrencyStamp).SingleAsync());
        var organisation = await factory.OrganisationOfAsync(Roles.CivilSociety);
        await moderator.PostFormAsync(url, url, [.. fields, new("Input.OrganisationIds", Key(organisation)), new("Input.ConcurrencyStamp", stamp.ToString())]);
        var report = await moderator.PostFormAsync("/workspace/reports", "/workspace/reports",
            [new("Input.ScopeKind", "session"), new("Input.SessionId", Key(id))]);
        var jobId = report.RedirectPath().Split('/').Last();

        var sessionEntries = await EntriesAsync(nameof(Session), Key(id));
        Assert.Equal([AuditEvents.SessionCreated, AuditEvents.SessionEdited], sessionEntries.Select(e => e.EventType));
        Assert.Equal("OrganisationsPresent", sessionEntries[1].Details);
        Assert.Equal([AuditEvents.ReportRequested], (await EntriesAsync(nameof(ReportJob), jobId)).Select(e => e.EventType));

        var administrator = await factory.SignedInAsRoleAsync(Roles.Administrator);
        var spanish = await administrator.GetStringAsync($"/admin/audit?type={AuditEvents.SessionEdited}");
        Assert.Contains("Sesión editada", spanish);
        Assert.Contains($"Sesión {Key(id)}", spanish);
        var english = await administrator.GetStringAsync($"/admin/audit?type={AuditEvents.ReportRequested}&culture=en");
        Assert.Contains("Systematisation report requested", english);
        Assert.Contains($"Report {jobId}", english);
    }
}
