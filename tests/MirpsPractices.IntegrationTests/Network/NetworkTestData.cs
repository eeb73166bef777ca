using Microsoft.EntityFrameworkCore;
using MirpsPractices.Core.Data;
using MirpsPractices.Core.Domain;
using MirpsPractices.IntegrationTests.Infrastructure;

namespace MirpsPractices.IntegrationTests.Network;

/// <summary>Builders for network records written straight to the test database, so each test knows exactly what it sees.</summary>
public static class NetworkTestData
{
    /// <summary>The path a redirect points to, whether the Location header is absolute or relative.</summary>
    public static string RedirectPath(this HttpResponseMessage response) =>
        new Uri(new Uri("http://localhost"), response.Headers.Location!).AbsolutePath;

    /// <summary>Drafts a local recommendation through the workspace form; returns its id.</summary>
    public static async Task<int> DraftRecommendationAsync(this HttpClient client, string title)
    {
        var response = await client.PostFormAsync("/workspace/recommendations/new", "/workspace/recommendations/new",
        [
            new("Input.Title", title),
            new("Input.Text", "Crear ventanillas únicas municipales de empleo con el servicio nacional."),
            new("Input.Level", nameof(RecommendationLevel.Local)),
            new("Input.ActorTypes", nameof(ActorType.LocalGovernment)),
            new("Input.ActorTypes", nameof(ActorType.CentralGovernment)),
            new("Input.StrategyAreas", nameof(StrategyArea.JobMatching)),
            new("Input.Language", "es"),
        ]);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        return int.Parse(response.RedirectPath().Split('/').Last(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public static Task<string> UserIdAsync(this PortalFactory factory, string role) =>
        factory.WithDbAsync(db => db.Users.Where(u => u.Email == TestClientExtensions.DemoEmail(role)).Select(u => u.Id).SingleAsync());

    public static Task<int> OrganisationOfAsync(this PortalFactory factory, string role) =>
        factory.WithDbAsync(db => db.Users.Where(u => u.Email == TestClientExtensions.DemoEmail(role)).Select(u => u.OrganisationId!.Value).SingleAsync());

    public static async Task<int> AddCommitmentAsync(this PortalFactory factory, string title, int organisationId, DateOnly due, CommitmentStatus status = CommitmentStatus.InProgress)
    {
        var author = await factory.UserIdAsync(Roles.Moderator);
        return await factory.WithDbAsync(async db =>
        {
            var commitment = new Commitment
            {
                Title = title,
                Description = "Compromiso de prueba.",
                DueDate = due,
                Status = status,
                CreatedById = author,
                Organisations = [new CommitmentOrganisation { OrganisationId = organisationId }],
            };
            db.Commitments.Add(commitment);
            await db.SaveChangesAsync();
            return commitment.Id;
        });
    }

    /// <summary>A published practice with known figures, mechanisms and organisations.</summary>
    public static async Task<int> AddPublishedPracticeAsync(this AppDbContext db, string title, string submitterId, string country, StrategyArea area, int peopleReached, params (int OrganisationId, ParticipationRole Role)[] organisations)
    {
        var practice = new Practice
        {
            Title = title,
            Slug = "practica-de-prueba",
            Summary = "Resumen.",
            SubmitterId = submitterId,
            Language = RecordLanguages.Spanish,
            LessonsLearned = "La mesa técnica municipal fue decisiva.",
            ReplicationConditions = "Requiere un convenio con el servicio público de empleo.",
            Indicators = new PracticeIndicators { PeopleReached = peopleReached, PeoplePlacedInJobs = 40 },
            Countries = [new PracticeCountry { CountryCode = country }],
            StrategyAreas = [new PracticeStrategyArea { Area = area }],
            Mechanisms = [new PracticeMechanism { Mechanism = CoordinationMechanism.WorkingGroup, Description = "Mesa técnica mensual." }],
            Organisations = [.. organisations.Select(o => new PracticeOrganisation { OrganisationId = o.OrganisationId, Role = o.Role })],
            CreatedAtUtc = DateTime.UtcNow,
            UpdatedAtUtc = DateTime.UtcNow,
            PublishedAtUtc = DateTime.UtcNow,
        };
        practice.ForceState(PracticeState.Published);
        db.Practices.Add(practice);
        await db.SaveChangesAsync();
        return practice.Id;
    }
}
