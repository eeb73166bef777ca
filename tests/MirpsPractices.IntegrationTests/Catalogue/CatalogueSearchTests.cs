using Microsoft.Extensions.DependencyInjection;
using MirpsPractices.Core.Domain;
using MirpsPractices.Core.Features.Catalogue;

namespace MirpsPractices.IntegrationTests.Catalogue;

/// <summary>The search service on the real SQLite database with its FTS5 index: filters, facets, full text, order, paging.</summary>
public sealed class CatalogueSearchTests(CatalogueFactory factory) : IClassFixture<CatalogueFactory>
{
    private async Task<CataloguePage> SearchAsync(CatalogueQuery query)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CatalogueSearch>().SearchAsync(query, CancellationToken.None);
    }

    private async Task<List<string>> SlugsAsync(CatalogueQuery query) =>
        (await SearchAsync(query with { PageSize = 100 })).Items.Select(i => i.Slug).ToList();

    private static CatalogueQuery Q(string? text = null, string[]? country = null, string[]? area = null, string[]? actor = null,
        string[]? population = null, string[]? mechanism = null, string[]? status = null, string[]? year = null, string? sort = null, int? page = null, int? pageSize = null) =>
        CatalogueQuery.Normalise(text, country, area, actor, population, mechanism, status, year, sort, page, pageSize);

    [Fact]
    public async Task Without_filters_lists_the_six_published_practices_newest_first()
    {
        var page = await SearchAsync(Q());
        Assert.Equal(6, page.Total);
        Assert.Equal(["taller", "fair-recruitment-corridor", "emprendimiento-mujeres", "ventanilla-unica-mexico", "capacitacion-tecnica-honduras", "homologacion-titulos"],
            page.Items.Select(i => i.Slug));
    }

    [Theory]
    [InlineData("country", "CR", new[] { "fair-recruitment-corridor", "homologacion-titulos" })]
    [InlineData("country", "hn", new[] { "capacitacion-tecnica-honduras" })]
    [InlineData("area", "Entrepreneurship", new[] { "emprendimiento-mujeres" })]
    [InlineData("actor", "Academia", new[] { "fair-recruitment-corridor", "emprendimiento-mujeres" })]
    [InlineData("population", "Refugees", new[] { "ventanilla-unica-mexico", "capacitacion-tecnica-honduras" })]
    [InlineData("mechanism", "OneStopShop", new[] { "ventanilla-unica-mexico" })]
    [InlineData("status", "Completed", new[] { "ventanilla-unica-mexico", "homologacion-titulos" })]
    [InlineData("year", "2022", new[] { "fair-recruitment-corridor", "capacitacion-tecnica-honduras" })]
    public async Task Each_filter_selects_the_matching_published_practices(string facet, string value, string[] expected)
    {
        string[] v = [value];
        var query = facet switch
        {
            "country" => Q(country: v),
            "area" => Q(area: v),
            "actor" => Q(actor: v),
            "population" => Q(population: v),
            "mechanism" => Q(mechanism: v),
            "status" => Q(status: v),
            _ => Q(year: v),
        };
        Assert.Equal(expected, await SlugsAsync(query));
    }

    [Fact]
    public async Task Values_of_one_facet_are_alternatives_and_facets_combine()
    {
        Assert.Equal(["emprendimiento-mujeres", "ventanilla-unica-mexico", "capacitacion-tecnica-honduras"], await SlugsAsync(Q(country: ["HN", "MX", "GT"])));
        Assert.Equal(["ventanilla-unica-mexico", "capacitacion-tecnica-honduras"], await SlugsAsync(Q(country: ["HN", "MX", "GT"], population: ["Refugees"])));
        Assert.Empty(await SlugsAsync(Q(country: ["BZ"], actor: ["Academia"])));
    }

    [Fact]
    public async Task Unknown_codes_are_ignored_rather_than_failing()
    {
        var query = Q(country: ["XX", "CR"], area: ["3", "NotAnArea"], year: ["abc"], sort: "sideways", page: -4, pageSize: 100000);
        Assert.Equal(["CR"], query.Countries);
        Assert.Empty(query.StrategyAreas);
        Assert.Equal(1, query.Page);
        Assert.Equal(CatalogueQuery.MaxPageSize, query.PageSize);
        Assert.Equal(2, (await SearchAsync(query)).Total);
    }

    [Fact]
    public async Task Facet_counts_apply_every_other_active_filter_but_not_their_own()
    {
        var page = await SearchAsync(Q(country: ["CR"], actor: ["Academia"]));
        var countries = page.Facets.Single(f => f.Facet == CatalogueFacet.Country).Counts;
        var actors = page.Facets.Single(f => f.Facet == CatalogueFacet.ActorType).Counts;

        Assert.Equal(1, page.Total);
        // Countries given actor = Academia: P3 (GT, SV) and P4 (CR, PA).
        Assert.Equal(new Dictionary<string, int> { ["CR"] = 1, ["GT"] = 1, ["PA"] = 1, ["SV"] = 1 }, countries.OrderBy(c => c.Key).ToDictionary());
        // Actor types given country = CR: P4 (private sector, academia) and P5 (local government).
        Assert.Equal(new Dictionary<string, int> { ["Academia"] = 1, ["LocalGovernment"] = 1, ["PrivateSector"] = 1 }, actors.OrderBy(c => c.Key).ToDictionary());
    }

    [Fact]
    public async Task Facet_counts_without_filters_count_published_practices_only()
    {
        var page = await SearchAsync(Q());
        var counts = page.Facets.ToDictionary(f => f.Facet, f => f.Counts);
        Assert.Equal(1, counts[CatalogueFacet.Country]["HN"]);
        Assert.Equal(2, counts[CatalogueFacet.Country]["CR"]);
        Assert.Equal(1, counts[CatalogueFacet.StrategyArea]["VocationalTraining"]);
        Assert.Equal(1, counts[CatalogueFacet.ActorType]["CentralGovernment"]);
        Assert.Equal(2, counts[CatalogueFacet.ActorType]["LocalGovernment"]);
        Assert.Equal(2, counts[CatalogueFacet.Population]["Refugees"]);
        Assert.Equal(1, counts[CatalogueFacet.Mechanism]["WorkingGroup"]);
        Assert.Equal(2, counts[CatalogueFacet.Status]["Ongoing"]);
        Assert.Equal(2, counts[CatalogueFacet.Year]["2022"]);
        Assert.False(counts[CatalogueFacet.Year].ContainsKey("2024"), "years come from start dates, not publication");
    }

    [Theory]
    [InlineData("capacitacion")]
    [InlineData("CAPACITACIÓN")]
    [InlineData("Capacitación")]
    public async Task Search_ignores_case_and_accents_in_the_query(string words)
    {
        var slugs = await SlugsAsync(Q(words));
        Assert.Contains("capacitacion-tecnica-honduras", slugs);
        Assert.Contains("ventanilla-unica-mexico", slugs);
    }

    [Fact]
    public async Task Search_ignores_accents_in_the_text_both_ways()
    {
        // "México" (query with accent) finds "Mexico" (text without) and the other way round.
        Assert.Equal(["ventanilla-unica-mexico", "fair-recruitment-corridor"], (await SlugsAsync(Q("México"))).Order().Reverse());
        Assert.Equal(["ventanilla-unica-mexico", "fair-recruitment-corridor"], (await SlugsAsync(Q("mexico"))).Order().Reverse());
        Assert.Equal(["capacitacion-tecnica-honduras"], await SlugsAsync(Q("ninez")));
    }

    [Fact]
    public async Task Search_covers_lessons_learned_and_organisation_names_and_acronyms()
    {
        Assert.Equal(["emprendimiento-mujeres"], await SlugsAsync(Q("perseverancia")));
        Assert.Equal(["emprendimiento-mujeres", "fair-recruitment-corridor"], (await SlugsAsync(Q("Quetzal"))).Order());
        Assert.Equal(["capacitacion-tecnica-honduras"], await SlugsAsync(Q("MTH")));
    }

    [Fact]
    public async Task Search_matches_word_prefixes_and_requires_every_word()
    {
        Assert.Contains("capacitacion-tecnica-honduras", await SlugsAsync(Q("capacit")));
        Assert.Equal(["capacitacion-tecnica-honduras"], await SlugsAsync(Q("capacitación honduras")));
        Assert.Empty(await SlugsAsync(Q("capacitación belice")));
    }

    [Fact]
    public async Task Relevance_ranks_a_title_match_above_a_description_match()
    {
        var page = await SearchAsync(Q("capacitación"));
        Assert.Equal(CatalogueSort.Relevance, page.Query.EffectiveSort);
        Assert.Equal(["capacitacion-tecnica-honduras", "ventanilla-unica-mexico"], page.Items.Select(i => i.Slug));
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("C++ (title:x) OR -NOT")]
    [InlineData("NEAR(a b)")]
    [InlineData("*")]
    [InlineData("'; DROP TABLE Practices; --")]
    public async Task Search_syntax_in_user_input_never_breaks_the_query(string words)
    {
        var page = await SearchAsync(Q(words));
        Assert.True(page.Total >= 0);
    }

    [Fact]
    public async Task Sorting_by_title_and_paging_walk_the_whole_view()
    {
        var first = await SearchAsync(Q(sort: "title", pageSize: 5, page: 1));
        var second = await SearchAsync(Q(sort: "title", pageSize: 5, page: 2));
        Assert.Equal(6, first.Total);
        Assert.Equal(2, first.PageCount);
        Assert.Equal(5, first.Items.Count);
        Assert.Single(second.Items);
        var titles = first.Items.Concat(second.Items).Select(i => i.Title).ToList();
        Assert.Equal(titles.Order(StringComparer.Ordinal), titles);
        Assert.Empty((await SearchAsync(Q(page: 3, pageSize: 5))).Items);
    }

    [Fact]
    public void Highlighting_marks_matched_words_without_trusting_the_text()
    {
        var query = FullTextQuery.Parse("capacitacion <b>");
        var html = MirpsPractices.Web.Models.Catalogue.Highlighting.Highlight(query, "<script>x</script> Capacitación técnica");
        using var writer = new StringWriter();
        html.WriteTo(writer, System.Text.Encodings.Web.HtmlEncoder.Default);
        Assert.Equal("&lt;script&gt;x&lt;/script&gt; <mark>Capacitaci&#xF3;n</mark> t&#xE9;cnica", writer.ToString());
    }

    [Fact]
    public void Query_terms_are_quoted_prefix_terms_for_both_providers()
    {
        var query = FullTextQuery.Parse("\"ventanilla\" única* title:x");
        Assert.Equal("\"ventanilla\"* \"única\"* \"title\"* \"x\"*", query.ToFts5());
        Assert.Equal("\"ventanilla*\" AND \"única*\" AND \"title*\" AND \"x*\"", query.ToSqlServer());
    }

    [Fact]
    public async Task Years_facet_reads_start_dates_and_practices_without_one_are_not_counted()
    {
        var page = await SearchAsync(Q());
        var years = page.Facets.Single(f => f.Facet == CatalogueFacet.Year).Counts;
        Assert.Equal(5, years.Values.Sum());
        Assert.Equal(ImplementationStatus.Pilot, page.Items.Single(i => i.Slug == "taller").Status);
    }
}
