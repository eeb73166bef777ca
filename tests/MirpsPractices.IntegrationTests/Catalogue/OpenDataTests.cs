using System.Net;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MirpsPractices.Core.Domain;
using MirpsPractices.Core.Features.Catalogue;
using MirpsPractices.IntegrationTests.Infrastructure;
using MirpsPractices.Web.OpenData;

namespace MirpsPractices.IntegrationTests.Catalogue;

/// <summary>CSV (with and without HXL), JSON, Atom feed, the JSON API and its OpenAPI document.</summary>
public sealed class OpenDataTests(CatalogueFactory factory) : IClassFixture<CatalogueFactory>
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [Fact]
    public async Task Csv_is_utf8_with_bom_rfc4180_and_neutralises_formulas()
    {
        var client = factory.CreateBrowserLikeClient();
        var response = await client.GetAsync("/catalogue/export.csv");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var text = Encoding.UTF8.GetString(bytes.AsSpan(3));

        Assert.Equal("text/csv; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var lines = text.Split("\r\n");
        Assert.Equal(string.Join(",", PracticeCsv.Headers), lines[0]);
        Assert.StartsWith("id,url,title,summary,language,countries", lines[0]);
        // The hostile practice: a formula title quoted and neutralised; quotes doubled; a newline kept inside quotes.
        Assert.Contains(",\"'=HYPERLINK(\"\"http://evil.example\"\") <script>alert(1)</script> taller\",\"'-2+3 @resumen con \"\"comillas\"\", comas\ny saltos de línea\",es,BZ,", text);
        Assert.Contains("Capacitación técnica para personas refugiadas en Honduras", text);
        Assert.Contains(",HN,,VocationalTraining,Refugees,CentralGovernment | LocalGovernment,", text);
        Assert.Contains("SV | GT", text);
        Assert.EndsWith("\r\n", text);
        Assert.Equal(1 + 6, ParseCsv(text).Count);
    }

    [Fact]
    public async Task Csv_with_hxl_has_the_hashtag_row_under_the_headers_and_keeps_the_filters()
    {
        var client = factory.CreateBrowserLikeClient();
        var text = Encoding.UTF8.GetString((await client.GetByteArrayAsync("/catalogue/export.csv?country=CR&hxl=true")).AsSpan(3));
        var rows = ParseCsv(text);

        Assert.Equal(4, rows.Count);
        Assert.Equal("#activity+id", rows[1][0]);
        Assert.Contains("#country+code+list", rows[1]);
        Assert.Contains("#org+name+list", rows[1]);
        Assert.Contains("#sector+code+list", rows[1]);
        Assert.All(rows[1], tag => Assert.StartsWith("#", tag));
        Assert.Equal(["fair-recruitment-corridor", "homologacion-titulos"], rows.Skip(2).Select(r => r[1].Split('/').Last()));
    }

    [Fact]
    public async Task Json_export_holds_the_filtered_view_with_codes()
    {
        var client = factory.CreateBrowserLikeClient();
        using var document = JsonDocument.Parse(await client.GetStringAsync("/catalogue/export.json?q=capacitacion"));
        var root = document.RootElement;
        Assert.Equal(2, root.GetProperty("count").GetInt32());
        var first = root.GetProperty("items")[0];
        Assert.Equal("Capacitación técnica para personas refugiadas en Honduras", first.GetProperty("title").GetString());
        Assert.Equal("HN", first.GetProperty("countries")[0].GetString());
        Assert.Equal("WorkingGroup", first.GetProperty("coordinationMechanisms")[0].GetString());
        Assert.Equal(340, first.GetProperty("indicators").GetProperty("peopleTrained").GetInt32());
        Assert.EndsWith("/practices/" + first.GetProperty("id").GetInt32() + "/capacitacion-tecnica-honduras", first.GetProperty("url").GetString());
    }

    [Fact]
    public async Task Atom_feed_carries_the_filters_and_lists_newest_first()
    {
        var client = factory.CreateBrowserLikeClient();
        var response = await client.GetAsync("/catalogue/feed.atom?area=Entrepreneurship&area=FairRecruitment&sort=title");
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;

        Assert.Equal("application/atom+xml; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Equal(Atom + "feed", feed.Name);
        Assert.EndsWith("/catalogue/feed.atom?area=Entrepreneurship&area=FairRecruitment", feed.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "self").Attribute("href")!.Value);
        Assert.NotNull(feed.Element(Atom + "author"));
        var entries = feed.Elements(Atom + "entry").ToList();
        Assert.Equal(["Fair recruitment corridor Costa Rica–Panama", "Emprendimiento de mujeres en Guatemala y El Salvador"], entries.Select(e => e.Element(Atom + "title")!.Value));
        Assert.Equal("en", entries[0].Attribute(XNamespace.Xml + "lang")!.Value);
        Assert.Equal("2025-06-15T12:00:00Z", entries[0].Element(Atom + "published")!.Value);
        Assert.Contains(entries[1].Elements(Atom + "category"), c => (string?)c.Attribute("term") == "country:GT");
    }

    [Fact]
    public async Task Api_lists_practices_with_the_catalogue_filters_and_paging_links()
    {
        var client = factory.CreateBrowserLikeClient();
        var response = await client.GetAsync("/api/v1/practices?status=Ongoing&status=Completed&pageSize=2&page=1");
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = document.RootElement;

        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Equal(4, root.GetProperty("total").GetInt32());
        Assert.Equal(2, root.GetProperty("pageCount").GetInt32());
        Assert.Equal(2, root.GetProperty("items").GetArrayLength());
        Assert.EndsWith("/api/v1/practices?status=Ongoing&status=Completed&page=2&pageSize=2", root.GetProperty("next").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("previous").ValueKind);
        var item = root.GetProperty("items")[0];
        foreach (var property in new[] { "id", "url", "title", "summary", "language", "countries", "strategyAreas", "populations", "actorTypes", "coordinationMechanisms", "implementationStatus", "startDate", "endDate", "publishedAt", "organisations", "indicators" })
        {
            Assert.True(item.TryGetProperty(property, out _), $"missing {property}");
        }
        Assert.Equal("fair-recruitment-corridor", item.GetProperty("url").GetString()!.Split('/').Last());
        Assert.Equal("Lead", item.GetProperty("organisations")[0].GetProperty("role").GetString());
    }

    [Fact]
    public async Task Api_returns_one_practice_with_every_public_section()
    {
        var id = await factory.WithDbAsync(db => CatalogueTestData.IdOfAsync(db, "capacitacion-tecnica-honduras"));
        var client = factory.CreateBrowserLikeClient();
        using var document = JsonDocument.Parse(await client.GetStringAsync($"/api/v1/practices/{id}"));
        var root = document.RootElement;

        Assert.Equal(id, root.GetProperty("practice").GetProperty("id").GetInt32());
        Assert.Equal("La coordinación temprana con empleadores acelera la colocación.", root.GetProperty("lessonsLearned").GetString());
        Assert.Equal(["AnswersNeeds", "Replicable"], root.GetProperty("criteriaMet").EnumerateArray().Select(c => c.GetProperty("criterion").GetString()));
        Assert.Equal("https://example.org/informe", root.GetProperty("evidenceLinks")[0].GetProperty("url").GetString());
        Assert.Equal("Colón", root.GetProperty("beingReplicatedIn").EnumerateArray().Single().GetProperty("locality").GetString());
        Assert.Equal(4m, root.GetProperty("otherIndicators")[0].GetProperty("value").GetDecimal());
    }

    [Theory]
    [InlineData("countries", "MX", "México", "Mexico")]
    [InlineData("strategy-areas", "VocationalTraining", "Enseñanza y formación técnica y profesional", "Technical and vocational education and training")]
    [InlineData("actor-types", "RefugeeLed", "Organización liderada por personas refugiadas", "Refugee-led organisation")]
    public async Task Reference_lists_give_codes_with_both_labels(string list, string code, string es, string en)
    {
        var client = factory.CreateBrowserLikeClient();
        using var document = JsonDocument.Parse(await client.GetStringAsync($"/api/v1/reference/{list}"));
        var entry = document.RootElement.EnumerateArray().Single(e => e.GetProperty("code").GetString() == code);
        Assert.Equal(es, entry.GetProperty("es").GetString());
        Assert.Equal(en, entry.GetProperty("en").GetString());
    }

    [Fact]
    public async Task Unknown_reference_list_and_unknown_practice_are_404_problems()
    {
        var client = factory.CreateBrowserLikeClient();
        var list = await client.GetAsync("/api/v1/reference/secrets");
        var practice = await client.GetAsync("/api/v1/practices/999999");
        Assert.Equal(HttpStatusCode.NotFound, list.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, practice.StatusCode);
        using var problem = JsonDocument.Parse(await practice.Content.ReadAsStringAsync());
        Assert.Equal(404, problem.RootElement.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task OpenApi_document_describes_the_api_and_nothing_else()
    {
        var client = factory.CreateBrowserLikeClient();
        using var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));
        var root = document.RootElement;
        var paths = root.GetProperty("paths").EnumerateObject().Select(p => p.Name).Order().ToList();

        Assert.StartsWith("3.", root.GetProperty("openapi").GetString());
        Assert.Equal(["/api/v1/practices", "/api/v1/practices/{id}", "/api/v1/reference/{list}"], paths);
        var parameters = root.GetProperty("paths").GetProperty("/api/v1/practices").GetProperty("get").GetProperty("parameters")
            .EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();
        Assert.Contains("Country", parameters, StringComparer.OrdinalIgnoreCase);
        Assert.Contains("Q", parameters, StringComparer.OrdinalIgnoreCase);
        Assert.True(root.GetProperty("components").GetProperty("schemas").TryGetProperty("PracticeDetailDto", out _));
    }

    /// <summary>A strict RFC 4180 reader, so the test does not trust the writer's own escaping.</summary>
    internal static List<List<string>> ParseCsv(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') { quoted = false; }
                else { field.Append(c); }
            }
            else if (c == '"') { quoted = true; }
            else if (c == ',') { row.Add(field.ToString()); field.Clear(); }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') { row.Add(field.ToString()); field.Clear(); rows.Add(row); row = []; i++; }
            else { field.Append(c); }
        }
        return rows;
    }

    [Fact]
    public async Task Streamed_records_keep_the_order_of_the_ids_across_batches_and_leave_out_unpublished_ones()
    {
        var published = await factory.WithDbAsync(db => db.Practices.Where(p => p.State == PracticeState.Published && p.RevisionOfId == null)
            .OrderByDescending(p => p.Id).Select(p => p.Id).ToListAsync());
        var unpublished = await factory.WithDbAsync(db => db.Practices.Where(p => p.State != PracticeState.Published).Select(p => p.Id).ToListAsync());
        Assert.NotEmpty(unpublished);
        // Published ids spread over several batches, with ids that don't exist or aren't public in between.
        var ids = published.SelectMany((id, i) => Enumerable.Range(100_000 + i * PracticeRecords.StreamBatchSize, PracticeRecords.StreamBatchSize - 1).Append(id))
            .Concat(unpublished).ToList();

        using var scope = factory.Services.CreateScope();
        var records = scope.ServiceProvider.GetRequiredService<PracticeRecords>();
        var streamed = new List<int>();
        await foreach (var record in records.StreamAsync(ids, CancellationToken.None))
        {
            streamed.Add(record.Id);
        }

        Assert.True(ids.Count > 3 * PracticeRecords.StreamBatchSize);
        Assert.Equal(published, streamed);
    }
}
