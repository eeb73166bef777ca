using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using MirpsPractices.Core.Catalogue;
using MirpsPractices.Core.Domain;
using MirpsPractices.IntegrationTests.Infrastructure;

namespace MirpsPractices.IntegrationTests.Catalogue;

/// <summary>The HTML pages: catalogue, practice, recommendations, organisations, statistics; caching and query counts.</summary>
public sealed partial class PublicPagesTests(CatalogueFactory factory) : IClassFixture<CatalogueFactory>
{
    private Task<int> IdAsync(string slug) => factory.WithDbAsync(db => CatalogueTestData.IdOfAsync(db, slug));

    [Theory]
    [InlineData("/catalogue?status=Ongoing&status=Completed&status=Pilot&pageSize=2&page=99", "/catalogue?status=Pilot&status=Ongoing&status=Completed&page=3&pageSize=2")]
    [InlineData("/catalogue?country=HN&page=99", "/catalogue?country=HN")]
    [InlineData("/organisations?page=99", "/organisations?page=1")]
    public async Task A_page_past_the_last_one_goes_to_the_last_one(string url, string last)
    {
        var client = factory.CreateBrowserLikeClient();

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(last, response.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(last)).StatusCode);
    }

    [Fact]
    public async Task Words_typed_on_a_page_sorted_by_default_are_ranked_by_relevance()
    {
        var client = factory.CreateBrowserLikeClient();

        // The default option has no value, so the search form sends "sort=" (the default) rather than "newest".
        var landing = await client.GetStringAsync("/catalogue?culture=es");
        Assert.Contains("<option value=\"\" selected=\"selected\">Más recientes</option>", landing);
        Assert.DoesNotContain("value=\"newest\"", landing);

        var searched = await client.GetStringAsync("/catalogue?q=capacitacion&sort=&culture=es");
        Assert.Contains("<option value=\"\" selected=\"selected\">Relevancia</option>", searched);
        Assert.Contains("<option value=\"newest\">Más recientes</option>", searched);

        var chosen = await client.GetStringAsync("/catalogue?q=capacitacion&sort=title&culture=es");
        Assert.Contains("<option value=\"title\" selected=\"selected\">Título (A–Z)</option>", chosen);
    }

    [Fact]
    public async Task Catalogue_page_shows_facets_with_counts_checked_filters_and_highlighted_results()
    {
        var client = factory.CreateBrowserLikeClient();
        var html = await client.GetStringAsync("/catalogue?q=capacitacion&country=HN&culture=es");

        Assert.Contains("<legend class=\"visually-hidden\">País</legend>", html);
        Assert.Matches(@"id=""f-country-HN"" name=""country"" value=""HN"" checked=""checked""", html);
        Assert.Matches(@"for=""f-country-MX"">\s*México <span class=""facet-count"">\(1<", html);
        Assert.Contains("<mark>Capacitación</mark> técnica", html);
        Assert.Matches(@">\s*1 práctica\s*</h2>", html);
        Assert.DoesNotContain("1 prácticas", html);
        Assert.Contains("href=\"/catalogue?q=capacitacion\"", html); // remove the HN filter
        Assert.Contains("href=\"/catalogue/feed.atom?q=capacitacion&amp;country=HN\"", html);
    }

    [Fact]
    public async Task Catalogue_page_is_in_english_with_the_same_url_state()
    {
        var client = factory.CreateBrowserLikeClient();
        var html = await client.GetStringAsync("/catalogue?area=Entrepreneurship&culture=en");
        Assert.Contains("<h1>Catalogue of good practices</h1>", html);
        Assert.Contains("Entrepreneurship", html);
        Assert.Contains("lang=\"es\">Emprendimiento de mujeres en Guatemala y El Salvador</a>", html);
    }

    [Fact]
    public async Task Hostile_titles_are_encoded_on_the_page()
    {
        var client = factory.CreateBrowserLikeClient();
        var html = await client.GetStringAsync("/catalogue?q=taller");
        Assert.DoesNotContain("<script>alert(1)</script>", html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; <mark>taller</mark>", html);
    }

    [Fact]
    public async Task Paging_marks_the_current_page_and_keeps_the_filters()
    {
        var client = factory.CreateBrowserLikeClient();
        var html = await client.GetStringAsync("/catalogue?status=Ongoing&status=Completed&status=Pilot&pageSize=2&page=2&sort=title");
        Assert.Matches(@"aria-current=""page"" href=""/catalogue\?status=Pilot&amp;status=Ongoing&amp;status=Completed&amp;sort=title&amp;page=2&amp;pageSize=2""", html);
        Assert.Contains("rel=\"next\" href=\"/catalogue?status=Pilot&amp;status=Ongoing&amp;status=Completed&amp;sort=title&amp;page=3&amp;pageSize=2\"", html);
        Assert.Contains("start=\"3\"", html);
    }

    [Fact]
    public async Task A_catalogue_page_costs_a_fixed_number_of_sql_commands_whatever_its_size()
    {
        var client = factory.CreateBrowserLikeClient();
        async Task<int> CountAsync(string url)
        {
            var before = factory.Commands.Count;
            var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return factory.Commands.Count - before;
        }

        // The first page after a change builds the in-memory catalogue index (docs/performance.md); it is not counted.
        await CountAsync($"/catalogue?n={Guid.NewGuid():N}");
        var small = await CountAsync($"/catalogue?pageSize=1&n={Guid.NewGuid():N}");
        var large = await CountAsync($"/catalogue?pageSize=50&n={Guid.NewGuid():N}");
        var text = await CountAsync($"/catalogue?q=capacitacion&country=HN&actor=CentralGovernment&n={Guid.NewGuid():N}");
        var sameWords = await CountAsync($"/catalogue?q=capacitacion&country=HN&n={Guid.NewGuid():N}");

        // Only the cards' own columns, by primary key: filters, counts, order, paging and the cards' countries, areas and
        // actor types come from the catalogue index.
        Assert.Equal(1, small);
        Assert.Equal(small, large);
        // Words add their full-text query, once: the matches are kept until the catalogue changes.
        Assert.Equal(small + 1, text);
        Assert.Equal(small, sameWords);
    }

    [Fact]
    public async Task Anonymous_pages_are_output_cached_until_the_catalogue_cache_is_evicted()
    {
        var client = factory.CreateBrowserLikeClient();
        var url = $"/catalogue?n={Guid.NewGuid():N}";
        await client.GetAsync(url);
        var before = factory.Commands.Count;
        await client.GetAsync(url);
        Assert.Equal(before, factory.Commands.Count);

        await factory.Services.GetRequiredService<IPublicCatalogueCache>().EvictAsync();
        await client.GetAsync(url);
        Assert.True(factory.Commands.Count > before, "after eviction the page is built again");
    }

    [Fact]
    public async Task Practice_page_redirects_to_its_canonical_slug()
    {
        var id = await IdAsync("capacitacion-tecnica-honduras");
        var client = factory.CreateBrowserLikeClient();
        var wrong = await client.GetAsync($"/practices/{id}/old-title");
        var none = await client.GetAsync($"/practices/{id}");
        Assert.Equal(HttpStatusCode.MovedPermanently, wrong.StatusCode);
        Assert.Equal($"/practices/{id}/capacitacion-tecnica-honduras", wrong.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.MovedPermanently, none.StatusCode);

        // The query string goes along: a link asking for English (or for the original text) still gets it.
        var english = await client.GetAsync($"/practices/{id}?culture=en&original=1");
        Assert.Equal($"/practices/{id}/capacitacion-tecnica-honduras?culture=en&original=1", english.Headers.Location?.OriginalString);
        var page = await client.GetStringAsync(english.Headers.Location!.OriginalString);
        Assert.Contains("<html lang=\"en\"", page);
    }

    [Fact]
    public async Task Practice_page_lays_out_every_section()
    {
        var id = await IdAsync("capacitacion-tecnica-honduras");
        var client = factory.CreateBrowserLikeClient();
        var html = await client.GetStringAsync($"/practices/{id}/capacitacion-tecnica-honduras?culture=es");

        Assert.Contains("<article class=\"practice\" lang=\"es\"", html);
        Assert.Contains("<h1 id=\"practice-title\">Capacitación técnica para personas refugiadas en Honduras</h1>", html);
        Assert.Contains("Lecciones aprendidas", html);
        Assert.Contains("La niñez y las familias acceden a orientación laboral.", html);
        // Organisations grouped by actor type, with their roles.
        Assert.Matches(@"Gobierno central</h3>\s*<ul class=""organisations"">\s*<li>\s*<a href=""/organisations/\d+"">Ministerio de Trabajo de Honduras</a><span> \(MTH\)</span>\s*<span class=""role"">Lidera", html);
        Assert.Contains("Mesa técnica mensual con el ministerio y la alcaldía.", html);
        Assert.Contains("<dd>340</dd>", html);
        Assert.Contains("Oficinas municipales abiertas", html);

        Assert.Contains("<a href=\"https://example.org/informe\" rel=\"noopener nofollow\"", html);
        Assert.Contains("Colón", html);
        Assert.DoesNotContain("Belmopan", html); // withdrawn replication
        Assert.Matches("<link rel=\"stylesheet\" href=\"/css/print\\.[a-z0-9]{10}\\.css\" media=\"print\"", html); // fingerprinted
    }

    [Fact]
    public async Task Criteria_met_are_listed_and_unmet_ones_are_not()
    {
        var id = await IdAsync("capacitacion-tecnica-honduras");
        var client = factory.CreateBrowserLikeClient();
        var html = await client.GetStringAsync($"/practices/{id}/capacitacion-tecnica-honduras?culture=en");
        var criteria = CriteriaPattern().Match(html).Value;
        Assert.Equal(2, Regex.Count(criteria, "<li>"));
    }

    [Fact]
    public async Task An_english_record_carries_its_language()
    {
        var id = await IdAsync("fair-recruitment-corridor");
        var client = factory.CreateBrowserLikeClient();
        var html = await client.GetStringAsync($"/practices/{id}/fair-recruitment-corridor?culture=es");
        Assert.Contains("<article class=\"practice\" lang=\"en\"", html);
        Assert.Contains("<html lang=\"es\">", html);
        // Related: shares Costa Rica with the qualification-recognition practice.
        Assert.Matches(@"Prácticas relacionadas</h2>[\s\S]*Homologación de títulos profesionales", html);
    }

    [Fact]
    public async Task A_moderator_may_read_an_unpublished_practice_that_is_404_for_everyone_else()
    {
        var id = await factory.WithDbAsync(db => Task.FromResult(db.Practices.Single(p => p.Slug == "revision").Id));
        var anonymous = factory.CreateBrowserLikeClient();
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/practices/{id}/revision")).StatusCode);

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            if (await users.FindByEmailAsync("moderator@catalogue.tests.example") is null)
            {
                var user = new ApplicationUser { UserName = "moderator@catalogue.tests.example", Email = "moderator@catalogue.tests.example", DisplayName = "Moderator" };
                Assert.True((await users.CreateAsync(user, PortalFactory.DemoPassword)).Succeeded);
                await users.AddToRoleAsync(user, Roles.Moderator);
                // Staff must use two-factor authentication (issue #5).
                await users.EnableDemoTwoFactorAsync(user);
            }
        }
        var moderator = factory.CreateBrowserLikeClient();
        Assert.Equal(HttpStatusCode.Redirect, (await moderator.SignInWithEmailAsync("moderator@catalogue.tests.example", PortalFactory.DemoPassword)).StatusCode);
        var response = await moderator.GetAsync($"/practices/{id}/revision");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("alert-warning", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Recommendations_page_lists_joint_ones_with_published_evidence()
    {
        var client = factory.CreateBrowserLikeClient();
        var html = await client.GetStringAsync("/recommendations?culture=es");
        Assert.Contains("Institucionalizar las mesas técnicas de empleo", html);
        Assert.Contains("Capacitación técnica para personas refugiadas en Honduras", html);
        Assert.DoesNotContain("Recomendación sin respaldo completo", html);
    }

    [Fact]
    public async Task Organisations_directory_shows_public_fields_and_published_practices()
    {
        var client = factory.CreateBrowserLikeClient();
        var html = await client.GetStringAsync("/organisations?country=HN&culture=es");
        Assert.Contains("Ministerio de Trabajo de Honduras", html);
        Assert.Contains("Alcaldía de San Pedro Sula", html);
        Assert.DoesNotContain("Fundación Zafiro", html);
        Assert.DoesNotContain("Organización Fantasma Propuesta", html); // not approved
        Assert.Contains("1 práctica publicada<", html);
        Assert.DoesNotContain("1 prácticas", html);

        var id = await factory.WithDbAsync(db => Task.FromResult(db.Organisations.Single(o => o.Name == "Alcaldía de San Pedro Sula").Id));
        var profile = await client.GetStringAsync($"/organisations/{id}?culture=es");
        Assert.Contains("Homologación de títulos profesionales", profile);
        Assert.Contains("Participa como: Aliado", profile);
        var ghost = await factory.WithDbAsync(db => Task.FromResult(db.Organisations.Single(o => o.Name == "Organización Fantasma Propuesta").Id));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/organisations/{ghost}")).StatusCode);
    }

    [Fact]
    public async Task Statistics_page_renders_svg_charts_with_data_tables_and_no_inline_style()
    {
        var client = factory.CreateBrowserLikeClient();
        var html = await client.GetStringAsync("/statistics?culture=es");
        Assert.Equal(5, Regex.Count(html, "<svg class=\"chart"));
        Assert.Contains("<a href=\"/catalogue?country=CR\" class=\"map-country\"><title>Costa Rica: 2 prácticas publicadas; verlas en el catálogo</title>", html);
        Assert.Equal(5, Regex.Count(html, "<table class=\"table"));
        Assert.DoesNotContain(" style=", html);
        // Coordination matrix: private sector and academia work together in one practice (P4).
        Assert.Matches(@"<th scope=""row"">Sector privado</th>(\s*<td class=""text-end"">\d+</td>){6}\s*<td class=""text-end"">1</td>", html);
    }

    [GeneratedRegex("<ul class=\"criteria\">.*?</ul>", RegexOptions.Singleline)]
    private static partial Regex CriteriaPattern();
}
