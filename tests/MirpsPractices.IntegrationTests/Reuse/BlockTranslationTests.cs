using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MirpsPractices.Core.Domain;
using MirpsPractices.IntegrationTests.Catalogue;
using MirpsPractices.IntegrationTests.Infrastructure;
using MirpsPractices.IntegrationTests.Workflow;

namespace MirpsPractices.IntegrationTests.Reuse;

/// <summary>
/// Issue 13 with issue 12: a practice's building blocks are translated with it — in the translation form, published with
/// the reviewed translation, shown in the reader's language on the practice page, the block page and compare, and in the
/// exports. The sample one-stop shop has a reviewed English translation, blocks included.
/// </summary>
public sealed class BlockTranslationTests(WorkflowFactory factory) : IClassFixture<WorkflowFactory>
{
    private const string OneStopShop = "Ventanilla única municipal de empleo para personas refugiadas y comunidad de acogida en Los Laureles";

    private Task<int> OneStopShopIdAsync() =>
        factory.WithDbAsync(db => db.Practices.Where(p => p.Title == OneStopShop && p.RevisionOfId == null).Select(p => p.Id).SingleAsync());

    [Fact]
    public async Task A_translated_block_shows_in_english_on_the_english_block_page_and_in_spanish_on_the_spanish_one()
    {
        var id = await OneStopShopIdAsync();
        var client = factory.CreateBrowserLikeClient();

        var english = await client.GetStringAsync($"/practices/{id}/blocks/1?culture=en");
        Assert.Contains("<h1 id=\"block-title\">Municipal employment desk</h1>", english);
        Assert.Contains("A municipal office that receives refugees and members of the host community", english);
        Assert.Contains("An agreement with the labour ministry; municipal staff trained in international protection.", english);
        Assert.Contains("A municipality with an employment office, or a budget to open one", english);
        Assert.Contains("<article class=\"practice building-block\" lang=\"en\"", english);
        Assert.Contains("Translated from Spanish.", english);
        Assert.Contains($"href=\"/practices/{id}/blocks/1?original=1\"", english);
        Assert.Contains("lang=\"en\">Municipal one-stop employment desk for refugees and the host community in Los Laureles</a>", english);
        Assert.DoesNotContain("Ventanilla municipal de empleo", english);

        var spanish = await client.GetStringAsync($"/practices/{id}/blocks/1?culture=es");
        Assert.Contains("<h1 id=\"block-title\">Ventanilla municipal de empleo</h1>", spanish);
        Assert.Contains("Una oficina municipal que recibe a personas refugiadas", spanish);
        Assert.Contains("<article class=\"practice building-block\" lang=\"es\"", spanish);
        Assert.DoesNotContain("Municipal employment desk", spanish);

        // ?original=1: the Spanish original for an English reader, with a link to the translation.
        var original = await client.GetStringAsync($"/practices/{id}/blocks/1?culture=en&original=1");
        Assert.Contains("<h1 id=\"block-title\">Ventanilla municipal de empleo</h1>", original);
        Assert.Contains($"href=\"/practices/{id}/blocks/1\" hreflang=\"en\"", original);
    }

    [Fact]
    public async Task The_practice_page_compare_and_the_exports_carry_the_translated_blocks()
    {
        var id = await OneStopShopIdAsync();
        var client = factory.CreateBrowserLikeClient();

        var slug = await factory.WithDbAsync(db => db.Practices.Where(p => p.Id == id).Select(p => p.Slug).SingleAsync());
        var page = await client.GetStringAsync($"/practices/{id}/{slug}?culture=en");
        Assert.Contains($"href=\"/practices/{id}/blocks/1\">Municipal employment desk</a>", page);
        Assert.Contains("Recognition seal for inclusive employers", page);
        Assert.Contains($"href=\"/practices/{id}/blocks/1\">Ventanilla municipal de empleo</a>", await client.GetStringAsync($"/practices/{id}/{slug}?culture=es"));

        // Catalogue search reads the reviewed translation, block texts included: "badge" is only in block 2's English text.
        Assert.Contains($"/practices/{id}/", await client.GetStringAsync("/catalogue?q=badge&culture=en"));

        var other = await factory.WithDbAsync(db => db.Practices
            .Where(p => p.State == PracticeState.Published && p.RevisionOfId == null && p.Id != id).Select(p => p.Id).FirstAsync());
        var compare = await client.GetStringAsync($"/compare?ids={id}&ids={other}&culture=en");
        Assert.Contains($"<a href=\"/practices/{id}/blocks/1\" lang=\"en\">Municipal employment desk</a>", compare);
        var compareEs = await client.GetStringAsync($"/compare?ids={id}&ids={other}&culture=es");
        Assert.Contains($"<a href=\"/practices/{id}/blocks/1\" lang=\"es\">Ventanilla municipal de empleo</a>", compareEs);

        var rows = OpenDataTests.ParseCsv(Encoding.UTF8.GetString((await client.GetByteArrayAsync("/catalogue/export.csv")).AsSpan(3)));
        var headers = rows[0];
        var row = rows.Single(r => r[0] == id.ToString(CultureInfo.InvariantCulture));
        Assert.Equal("Ventanilla municipal de empleo | Sello de reconocimiento para empleadores inclusivos", row[headers.IndexOf("building_blocks")]);
        Assert.Equal("Ventanilla municipal de empleo | Sello de reconocimiento para empleadores inclusivos", row[headers.IndexOf("building_blocks_es")]);
        Assert.Equal("Municipal employment desk | Recognition seal for inclusive employers", row[headers.IndexOf("building_blocks_en")]);

        using var json = JsonDocument.Parse(await client.GetStringAsync($"/api/v1/practices/{id}"));
        var texts = json.RootElement.GetProperty("practice").GetProperty("texts");
        var englishBlock = texts.GetProperty("en").GetProperty("buildingBlocks")[0];
        Assert.Equal(1, englishBlock.GetProperty("number").GetInt32());
        Assert.Equal("Municipal employment desk", englishBlock.GetProperty("title").GetString());
        Assert.Equal("An agreement with the labour ministry; municipal staff trained in international protection.", englishBlock.GetProperty("enablingFactors").GetString());
        Assert.Equal("Ventanilla municipal de empleo", texts.GetProperty("es").GetProperty("buildingBlocks")[0].GetProperty("title").GetString());
        Assert.Equal("Municipal employment desk", json.RootElement.GetProperty("translation").GetProperty("fields").GetProperty("Block.1.Title").GetString());
    }

    [Fact]
    public async Task Block_fields_are_in_the_translation_form_and_a_corrected_block_is_public_once_reviewed()
    {
        var id = await OneStopShopIdAsync();
        var moderator = await factory.SignedInAsync(Roles.Moderator);
        var url = $"/translations/practice/{id}";
        var form = await moderator.GetStringAsync(url + "?culture=en");
        Assert.Contains("Building block 1: title", form);
        Assert.Contains("Building block 2: conditions for transfer", form);
        Assert.Contains("value=\"Block.2.Title\"", form);
        Assert.Contains("Componente 1: factores habilitantes", await moderator.GetStringAsync(url + "?culture=es"));

        // The translator corrects block 2's "what it is" in the form and submits; the public keeps the reviewed copy until the review.
        var texts = await factory.WithDbAsync(db => db.RecordTranslations
            .Where(t => t.RecordType == TranslatedRecordType.Practice && t.RecordId == id).Select(t => t.TextsJson).SingleAsync());
        var typed = JsonSerializer.Deserialize<Dictionary<string, string>>(texts)!;
        typed["Block.2.Description"] = "A public badge for the businesses that hire refugees fairly.";
        var fields = new List<KeyValuePair<string, string>>
        {
            new("Input.ConcurrencyStamp", WorkflowClient.StampFrom(form)),
            new("Input.Intent", "submit"),
        };
        var i = 0;
        foreach (var (key, text) in typed)
        {
            fields.Add(new($"Input.Fields[{i}].Key", key));
            fields.Add(new($"Input.Fields[{i}].Text", text));
            i++;
        }
        var submitted = await moderator.PostFormAsync(url, url, fields);
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        var anonymous = factory.CreateBrowserLikeClient();
        var before = await anonymous.GetStringAsync($"/practices/{id}/blocks/2?culture=en");
        Assert.Contains("A municipal badge for businesses that hire refugees on fair terms.", before);
        Assert.DoesNotContain("A public badge", before);

        var review = await moderator.GetStringAsync(url);
        var reviewed = await moderator.PostFormAsync(url, url + "/review", [new("concurrencyStamp", WorkflowClient.StampFrom(review)), new("decision", "review")]);
        Assert.Equal(HttpStatusCode.Redirect, reviewed.StatusCode);
        var after = await anonymous.GetStringAsync($"/practices/{id}/blocks/2?culture=en");
        Assert.Contains("A public badge for the businesses that hire refugees fairly.", after);
        Assert.Contains("<h1 id=\"block-title\">Recognition seal for inclusive employers</h1>", after);
        Assert.Contains("Un distintivo municipal para las empresas que contratan", await anonymous.GetStringAsync($"/practices/{id}/blocks/2?culture=es"));
    }
}
