using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MirpsPractices.Core.Domain;
using MirpsPractices.IntegrationTests.Catalogue;
using MirpsPractices.IntegrationTests.Workflow;

namespace MirpsPractices.IntegrationTests.Reuse;

/// <summary>Issue 13: the building blocks of a sample practice in the CSV and JSON exports and in the API.</summary>
public sealed class BuildingBlockOpenDataTests(WorkflowFactory factory) : IClassFixture<WorkflowFactory>
{
    private const string OneStopShop = "Ventanilla única municipal de empleo para personas refugiadas y comunidad de acogida en Los Laureles";
    private const string Desk = "Ventanilla municipal de empleo";
    private const string Seal = "Sello de reconocimiento para empleadores inclusivos";

    private Task<int> OneStopShopIdAsync() =>
        factory.WithDbAsync(db => db.Practices.Where(p => p.Title == OneStopShop && p.RevisionOfId == null).Select(p => p.Id).SingleAsync());

    [Fact]
    public async Task The_csv_has_the_block_columns_after_adm1_codes_with_the_sample_practices_blocks()
    {
        var id = await OneStopShopIdAsync();
        var client = factory.CreateBrowserLikeClient();
        var rows = OpenDataTests.ParseCsv(Encoding.UTF8.GetString((await client.GetByteArrayAsync("/catalogue/export.csv?hxl=true")).AsSpan(3)));
        var headers = rows[0];
        var adm1 = headers.IndexOf("adm1_codes");
        Assert.Equal(["building_blocks", "building_block_urls", "building_block_actor_types", "building_blocks_es", "building_blocks_en"], headers.Skip(adm1 + 1));
        Assert.Equal(["#activity+block+name+list", "#meta+url+block+list", "#org+type+block+list", "#activity+block+name+list+i_es", "#activity+block+name+list+i_en"],
            rows[1].Skip(adm1 + 1));

        var row = rows.Single(r => r[0] == id.ToString(CultureInfo.InvariantCulture));
        string Cell(string header) => row[headers.IndexOf(header)];
        Assert.Equal($"{Desk} | {Seal}", Cell("building_blocks"));
        Assert.Equal($"{Desk} | {Seal}", Cell("building_blocks_es"));
        var urls = Cell("building_block_urls").Split(" | ");
        Assert.Equal(2, urls.Length);
        Assert.EndsWith($"/practices/{id}/blocks/1", urls[0]);
        Assert.EndsWith($"/practices/{id}/blocks/2", urls[1]);
        Assert.StartsWith("http", urls[0]);
        Assert.Equal("CentralGovernment | LocalGovernment | PrivateSector", Cell("building_block_actor_types"));

        // A practice without blocks has empty cells; the block page the URL names exists.
        var withoutBlocks = await factory.WithDbAsync(db => db.Practices
            .Where(p => p.State == PracticeState.Published && p.RevisionOfId == null && !p.BuildingBlocks.Any()).Select(p => p.Id).FirstAsync());
        var empty = rows.Single(r => r[0] == withoutBlocks.ToString(CultureInfo.InvariantCulture));
        Assert.Equal("", empty[headers.IndexOf("building_blocks")]);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync(new Uri(urls[1]).PathAndQuery)).StatusCode);
    }

    [Fact]
    public async Task The_json_export_and_the_api_carry_the_blocks_in_full()
    {
        var id = await OneStopShopIdAsync();
        var client = factory.CreateBrowserLikeClient();

        using var export = JsonDocument.Parse(await client.GetStringAsync("/catalogue/export.json"));
        var item = export.RootElement.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetInt32() == id);
        AssertBlocks(id, item);

        using var list = JsonDocument.Parse(await client.GetStringAsync("/api/v1/practices?pageSize=100"));
        AssertBlocks(id, list.RootElement.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetInt32() == id));

        using var detail = JsonDocument.Parse(await client.GetStringAsync($"/api/v1/practices/{id}"));
        AssertBlocks(id, detail.RootElement.GetProperty("practice"));
    }

    private static void AssertBlocks(int id, JsonElement practice)
    {
        var blocks = practice.GetProperty("buildingBlocks").EnumerateArray().ToList();
        Assert.Equal(2, blocks.Count);
        var desk = blocks[0];
        Assert.Equal(1, desk.GetProperty("number").GetInt32());
        Assert.Equal(Desk, desk.GetProperty("title").GetString());
        Assert.StartsWith("Una oficina municipal que recibe a personas refugiadas", desk.GetProperty("description").GetString());
        Assert.Equal("Convenio con el ministerio de trabajo; personal municipal formado en protección internacional.", desk.GetProperty("enablingFactors").GetString());
        Assert.StartsWith("Un municipio con oficina de empleo", desk.GetProperty("transferConditions").GetString());
        Assert.Equal(["CentralGovernment", "LocalGovernment"], desk.GetProperty("actorTypes").EnumerateArray().Select(a => a.GetString()));
        Assert.EndsWith($"/practices/{id}/blocks/1", desk.GetProperty("url").GetString());
        Assert.Equal(Seal, blocks[1].GetProperty("title").GetString());
        // The texts per language repeat the blocks' texts (the original's here: no translation).
        var spanish = practice.GetProperty("texts").GetProperty("es").GetProperty("buildingBlocks").EnumerateArray().ToList();
        Assert.Equal([Desk, Seal], spanish.Select(b => b.GetProperty("title").GetString()));
    }
}
