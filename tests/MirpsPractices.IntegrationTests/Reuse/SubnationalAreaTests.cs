using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using MirpsPractices.Core.Domain;
using MirpsPractices.IntegrationTests.Catalogue;
using MirpsPractices.IntegrationTests.Infrastructure;
using MirpsPractices.IntegrationTests.Workflow;

namespace MirpsPractices.IntegrationTests.Reuse;

/// <summary>Issue 13: practices name their first-level subdivisions by ISO 3166-2 code, through the form, on the page and in the CSV.</summary>
public sealed class SubnationalAreaTests(WorkflowFactory factory) : IClassFixture<WorkflowFactory>
{
    [Fact]
    public async Task A_practice_saved_with_areas_through_the_form_shows_them_on_its_page_in_the_readers_language()
    {
        var title = "Áreas subnacionales " + Guid.NewGuid().ToString("N")[..6];
        var owner = await factory.SignedInAsync(Roles.EmploymentTeam);
        var moderator = await factory.SignedInAsync(Roles.Moderator);
        var fields = WorkflowClient.CompletePractice(title, await factory.AnyApprovedOrganisationIdAsync());
        fields.Add(new("Input.SubnationalAreas", "CR-A"));
        fields.Add(new("Input.SubnationalAreas", "PA-8"));

        // A draft first: the boxes come back ticked on the edit page.
        var id = await owner.CreatePracticeAsync(fields, "save");
        Assert.Equal(["CR-A", "PA-8"], await factory.WithDbAsync(db => db.PracticeSubnationalAreas.Where(a => a.PracticeId == id).Select(a => a.Code).OrderBy(c => c).ToListAsync()));
        var edit = await owner.GetStringAsync($"/my/practices/{id}/edit");
        Assert.Matches("id=\"Input_SubnationalAreas_CR_A\"[^>]*checked|checked[^>]*id=\"Input_SubnationalAreas_CR_A\"", edit);
        Assert.DoesNotMatch("id=\"Input_SubnationalAreas_CR_H\"[^>]*checked|checked[^>]*id=\"Input_SubnationalAreas_CR_H\"", edit);

        // Unticking one on the next save removes it; then submit and publish.
        var kept = fields.Where(f => !(f.Key == "Input.SubnationalAreas" && f.Value == "PA-8")).ToList();
        kept.Add(new("Input.SubnationalAreas", "PA-10"));
        Assert.Equal(HttpStatusCode.Redirect, (await owner.SaveAsync(id, kept, "submit")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await moderator.DecideAsync(id, "Publish", extra: WorkflowClient.SafeguardingConfirmed())).StatusCode);

        var anonymous = factory.CreateBrowserLikeClient();
        var slug = await factory.WithDbAsync(db => db.Practices.Where(p => p.Id == id).Select(p => p.Slug).SingleAsync());
        var page = await anonymous.GetStringAsync($"/practices/{id}/{slug}");
        Assert.Contains("Áreas subnacionales", page);
        Assert.Contains("Alajuela, Panamá Oeste", page);
        Assert.DoesNotMatch(@"subnational-areas"">[^<]*Panamá,", page);
        var english = await anonymous.GetStringAsync($"/practices/{id}/{slug}?culture=en");
        Assert.Contains("Subnational areas", english);
        Assert.Contains("Alajuela, Panamá Oeste", english);

        // The submitted version's snapshot carries the codes, so review diffs see them.
        var snapshot = await factory.WithDbAsync(db => db.PracticeVersions.Where(v => v.PracticeId == id).OrderByDescending(v => v.Number).Select(v => v.ContentJson).FirstAsync());
        Assert.Contains("\"SubnationalAreas\":[\"CR-A\",\"PA-10\"]", snapshot);
    }

    [Fact]
    public async Task An_area_of_a_country_not_selected_is_refused_with_a_localized_message()
    {
        var owner = await factory.SignedInAsync(Roles.EmploymentTeam);
        var title = "Área ajena " + Guid.NewGuid().ToString("N")[..6];
        var fields = WorkflowClient.CompletePractice(title, await factory.AnyApprovedOrganisationIdAsync());
        fields.Add(new("Input.SubnationalAreas", "GT-16"));

        var response = await owner.PostFormAsync("/my/practices/new", "/my/practices/new", fields.With("Input.Intent", "save"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("El área «Alta Verapaz» no pertenece a ninguno de los países elegidos para la práctica.", html);
        Assert.Contains("href=\"#Input_SubnationalAreas\"", html);
        Assert.Equal(0, await factory.WithDbAsync(db => db.Practices.CountAsync(p => p.Title == title)));

        var en = await owner.PostFormAsync("/my/practices/new?culture=en", "/my/practices/new?culture=en",
            fields.With("Input.Intent", "save").Append(new("Input.SubnationalAreas", "XX-99")).ToList());
        var englishHtml = await en.Content.ReadAsStringAsync();
        Assert.Contains("The area “Alta Verapaz” does not belong to any of the countries chosen for the practice.", englishHtml);
        Assert.Contains("“XX-99” is not an ISO 3166-2 code of an area of the MIRPS countries.", englishHtml);
        Assert.Equal(0, await factory.WithDbAsync(db => db.Practices.CountAsync(p => p.Title == title)));
    }

    [Fact]
    public async Task The_csv_has_the_adm1_code_column_after_the_old_ones_with_the_codes_of_the_sample_practices()
    {
        var client = factory.CreateBrowserLikeClient();
        var text = Encoding.UTF8.GetString((await client.GetByteArrayAsync("/catalogue/export.csv?hxl=true")).AsSpan(3));
        var rows = OpenDataTests.ParseCsv(text);
        var headers = rows[0];
        var hxl = rows[1];
        // adm1_codes follows every earlier column; the building-block columns (issue 13, later) follow it.
        var adm1 = headers.IndexOf("adm1_codes");
        Assert.Equal("locality_en", headers[adm1 - 1]);
        Assert.Equal("building_blocks", headers[adm1 + 1]);
        Assert.Equal("#adm1+code", hxl[adm1]);

        // The sample one-stop shop in Los Laureles (Alajuela) and the seed capital in La Libertad.
        var oneStopShop = rows.Single(r => r.Count > adm1 && r[headers.IndexOf("title")] == "Ventanilla única municipal de empleo para personas refugiadas y comunidad de acogida en Los Laureles");
        Assert.Equal("CR-A", oneStopShop[adm1]);
        var seedCapital = rows.Single(r => r.Count > adm1 && r[headers.IndexOf("title")] == "Capital semilla y mentoría para emprendimientos de mujeres desplazadas y retornadas");
        Assert.Equal("SV-LI", seedCapital[adm1]);

        var json = await client.GetStringAsync("/catalogue/export.json");
        Assert.Contains("\"subnationalAreas\":[\"SV-LI\"]", json);
        Assert.Contains("\"subnationalAreas\":[]", json);
    }

    [Fact]
    public async Task The_catalogue_has_a_subnational_area_facet_that_filters_the_view()
    {
        var client = factory.CreateBrowserLikeClient();
        var html = await client.GetStringAsync("/catalogue?adm1=CR-A");
        Assert.Contains("Área subnacional", html);
        Assert.Contains("Ventanilla única municipal de empleo para personas refugiadas y comunidad de acogida en Los Laureles", html);
        Assert.DoesNotContain("Capital semilla y mentoría para emprendimientos", html);
        Assert.Contains("Alajuela (Costa Rica)", html);

        var other = await client.GetStringAsync("/catalogue?adm1=SV-LI");
        Assert.Contains("Capital semilla y mentoría para emprendimientos", other);
        Assert.DoesNotContain("Ventanilla única municipal de empleo para personas refugiadas y comunidad de acogida en Los Laureles", other);
        Assert.Contains("Subnational area", await client.GetStringAsync("/catalogue?adm1=SV-LI&culture=en"));

        // An unknown code is dropped, never a 500.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/catalogue?adm1=%3Cscript%3E&adm1=GT-AV")).StatusCode);
    }
}
