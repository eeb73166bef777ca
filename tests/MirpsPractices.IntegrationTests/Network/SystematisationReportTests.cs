using System.Diagnostics;
using System.Net;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using MirpsPractices.Core.Domain;
using MirpsPractices.IntegrationTests.Infrastructure;

namespace MirpsPractices.IntegrationTests.Network;

/// <summary>A report for one known session: its practice, joint recommendation and commitment, and nothing else.</summary>
public sealed class ReportScenarioFactory : PortalFactory
{
    public const string PracticeTitle = "Mesa municipal de empleo para personas refugiadas en Quetzaltenango (prueba)";
    public const string RecommendationTitle = "Institucionalizar las mesas municipales de empleo (prueba)";
    public const string CommitmentTitle = "Replicar la mesa municipal en San Pedro Sula (prueba)";

    private int? _sessionId;
    private readonly SemaphoreSlim _lock = new(1, 1);

    public async Task<int> SessionIdAsync()
    {
        await _lock.WaitAsync();
        try
        {
            return _sessionId ??= await CreateScenarioAsync();
        }
        finally
        {
            _lock.Release();
        }
    }

    private async Task<int> CreateScenarioAsync()
    {
        var users = new Dictionary<string, string>();
        foreach (var role in Roles.ParticipantGroups)
        {
            users[role] = await this.UserIdAsync(role);
        }
        var central = await this.OrganisationOfAsync(Roles.EmploymentTeam);
        var local = await this.OrganisationOfAsync(Roles.LocalGovernanceTeam);
        var refugeeLed = await this.OrganisationOfAsync(Roles.RefugeeLed);
        return await WithDbAsync(async db =>
        {
            var practiceId = await db.AddPublishedPracticeAsync(PracticeTitle, users[Roles.EmploymentTeam], "GT", StrategyArea.JobMatching, 1234,
                (local, ParticipationRole.Lead), (central, ParticipationRole.Implementer), (refugeeLed, ParticipationRole.Partner));
            var session = new Session { Date = new DateOnly(2025, 8, 21), Title = "Sesión conjunta de prueba", Agenda = "1. Presentaciones", CreatedAtUtc = DateTime.UtcNow };
            session.PracticesPresented.Add(new SessionPractice { PracticeId = practiceId });
            var recommendation = new Recommendation
            {
                Title = RecommendationTitle,
                Text = "Las alcaldías deberían institucionalizar mesas de empleo con el servicio nacional.",
                Level = RecommendationLevel.Local,
                ActorTypes = [ActorType.LocalGovernment],
                StrategyAreas = [StrategyArea.JobMatching],
                CreatedById = users[Roles.LocalGovernanceTeam],
                Evidence = [new RecommendationEvidence { PracticeId = practiceId }],
            };
            foreach (var group in Enum.GetValues<ParticipantGroup>())
            {
                recommendation.Endorse(group, users[group.ToString()], null, new DateTime(2025, 8, 21, 12, 0, 0, DateTimeKind.Utc));
            }
            session.RecommendationsAdopted.Add(recommendation);
            session.CommitmentsMade.Add(new Commitment
            {
                Title = CommitmentTitle,
                Description = "Adaptar la mesa con la municipalidad.",
                Kind = CommitmentKind.ReplicatePractice,
                ReplicatedPracticeId = practiceId,
                TargetCountryCode = "HN",
                TargetLocality = "San Pedro Sula",
                DueDate = new DateOnly(2026, 3, 31),
                Status = CommitmentStatus.InProgress,
                CreatedById = users[Roles.LocalGovernanceTeam],
                Organisations = [new CommitmentOrganisation { OrganisationId = local }],
            });
            db.Sessions.Add(session);
            await db.SaveChangesAsync();
            return session.Id;
        });
    }
}

public sealed class SystematisationReportTests(ReportScenarioFactory factory) : IClassFixture<ReportScenarioFactory>
{
    private async Task<(HttpClient Client, Guid Job)> GenerateAsync(string culture)
    {
        var sessionId = await factory.SessionIdAsync();
        var client = factory.CreateBrowserLikeClient();
        await client.SignInAsRoleAsync(Roles.LocalGovernanceTeam);
        var response = await client.PostFormAsync("/workspace/reports", $"/workspace/reports?culture={culture}",
            [new("Input.ScopeKind", "session"), new("Input.SessionId", sessionId.ToString())]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var job = Guid.Parse(response.RedirectPath().Split('/').Last());

        // The request returned before the report existed: poll the status like the page's script does.
        var stopwatch = Stopwatch.StartNew();
        while (true)
        {
            using var status = JsonDocument.Parse(await client.GetStringAsync($"/workspace/reports/{job}/status"));
            if (status.RootElement.GetProperty("finished").GetBoolean())
            {
                Assert.Equal("Completed", status.RootElement.GetProperty("status").GetString());
                Assert.Equal(100, status.RootElement.GetProperty("progress").GetInt32());
                break;
            }
            Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(60), "The report job did not finish in time.");
            await Task.Delay(200);
        }
        return (client, job);
    }

    private static async Task<byte[]> DownloadAsync(HttpClient client, Guid job)
    {
        var response = await client.GetAsync($"/workspace/reports/{job}/download");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", response.Content.Headers.ContentType?.MediaType);
        Assert.EndsWith(".docx", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        return await response.Content.ReadAsByteArrayAsync();
    }

    private static List<string> Headings(Body body, string style) => body.Elements<Paragraph>()
        .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == style)
        .Select(p => p.InnerText)
        .ToList();

    private static Dictionary<string, string> FiguresTable(Body body) => body.Elements<Table>().First()
        .Elements<TableRow>().Skip(1)
        .Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToList())
        .ToDictionary(c => c[0], c => c[1]);

    [Fact]
    public async Task The_Word_report_in_Spanish_has_the_sections_figures_and_practices_of_the_session()
    {
        var (client, job) = await GenerateAsync("es");
        using var document = WordprocessingDocument.Open(new MemoryStream(await DownloadAsync(client, job)), false);
        var body = document.MainDocumentPart!.Document!.Body!;

        Assert.Equal(
        [
            "Alcance",
            "Cifras clave",
            "Prácticas por línea de acción y su articulación",
            "Matriz de coordinación entre actores",
            "Lecciones aprendidas y condiciones para la réplica",
            "Recomendaciones conjuntas y su evidencia",
            "Compromisos y su estado",
        ], Headings(body, "Heading1"));
        Assert.Contains("Vinculación de la oferta y la demanda laboral", Headings(body, "Heading2"));
        Assert.Contains(ReportScenarioFactory.PracticeTitle, Headings(body, "Heading3"));
        Assert.Contains(ReportScenarioFactory.RecommendationTitle, Headings(body, "Heading2"));

        var figures = FiguresTable(body);
        Assert.Equal("1", figures["Buenas prácticas"]);
        Assert.Equal("1", figures["Países"]);
        Assert.Equal("3", figures["Organizaciones involucradas"]);
        Assert.Equal("1.234", figures["Personas alcanzadas"]);
        Assert.Equal("1", figures["Recomendaciones conjuntas"]);
        Assert.Equal("1", figures["Compromisos"]);

        var text = body.InnerText;
        Assert.Contains("Sesión «Sesión conjunta de prueba»", text);
        Assert.Contains("La mesa técnica municipal fue decisiva.", text);
        Assert.Contains("Requiere un convenio con el servicio público de empleo.", text);
        Assert.Contains("Mesa técnica o comité", text);
        Assert.Contains(ReportScenarioFactory.CommitmentTitle, text);
        Assert.Contains("San Pedro Sula, Honduras", text);

        // The matrix counts the practice once for each pair of actor types taking part in it.
        var matrix = body.Elements<Table>().ElementAt(1).Elements<TableRow>().Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToList()).ToList();
        var header = matrix[0];
        var centralRow = matrix.Single(r => r[0] == "Gobierno central");
        Assert.Equal("1", centralRow[header.IndexOf("Gobierno local")]);
        Assert.Equal("0", centralRow[header.IndexOf("Academia")]);

        var styles = document.MainDocumentPart.StyleDefinitionsPart!.Styles!.Elements<Style>().Select(s => s.StyleId?.Value).ToList();
        Assert.Contains("Heading1", styles);
        Assert.Contains("Heading2", styles);
        Assert.Contains("TableGrid", styles);
        Assert.NotNull(document.MainDocumentPart.NumberingDefinitionsPart?.Numbering);
    }

    [Fact]
    public async Task The_report_follows_the_chosen_interface_language_but_keeps_practice_content_as_written()
    {
        var (client, job) = await GenerateAsync("en");
        using var document = WordprocessingDocument.Open(new MemoryStream(await DownloadAsync(client, job)), false);
        var body = document.MainDocumentPart!.Document!.Body!;

        Assert.Contains("Headline figures", Headings(body, "Heading1"));
        Assert.Contains("Coordination matrix between actors", Headings(body, "Heading1"));
        Assert.Contains("Linking labour supply and demand (job matching)", Headings(body, "Heading2"));
        Assert.Contains(ReportScenarioFactory.PracticeTitle, Headings(body, "Heading3"));
        Assert.Equal("1,234", FiguresTable(body)["People reached"]);
        Assert.Contains("La mesa técnica municipal fue decisiva.", body.InnerText);
    }

    [Fact]
    public async Task The_printable_page_shows_the_same_report()
    {
        var (client, job) = await GenerateAsync("es");
        var html = await client.GetStringAsync($"/workspace/reports/{job}/print");

        Assert.Contains("<h2 id=\"figures-title\">Cifras clave</h2>", html);
        Assert.Contains(ReportScenarioFactory.PracticeTitle, html);
        Assert.Contains(ReportScenarioFactory.RecommendationTitle, html);
        Assert.Matches(@"/css/network-print\.[a-z0-9]+\.css", html);
        Assert.DoesNotContain("<script>", html);
    }

    [Fact]
    public async Task A_report_belongs_to_whoever_requested_it()
    {
        var (_, job) = await GenerateAsync("es");
        var someoneElse = factory.CreateBrowserLikeClient();
        await someoneElse.SignInAsRoleAsync(Roles.CivilSociety);

        Assert.Equal(HttpStatusCode.NotFound, (await someoneElse.GetAsync($"/workspace/reports/{job}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await someoneElse.GetAsync($"/workspace/reports/{job}/download")).StatusCode);
    }

    [Fact]
    public async Task The_Word_report_opens_in_LibreOffice_and_converts_to_PDF()
    {
        var (client, job) = await GenerateAsync("es");
        var work = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "mirps-report-pdf", Guid.NewGuid().ToString("N")));
        var profile = Path.Combine(Path.GetTempPath(), $"lo-{Guid.NewGuid():N}");
        try
        {
            var docx = Path.Combine(work.FullName, "report.docx");
            await File.WriteAllBytesAsync(docx, await DownloadAsync(client, job));

            // Each run gets its own LibreOffice profile: parallel conversions sharing one fail silently.
            await RunAsync("soffice", $"-env:UserInstallation=file://{profile} --headless --convert-to pdf --outdir \"{work.FullName}\" \"{docx}\"");
            var pdf = Path.Combine(work.FullName, "report.pdf");
            Assert.True(File.Exists(pdf), "LibreOffice produced no PDF.");

            var text = await RunAsync("pdftotext", $"-enc UTF-8 \"{pdf}\" -");
            Assert.Contains("Cifras clave", text);
            Assert.Contains("Matriz de coordinación entre actores", text);
            Assert.Contains("Mesa municipal de empleo para personas refugiadas", text);
            Assert.Contains("Institucionalizar las mesas municipales de empleo", text);
        }
        finally
        {
            work.Delete(recursive: true);
            if (Directory.Exists(profile))
            {
                Directory.Delete(profile, recursive: true);
            }
        }
    }

    private static async Task<string> RunAsync(string program, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(program, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        }) ?? throw new InvalidOperationException($"{program} did not start (scripts/test.sh installs it).");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, $"{program} exited with {process.ExitCode}: {await error}");
        return await output;
    }
}
