using System.Net;
using System.Text.RegularExpressions;
using MirpsPractices.IntegrationTests.Infrastructure;

namespace MirpsPractices.IntegrationTests.Workflow;

/// <summary>Drives the workflow through HTTP like a browser: reads each form's antiforgery token, posts its fields.</summary>
public static partial class WorkflowClient
{
    public static async Task<HttpClient> SignedInAsync(this WorkflowFactory factory, string role)
    {
        var client = factory.CreateBrowserLikeClient();
        await client.SignInAsRoleAsync(role);
        return client;
    }

    public static async Task<HttpClient> SignedInAsEmailAsync(this WorkflowFactory factory, string email)
    {
        var client = factory.CreateBrowserLikeClient();
        var response = await client.SignInWithEmailAsync(email, PortalFactory.DemoPassword);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    /// <summary>Every field of a complete practice, as the form posts them.</summary>
    public static List<KeyValuePair<string, string>> CompletePractice(string title, int organisationId, string? idempotencyKey = null) =>
    [
        new("Input.IdempotencyKey", idempotencyKey ?? Guid.NewGuid().ToString("N")),
        new("Input.Title", title),
        new("Input.Summary", "Una ventanilla única municipal vincula a personas refugiadas con empleadores locales."),
        new("Input.Language", "es"),
        new("Input.Countries", "CR"),
        new("Input.Countries", "PA"),
        new("Input.Locality", "Los Laureles"),
        new("Input.StartDate", "2024-02-01"),
        new("Input.EndDate", ""),
        new("Input.ImplementationStatus", "Ongoing"),
        new("Input.StrategyAreas", "JobMatching"),
        new("Input.Populations", "Refugees"),
        new("Input.Populations", "HostCommunities"),
        new("Input.Organisations[0].OrganisationId", organisationId.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("Input.Organisations[0].Role", "Lead"),
        new("Input.Organisations[1].OrganisationId", ""),
        new("Input.Organisations[1].Role", ""),
        new("Input.Mechanisms[0].Mechanism", "OneStopShop"),
        new("Input.Mechanisms[0].Selected", "true"),
        new("Input.Mechanisms[0].Description", "Una oficina reúne al municipio, al servicio de empleo y a una OSC."),
        new("Input.Mechanisms[1].Mechanism", "WorkingGroup"),
        new("Input.Mechanisms[1].Description", ""),
        new("Input.Context", "Llegada sostenida de personas refugiadas sin acceso a empleo formal."),
        new("Input.Description", "El municipio coordina una mesa con el servicio de empleo."),
        new("Input.Results", "Sin datos todavía."),
        new("Input.PeopleReached", "120"),
        new("Input.WomenReached", "70"),
        new("Input.OtherIndicators[0].Name", "Oficinas abiertas"),
        new("Input.OtherIndicators[0].Value", "4"),
        new("Input.OtherIndicators[0].Unit", "oficinas"),
        new("Input.AgeGenderDiversityApproach", "Horarios compatibles con el cuidado."),
        new("Input.Challenges", "Documentación incompleta."),
        new("Input.LessonsLearned", "Acordar por escrito quién hace qué."),
        new("Input.ReplicationConditions", "Un servicio de empleo con presencia local."),
        new("Input.SustainabilityAndFunding", "Presupuesto municipal desde 2025."),
        new("Input.EvidenceLinks[0].Title", "Informe anual"),
        new("Input.EvidenceLinks[0].Url", "https://example.org/informe"),
    ];

    public static List<KeyValuePair<string, string>> With(this List<KeyValuePair<string, string>> fields, string name, string value)
    {
        var copy = fields.Where(f => f.Key != name).ToList();
        copy.Add(new(name, value));
        return copy;
    }

    /// <summary>Creates a practice through /my/practices/new; returns its id.</summary>
    public static async Task<int> CreatePracticeAsync(this HttpClient client, List<KeyValuePair<string, string>> fields, string intent = "submit")
    {
        var response = await client.PostFormAsync("/my/practices/new", "/my/practices/new", fields.With("Input.Intent", intent));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return IdFrom(response);
    }

    public static int IdFrom(HttpResponseMessage response) =>
        int.Parse(PracticeId().Match(response.Headers.Location!.OriginalString).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    public static string StampFrom(string html)
    {
        var match = Stamp().Match(html);
        Assert.True(match.Success, "No concurrency stamp on the page");
        return WebUtility.HtmlDecode(match.Groups[1].Success ? match.Groups[1].Value : match.Groups[2].Value);
    }

    /// <summary>Posts the edit form with the stamp shown on the edit page.</summary>
    public static async Task<HttpResponseMessage> SaveAsync(this HttpClient client, int id, List<KeyValuePair<string, string>> fields, string intent)
    {
        var page = await client.GetStringAsync($"/my/practices/{id}/edit");
        var token = TestClientExtensions.ExtractAntiforgeryToken(page)!;
        var body = fields.With("Input.Intent", intent).With("Input.ConcurrencyStamp", StampFrom(page)).With("__RequestVerificationToken", token);
        return await client.PostAsync($"/my/practices/{id}/edit", new FormUrlEncodedContent(body));
    }

    public static async Task<(string Stamp, string Token)> OpenReviewAsync(this HttpClient moderator, int id)
    {
        var page = await moderator.GetStringAsync($"/moderation/practices/{id}");
        return (StampFrom(page), TestClientExtensions.ExtractAntiforgeryToken(page)!);
    }

    public static async Task<HttpResponseMessage> DecideAsync(this HttpClient moderator, int id, string decision, string? comment = null,
        IEnumerable<KeyValuePair<string, string>>? extra = null, (string Stamp, string Token)? opened = null)
    {
        var (stamp, token) = opened ?? await moderator.OpenReviewAsync(id);
        var fields = new List<KeyValuePair<string, string>>
        {
            new("__RequestVerificationToken", token),
            new("Input.ConcurrencyStamp", stamp),
            new("Input.Decision", decision),
            new("Input.Comment", comment ?? ""),
        };
        fields.AddRange(extra ?? []);
        return await moderator.PostAsync($"/moderation/practices/{id}", new FormUrlEncodedContent(fields));
    }

    public static IEnumerable<KeyValuePair<string, string>> SafeguardingConfirmed() =>
    [
        new("Input.NoPersonalDataOfDisplacedPeople", "true"),
        new("Input.ConsentForPhotosOfPeople", "true"),
        new("Input.Criteria[0].Criterion", "AnswersNeeds"),
        new("Input.Criteria[0].IsMet", "true"),
        new("Input.Criteria[0].Note", "Responde a una necesidad documentada."),
        new("Input.Criteria[1].Criterion", "BuiltInPartnership"),
        new("Input.Criteria[1].IsMet", "true"),
    ];

    [GeneratedRegex(@"/my/practices/(\d+)")]
    private static partial Regex PracticeId();

    [GeneratedRegex("name=\"Input.ConcurrencyStamp\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*name=\"Input.ConcurrencyStamp\"")]
    private static partial Regex Stamp();
}
