using System.Globalization;
using System.Text;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MirpsPractices.Core.Domain;
using MirpsPractices.Core.Features.Catalogue;
using MirpsPractices.Core.Features.Reports;
using MirpsPractices.IntegrationTests.Catalogue;
using MirpsPractices.Web.OpenData;

namespace MirpsPractices.IntegrationTests.Translations;

/// <summary>
/// Issue 12 beyond the practice page: joint recommendations in the reader's language, translated catalogue cards and the
/// "available in" facet, both languages in the exports, the report in one language. Each test translates its own records.
/// </summary>
public sealed class BilingualRecordsTests(CatalogueFactory factory) : IClassFixture<CatalogueFactory>
{
    [Fact]
    public async Task Joint_recommendations_show_the_reviewed_translation_in_the_readers_language_with_the_note_and_the_original_a_link_away()
    {
        var id = await factory.WithDbAsync(db => db.Recommendations.Where(r => r.JointSinceUtc != null).Select(r => r.Id).SingleAsync());
        var client = factory.CreateBrowserLikeClient();
        const string SpanishTitle = "Institucionalizar las mesas técnicas de empleo";

        // Cached in English before the translation: the review must evict it.
        var before = await client.GetStringAsync("/recommendations?culture=en");
        Assert.Contains($"lang=\"es\">{SpanishTitle}</h2>", before);

        await TranslationSteps.TranslateAsync(factory, TranslatedRecordType.Recommendation, id, TranslationSteps.English, TranslationState.Submitted);
        var submitted = await client.GetStringAsync("/recommendations?culture=en&unreviewed=1");
        Assert.DoesNotContain("English text of", submitted);
        Assert.DoesNotContain("Translated from", submitted);

        await TranslationSteps.ReviewAsync(factory, TranslatedRecordType.Recommendation, id);
        var english = await client.GetStringAsync("/recommendations?culture=en");
        Assert.Contains($"<h2 id=\"rec-{id}\" class=\"h4\" lang=\"en\">English text of Title</h2>", english);
        Assert.Contains("<div lang=\"en\">", english);
        Assert.Contains("English text of Text", english);
        Assert.Contains("Translated from Spanish.", english);
        Assert.Contains($"href=\"/recommendations?original=1#rec-{id}\" hreflang=\"es\"", english);
        Assert.DoesNotContain(SpanishTitle, english);

        var original = await client.GetStringAsync("/recommendations?original=1&culture=en");
        Assert.Contains($"lang=\"es\">{SpanishTitle}</h2>", original);
        Assert.Contains("Read the reviewed translation into English", original);
        Assert.Contains($"href=\"/recommendations#rec-{id}\"", original);

        // A Spanish reader reads the original, without a note.
        var spanish = await client.GetStringAsync("/recommendations?culture=es");
        Assert.Contains($"lang=\"es\">{SpanishTitle}</h2>", spanish);
        Assert.DoesNotContain("English text of", spanish);
        Assert.DoesNotContain("translation-note", spanish);
    }

    private Task<int> IdAsync(string slug) =>
        factory.WithDbAsync(db => db.Practices.Where(p => p.Slug == slug && p.RevisionOfId == null).Select(p => p.Id).SingleAsync());

    private async Task<CataloguePage> SearchAsync(string queryString)
    {
        var parsed = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(queryString);
        string[] Values(string key) => parsed.TryGetValue(key, out var v) ? v.OfType<string>().ToArray() : [];
        var query = CatalogueQuery.Normalise(Values("q").FirstOrDefault(), Values("country"), Values("area"), Values("actor"),
            Values("population"), Values("mechanism"), Values("status"), Values("year"), languages: Values("language"));
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CatalogueSearch>().SearchAsync(query, CancellationToken.None);
    }

    [Fact]
    public async Task The_available_in_facet_counts_originals_and_reviewed_translations_and_the_index_agrees_with_sql()
    {
        var before = (await SearchAsync("")).Facets.Single(f => f.Facet == CatalogueFacet.Language).Counts;
        var honduras = await IdAsync("capacitacion-tecnica-honduras");
        var mexico = await IdAsync("ventanilla-unica-mexico");
        var english = await IdAsync("fair-recruitment-corridor");
        await TranslationSteps.TranslateAsync(factory, TranslatedRecordType.Practice, honduras, TranslationSteps.English);
        await TranslationSteps.TranslateAsync(factory, TranslatedRecordType.Practice, mexico, TranslationSteps.English, TranslationState.Submitted);
        await TranslationSteps.TranslateAsync(factory, TranslatedRecordType.Practice, english, TranslationSteps.Spanish);

        // Reviewed translations count, an unreviewed one does not.
        var after = (await SearchAsync("")).Facets.Single(f => f.Facet == CatalogueFacet.Language).Counts;
        Assert.Equal(before.GetValueOrDefault("en") + 1, after["en"]);
        Assert.Equal(before.GetValueOrDefault("es") + 1, after["es"]);
        var inEnglish = await SearchAsync("language=en");
        Assert.Contains(inEnglish.Items, c => c.Id == honduras);
        Assert.Contains(inEnglish.Items, c => c.Id == english);
        Assert.DoesNotContain(inEnglish.Items, c => c.Id == mexico);

        await using var scope = factory.Services.CreateAsyncScope();
        var search = scope.ServiceProvider.GetRequiredService<CatalogueSearch>();
        foreach (var view in new[] { "", "language=en", "language=es", "language=en&language=es", "language=en&country=HN", "q=capacitacion&language=en", "status=Ongoing&language=es" })
        {
            var page = await SearchAsync(view);
            var query = page.Query;
            Assert.Equal(await search.Filtered(query).CountAsync(), page.Total);
            Assert.Equal(await search.OrderedIds(query).Take(query.PageSize).ToListAsync(), page.Items.Select(i => i.Id));
            foreach (var facet in Enum.GetValues<CatalogueFacet>())
            {
                var sql = await search.FacetAsync(query, facet, CancellationToken.None);
                var index = page.Facets.Single(f => f.Facet == facet).Counts;
                Assert.Equal(sql.OrderBy(c => c.Key, StringComparer.Ordinal), index.OrderBy(c => c.Key, StringComparer.Ordinal));
            }
        }

        // On the page: the facet, its filter, and the cards in the reader's language with the note.
        var client = factory.CreateBrowserLikeClient();
        var html = await client.GetStringAsync("/catalogue?culture=en");
        Assert.Contains("Available in", html);
        Assert.Contains("name=\"language\" value=\"en\"", html);
        Assert.Contains("lang=\"en\">English text of Title</a>", html);
        Assert.Contains("English text of Summary", html);
        Assert.Contains("Translated from Spanish.", html);
        Assert.DoesNotContain("English text of", await client.GetStringAsync("/catalogue?culture=es&language=es"));
        Assert.Contains("lang=\"es\">Texto en español de Title</a>", await client.GetStringAsync("/catalogue?culture=es"));
        var filtered = await client.GetStringAsync("/catalogue?language=en&culture=en");
        Assert.Contains($"/practices/{honduras}/", filtered);
        Assert.DoesNotContain($"/practices/{mexico}/", filtered);
        var spanishFilter = await client.GetStringAsync("/catalogue?language=es&culture=es");
        Assert.Contains("Disponible en", spanishFilter);
        Assert.Contains($"/practices/{english}/", spanishFilter);
    }

    [Fact]
    public async Task Csv_json_and_api_carry_both_languages_after_the_existing_columns_with_hxl_language_attributes()
    {
        var id = await IdAsync("emprendimiento-mujeres");
        var untranslated = await IdAsync("taller");
        await TranslationSteps.TranslateAsync(factory, TranslatedRecordType.Practice, id, TranslationSteps.English);
        var client = factory.CreateBrowserLikeClient();

        var rows = OpenDataTests.ParseCsv(Encoding.UTF8.GetString((await client.GetByteArrayAsync("/catalogue/export.csv?hxl=true")).AsSpan(3)));
        var headers = rows[0];
        Assert.Equal(["id", "url", "title", "summary", "language", "countries"], headers.Take(6));
        // Issue 13's adm1_codes came later and follows them; the building-block columns follow adm1_codes.
        var adm1 = headers.IndexOf("adm1_codes");
        Assert.Equal(["title_es", "title_en", "summary_es", "summary_en", "locality_es", "locality_en"], headers.Take(adm1).TakeLast(6));
        Assert.Equal(["#activity+name+i_es", "#activity+name+i_en", "#activity+description+i_es", "#activity+description+i_en", "#loc+name+i_es", "#loc+name+i_en"], rows[1].Take(adm1).TakeLast(6));
        Assert.Equal(["building_blocks", "building_block_urls", "building_block_actor_types", "building_blocks_es", "building_blocks_en"], headers.Skip(adm1 + 1));
        string Cell(List<string> row, string header) => row[headers.IndexOf(header)];
        var translated = rows.Single(r => r[0] == id.ToString(CultureInfo.InvariantCulture));
        Assert.Equal("Emprendimiento de mujeres en Guatemala y El Salvador", Cell(translated, "title"));
        Assert.Equal("Emprendimiento de mujeres en Guatemala y El Salvador", Cell(translated, "title_es"));
        Assert.Equal("English text of Title", Cell(translated, "title_en"));
        Assert.Equal("English text of Summary", Cell(translated, "summary_en"));
        var original = rows.Single(r => r[0] == untranslated.ToString(CultureInfo.InvariantCulture));
        Assert.Equal("", Cell(original, "title_en"));
        Assert.NotEqual("", Cell(original, "title_es"));
        var englishRow = rows.Single(r => r[1].EndsWith("/fair-recruitment-corridor", StringComparison.Ordinal));
        Assert.Equal("Fair recruitment corridor Costa Rica–Panama", Cell(englishRow, "title_en"));

        using var json = JsonDocument.Parse(await client.GetStringAsync("/catalogue/export.json"));
        var item = json.RootElement.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetInt32() == id);
        Assert.Equal("Emprendimiento de mujeres en Guatemala y El Salvador", item.GetProperty("title").GetString());
        Assert.Equal("es", item.GetProperty("language").GetString());
        Assert.Equal("English text of Title", item.GetProperty("texts").GetProperty("en").GetProperty("title").GetString());
        Assert.True(item.GetProperty("texts").GetProperty("en").GetProperty("translated").GetBoolean());
        Assert.False(item.GetProperty("texts").GetProperty("es").GetProperty("translated").GetBoolean());
        var plain = json.RootElement.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetInt32() == untranslated);
        Assert.Equal(["es"], plain.GetProperty("texts").EnumerateObject().Select(p => p.Name));

        using var list = JsonDocument.Parse(await client.GetStringAsync("/api/v1/practices?pageSize=100"));
        Assert.Equal("English text of Summary", list.RootElement.GetProperty("items").EnumerateArray()
            .Single(i => i.GetProperty("id").GetInt32() == id).GetProperty("texts").GetProperty("en").GetProperty("summary").GetString());
        using var detail = JsonDocument.Parse(await client.GetStringAsync($"/api/v1/practices/{id}"));
        Assert.Equal("Emprendimiento de mujeres en Guatemala y El Salvador", detail.RootElement.GetProperty("practice").GetProperty("title").GetString());
        var translation = detail.RootElement.GetProperty("translation");
        Assert.Equal("en", translation.GetProperty("language").GetString());
        Assert.Equal("English text of LessonsLearned", translation.GetProperty("fields").GetProperty("LessonsLearned").GetString());
        using var none = JsonDocument.Parse(await client.GetStringAsync($"/api/v1/practices/{untranslated}"));
        Assert.Equal(JsonValueKind.Null, none.RootElement.GetProperty("translation").ValueKind);
    }

    [Fact]
    public async Task The_report_in_English_uses_reviewed_translations_and_marks_the_records_without_one()
    {
        var id = await IdAsync("homologacion-titulos");
        var untranslated = await IdAsync("taller");
        await TranslationSteps.TranslateAsync(factory, TranslatedRecordType.Practice, id, TranslationSteps.English);

        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
            await using var scope = factory.Services.CreateAsyncScope();
            var report = await scope.ServiceProvider.GetRequiredService<ReportBuilder>().BuildAsync(new ReportScope(), null, CancellationToken.None);

            var translated = report.Practices.Single(p => p.Id == id);
            Assert.Equal("English text of Title", translated.Title);
            Assert.Equal("en", translated.Language);
            Assert.False(translated.Untranslated);
            Assert.All(report.Areas.SelectMany(a => a.Practices).Where(p => p.Id == id), p => Assert.Equal("English text of Title", p.Title));
            var plain = report.Practices.Single(p => p.Id == untranslated);
            Assert.True(plain.Untranslated);
            Assert.Equal("es", plain.Language);
            Assert.False(report.Practices.Single(p => p.Title == "Fair recruitment corridor Costa Rica–Panama").Untranslated);
            // Commitments are Spanish; none has a translation here.
            Assert.All(report.Commitments, c => Assert.True(c.Untranslated));

            var docx = DocxReportWriter.Write(report, scope.ServiceProvider.GetRequiredService<IReportText>(), "en");
            using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
            var body = document.MainDocumentPart!.Document!.Body!.InnerText;
            Assert.Contains("English text of Title", body);
            Assert.Contains("(no reviewed translation into English: in the original language)", body);

            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("es");
            var spanish = await scope.ServiceProvider.GetRequiredService<ReportBuilder>().BuildAsync(new ReportScope(), null, CancellationToken.None);
            Assert.Equal("Homologación de títulos profesionales", spanish.Practices.Single(p => p.Id == id).Title);
            Assert.All(spanish.Practices.Where(p => p.Language == "es"), p => Assert.False(p.Untranslated));
            Assert.All(spanish.Commitments, c => Assert.False(c.Untranslated));
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
