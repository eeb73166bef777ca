using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MirpsPractices.BrowserTests.Infrastructure;
using MirpsPractices.Core.Catalogue;
using MirpsPractices.Core.Data;
using MirpsPractices.Core.Domain;

namespace MirpsPractices.BrowserTests.Reliability;

/// <summary>
/// A published practice, a recommendation, a commitment and a session whose every text holds script and HTML, opened in a
/// real browser on every page that shows them: no dialog opens, window.__xss stays undefined, no element is injected.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class StoredXssBrowserTests(BrowserFixture fixture)
{
    private static string Payload(string field) => $"={field} <script>window.__xss=1</script>\"><img src=x onerror=\"window.__xss=2\"><svg onload=alert(1)>";

    [Fact]
    public async Task Script_stored_in_every_field_never_runs_on_any_page()
    {
        var (practiceId, slug, sessionId, organisationId) = await SeedAsync();
        var pages = new List<(string? Role, string Url)>
        {
            (null, $"/practices/{practiceId}/{slug}"), (null, "/catalogue"), (null, "/catalogue?q=script"), (null, "/"),
            (null, "/statistics"), (null, $"/organisations/{organisationId}"), (null, "/recommendations"), (null, "/commitments"),
            (Roles.EmploymentTeam, $"/my/practices/{practiceId}"), (Roles.EmploymentTeam, "/workspace/recommendations"),
            (Roles.EmploymentTeam, "/workspace/commitments"), (Roles.EmploymentTeam, $"/workspace/sessions/{sessionId}"),
            (Roles.EmploymentTeam, "/workspace/sessions"), (Roles.EmploymentTeam, "/workspace"),
            (Roles.Moderator, $"/moderation/practices/{practiceId}"), (Roles.Moderator, "/moderation"),
        };
        foreach (var group in pages.GroupBy(p => p.Role))
        {
            var (context, page, _) = await fixture.NewPageAsync();
            var dialogs = new List<string>();
            page.Dialog += async (_, dialog) =>
            {
                dialogs.Add(dialog.Message);
                await dialog.DismissAsync();
            };
            if (group.Key is not null)
            {
                await fixture.SignInAsync(page, group.Key);
            }
            foreach (var (_, url) in group)
            {
                var response = await page.GotoAsync(url);
                Assert.True(response is { Ok: true }, $"{url} answered {response?.Status}");
                await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
                Assert.True(await page.EvaluateAsync<bool>("() => typeof window.__xss === 'undefined'"), $"Script ran on {url}");
                Assert.Equal(0, await page.Locator("img[src='x'], svg[onload], [onerror]").CountAsync());
                Assert.Equal(0, await page.EvaluateAsync<int>("() => [...document.scripts].filter(s => s.textContent.includes('__xss')).length"));
                Assert.True(dialogs.Count == 0, $"A dialog opened on {url}: {string.Join(", ", dialogs)}");
                // The payloads are long unbroken tokens: they wrap inside their card instead of spilling out of it.
                Assert.True(await page.EvaluateAsync<bool>("() => [...document.querySelectorAll('.practice-card, .result-card')].every(c => c.scrollWidth <= c.clientWidth + 1)"), $"A card overflows on {url}");
            }
            await context.CloseAsync();
        }
    }

    private async Task<(int PracticeId, string Slug, int SessionId, int OrganisationId)> SeedAsync()
    {
        await using var scope = fixture.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var submitter = await db.Users.Where(u => u.Email == "employmentteam@demo.mirps.example").Select(u => new { u.Id, u.OrganisationId }).SingleAsync();
        var organisationId = submitter.OrganisationId ?? await db.Organisations.Where(o => o.IsApproved).Select(o => o.Id).FirstAsync();
        var now = DateTime.UtcNow;
        var practice = new Practice
        {
            Title = Payload("Title"),
            Slug = "xss-practice",
            Summary = Payload("Summary"),
            Context = Payload("Context"),
            Description = Payload("Description"),
            Locality = Payload("Locality"),
            Results = Payload("Results"),
            AgeGenderDiversityApproach = Payload("Approach"),
            Challenges = Payload("Challenges"),
            LessonsLearned = Payload("Lessons"),
            ReplicationConditions = Payload("Replication"),
            SustainabilityAndFunding = Payload("Sustainability"),
            SubmitterId = submitter.Id,
            SubmitterOrganisationId = organisationId,
            Language = RecordLanguages.Spanish,
            StartDate = new DateOnly(2024, 1, 1),
            ImplementationStatus = ImplementationStatus.Ongoing,
            Countries = [new PracticeCountry { CountryCode = "CR" }],
            StrategyAreas = [new PracticeStrategyArea { Area = StrategyArea.JobMatching }],
            Organisations = [new PracticeOrganisation { OrganisationId = organisationId, Role = ParticipationRole.Lead }],
            Mechanisms = [new PracticeMechanism { Mechanism = CoordinationMechanism.WorkingGroup, Description = Payload("Mechanism") }],
            EvidenceLinks =
            [
                new PracticeEvidenceLink { Title = Payload("Evidence"), Url = "javascript:window.__xss=3" },
                new PracticeEvidenceLink { Title = Payload("Evidence2"), Url = "https://example.org/\"><script>window.__xss=4</script>" },
            ],
            CreatedAtUtc = now,
            UpdatedAtUtc = now,
            SubmittedAtUtc = now,
            PublishedAtUtc = now,
        };
        practice.ForceState(PracticeState.Published);
        db.Practices.Add(practice);
        db.Recommendations.Add(new Recommendation { Title = Payload("Recommendation"), Text = Payload("RecommendationText"), Level = RecommendationLevel.Regional, CreatedById = submitter.Id, CreatedAtUtc = now, UpdatedAtUtc = now, Evidence = [new RecommendationEvidence { Practice = practice }] });
        db.Commitments.Add(new Commitment { Title = Payload("Commitment"), Description = Payload("CommitmentText"), DueDate = new DateOnly(2027, 1, 1), Status = CommitmentStatus.InProgress, CreatedById = submitter.Id, Organisations = [new CommitmentOrganisation { OrganisationId = organisationId }] });
        var session = new Session { Title = Payload("Session"), Agenda = Payload("Agenda"), Location = Payload("Location"), Date = new DateOnly(2026, 3, 1), OrganisationsPresent = [new SessionOrganisation { OrganisationId = organisationId }] };
        db.Sessions.Add(session);
        await db.SaveChangesAsync();
        db.Add(new SessionPractice { SessionId = session.Id, PracticeId = practice.Id });
        await db.SaveChangesAsync();
        await scope.ServiceProvider.GetRequiredService<IPublicCatalogueCache>().EvictAsync();
        return (practice.Id, practice.Slug, session.Id, organisationId);
    }
}
