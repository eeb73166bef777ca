using System.IO.Compression;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using MirpsPractices.Core.Domain;
using MirpsPractices.IntegrationTests.Infrastructure;
using MirpsPractices.IntegrationTests.Workflow;

namespace MirpsPractices.IntegrationTests.Reliability;

/// <summary>
/// A practice whose every text field holds script and HTML goes through the real submission and publication, and is then
/// read back everywhere it appears: pages, API, CSV, feed and the .docx report. Stored verbatim, rendered inert.
/// </summary>
public sealed partial class StoredXssTests(ReliabilityFactory factory) : IClassFixture<ReliabilityFactory>
{
    /// <summary>Each field gets its own payload (the leading = + - @ are for the CSV), so "verbatim" is checked field by field.</summary>
    public static string Payload(string field, char lead = '=') => $"{lead}1+1 {field} <script>window.__xss=1</script>\"><img src=x onerror=alert(1)>";

    private static readonly string[] TextFields =
    [
        "Title", "Summary", "Locality", "Context", "Description", "Results", "AgeGenderDiversityApproach", "Challenges",
        "LessonsLearned", "ReplicationConditions", "SustainabilityAndFunding",
    ];

    [Fact]
    public async Task Script_in_every_field_is_stored_verbatim_and_rendered_inert_on_every_page_and_export()
    {
        var organisation = await factory.WithDbAsync(db => db.Organisations.Where(o => o.IsApproved).OrderBy(o => o.Id).Select(o => o.Id).FirstAsync());
        var participant = factory.CreateBrowserLikeClient();
        await participant.SignInAsRoleAsync(Roles.EmploymentTeam);
        var leads = "=+-@";
        var fields = WorkflowClient.CompletePractice("x", organisation);
        for (var i = 0; i < TextFields.Length; i++)
        {
            fields = fields.With($"Input.{TextFields[i]}", Payload(TextFields[i], leads[i % 4]));
        }
        fields = fields
            .With("Input.Mechanisms[0].Description", Payload("Mechanism", '@'))
            .With("Input.OtherIndicators[0].Name", Payload("Indicator", '-'))
            .With("Input.EvidenceLinks[0].Title", Payload("EvidenceTitle", '+'));

        // A javascript: link is refused with a message; nothing is created.
        var before = await DatabaseFingerprint.TakeAsync(factory.DatabasePath);
        var refused = await participant.PostFormAsync("/my/practices/new", "/my/practices/new",
            fields.With("Input.EvidenceLinks[0].Url", "javascript:alert(1)").With("Input.Intent", "submit"));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Matches("field-validation-error|error-summary", await refused.Content.ReadAsStringAsync());
        Assert.Empty(DatabaseFingerprint.Diff(before, await DatabaseFingerprint.TakeAsync(factory.DatabasePath)));

        var id = await participant.CreatePracticeAsync(fields);
        var moderator = factory.CreateBrowserLikeClient();
        await moderator.SignInAsRoleAsync(Roles.Moderator);
        var review = await moderator.GetStringAsync($"/moderation/practices/{id}");
        AssertInert(review, $"/moderation/practices/{id}");
        var published = await moderator.DecideAsync(id, "Publish", extra: WorkflowClient.SafeguardingConfirmed());
        Assert.True(HttpStatus.IsRedirect(published.StatusCode), $"Publication answered {(int)published.StatusCode}");

        // Stored verbatim.
        var stored = await factory.WithDbAsync(db => db.Practices.AsNoTracking().SingleAsync(p => p.Id == id));
        Assert.Equal(PracticeState.Published, stored.State);
        Assert.Equal(Payload("Title", '='), stored.Title);
        Assert.Equal(Payload("LessonsLearned", leads[Array.IndexOf(TextFields, "LessonsLearned") % 4]), stored.LessonsLearned);

        // Data that reached the database another way (an import, an older version): a javascript: evidence link stays inert.
        await factory.WithDbAsync(db =>
        {
            db.Add(new PracticeEvidenceLink { PracticeId = id, Title = Payload("Legacy", '+'), Url = "javascript:alert(document.cookie)" });
            return db.SaveChangesAsync();
        });
        // The workspace links to it: a recommendation, a commitment and a session with payload titles.
        var userId = await factory.WithDbAsync(db => db.Users.Where(u => u.Email == TestClientExtensions.DemoEmail(Roles.EmploymentTeam)).Select(u => u.Id).SingleAsync());
        var sessionId = await AddWorkspaceRecordsAsync(id, organisation, userId);

        var pages = new[]
        {
            $"/practices/{id}/{stored.Slug}", "/catalogue", "/catalogue?q=script", "/catalogue?q=onerror", "/", "/statistics",
            $"/organisations/{organisation}", "/organisations", "/recommendations",
            "/workspace", "/workspace/recommendations", "/workspace/commitments", $"/workspace/sessions/{sessionId}", "/workspace/sessions",
            $"/my/practices/{id}", "/my/practices",
        };
        var practicePage = "";
        foreach (var page in pages)
        {
            using var response = await participant.GetAsync(page);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{page} answered {(int)response.StatusCode}");
            var html = await response.Content.ReadAsStringAsync();
            AssertInert(html, page);
            practicePage = page.StartsWith("/practices/", StringComparison.Ordinal) ? html : practicePage;
        }
        // Rendered encoded, not dropped; the legacy javascript: URL is text, not a link.
        Assert.Contains("&lt;script&gt;window.__xss=1&lt;/script&gt;", practicePage, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"javascript:", practicePage, StringComparison.OrdinalIgnoreCase);

        // API: the exact text as data.
        using var api = JsonDocument.Parse(await participant.GetStringAsync($"/api/v1/practices/{id}"));
        Assert.Equal(Payload("Title", '='), FindString(api.RootElement, "title"));

        // CSV: no cell starts with = + - @ (a spreadsheet would run it as a formula).
        var csv = await participant.GetStringAsync("/catalogue/export.csv");
        var row = CsvRows(csv).Single(r => r.Any(c => c.Contains("Title <script>", StringComparison.Ordinal)));
        Assert.All(row, cell => Assert.False(cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@', $"Formula cell in the CSV: {cell}"));
        Assert.Contains(row, cell => cell == "'" + Payload("Title", '='));

        // Atom: well-formed XML, payload as escaped text.
        var atom = await participant.GetStringAsync("/catalogue/feed.atom");
        var feed = System.Xml.Linq.XDocument.Parse(atom);
        Assert.Contains(feed.Descendants(), e => e.Value.Contains(Payload("Title", '='), StringComparison.Ordinal));
        Assert.DoesNotContain("<script>window.__xss", atom, StringComparison.Ordinal);

        // The systematisation report: printable page and .docx.
        var token = await participant.GetAntiforgeryTokenAsync("/workspace/reports");
        var requested = await participant.PostAsync("/workspace/reports", new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("Input.ScopeKind", "session"), new("Input.SessionId", sessionId.ToString(System.Globalization.CultureInfo.InvariantCulture))]));
        Assert.Equal(HttpStatusCode.Redirect, requested.StatusCode);
        var job = requested.Headers.Location!.OriginalString;
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!(await participant.GetStringAsync(job + "/status")).Contains("\"finished\":true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.True(DateTime.UtcNow < deadline, "The report did not finish");
            await Task.Delay(100);
        }
        AssertInert(await participant.GetStringAsync(job + "/print"), job + "/print");
        var docx = await participant.GetByteArrayAsync(job + "/download");
        using var archive = new ZipArchive(new MemoryStream(docx));
        using var reader = new StreamReader(archive.GetEntry("word/document.xml")!.Open());
        var document = await reader.ReadToEndAsync();
        Assert.Contains("&lt;script&gt;window.__xss=1&lt;/script&gt;", document, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", document, StringComparison.Ordinal);
    }

    /// <summary>The payload never appears as markup: no script element, no injected img, no event handler attribute.</summary>
    private static void AssertInert(string html, string page)
    {
        Assert.False(html.Contains("<script>window.__xss", StringComparison.Ordinal), $"Raw <script> payload on {page}");
        Assert.False(html.Contains("<img src=x", StringComparison.Ordinal), $"Raw <img> payload on {page}");
        // Attribute values are blanked first: the encoded payload inside a meta description is text, a real breakout is not.
        Assert.False(Handler().IsMatch(QuotedValue().Replace(html, "\"\"")), $"Injected event handler on {page}");
    }

    private async Task<int> AddWorkspaceRecordsAsync(int practiceId, int organisationId, string userId)
    {
        return await factory.WithDbAsync(async db =>
        {
            var recommendation = new Recommendation
            {
                Title = Payload("Recommendation"),
                Text = Payload("RecommendationText"),
                Level = RecommendationLevel.Regional,
                Language = RecordLanguages.Spanish,
                CreatedById = userId,
            };
            db.Recommendations.Add(recommendation);
            recommendation.CreatedAtUtc = recommendation.UpdatedAtUtc = DateTime.UtcNow;
            var commitment = new Commitment
            {
                Title = Payload("Commitment"),
                Description = Payload("CommitmentDescription"),
                DueDate = new DateOnly(2027, 1, 1),
                Status = CommitmentStatus.InProgress,
                CreatedById = userId,
                Organisations = [new CommitmentOrganisation { OrganisationId = organisationId }],
            };
            db.Commitments.Add(commitment);
            await db.SaveChangesAsync();
            var session = new Session
            {
                Title = Payload("Session"),
                Agenda = Payload("Agenda"),
                Location = Payload("Location"),
                Date = new DateOnly(2026, 3, 1),
                Language = RecordLanguages.Spanish,
                PracticesPresented = [new SessionPractice { PracticeId = practiceId }],
                OrganisationsPresent = [new SessionOrganisation { OrganisationId = organisationId }],
            };
            db.Sessions.Add(session);
            recommendation.Evidence = [new RecommendationEvidence { PracticeId = practiceId }];
            await db.SaveChangesAsync();
            return session.Id;
        });
    }

    private static string? FindString(JsonElement element, string name)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                if (property.NameEquals(name) && property.Value.ValueKind == JsonValueKind.String)
                {
                    return property.Value.GetString();
                }
                if (FindString(property.Value, name) is { } found)
                {
                    return found;
                }
            }
        }
        return null;
    }

    /// <summary>RFC 4180 rows: quoted cells may hold commas, doubled quotes and line breaks.</summary>
    private static IEnumerable<List<string>> CsvRows(string csv)
    {
        var row = new List<string>();
        var cell = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < csv.Length; i++)
        {
            var c = csv[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < csv.Length && csv[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(cell.ToString());
                cell.Clear();
            }
            else if (c == '\n')
            {
                row.Add(cell.ToString().TrimEnd('\r'));
                cell.Clear();
                yield return row;
                row = [];
            }
            else
            {
                cell.Append(c);
            }
        }
        if (cell.Length > 0 || row.Count > 0)
        {
            row.Add(cell.ToString());
            yield return row;
        }
    }

    [GeneratedRegex(@"<[a-z][^>]*\sonerror=", RegexOptions.IgnoreCase)]
    private static partial Regex Handler();

    [GeneratedRegex("\"[^\"]*\"")]
    private static partial Regex QuotedValue();
}
