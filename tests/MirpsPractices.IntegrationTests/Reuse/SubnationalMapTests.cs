using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using MirpsPractices.Core.Domain;
using MirpsPractices.IntegrationTests.Infrastructure;
using MirpsPractices.Web.Models.Catalogue;

namespace MirpsPractices.IntegrationTests.Reuse;

/// <summary>The map's second level (issue 13, item 5): a page per country with its subnational areas.</summary>
public sealed partial class SubnationalMapTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public void Every_code_of_the_list_has_a_shape_except_the_two_Natural_Earth_lacks_and_the_files_are_small()
    {
        var map = SubnationalMap.Instance;
        Assert.Equal(Country.MirpsCodes.Order(), map.Countries.Keys.Order());
        // Panamá Oeste (2014) and Naso Tjër Di (2020) are newer than Natural Earth's boundaries; each names its container.
        Assert.Equal(new Dictionary<string, string> { ["PA-10"] = "PA-8", ["PA-NT"] = "PA-1" }, map.NotInSource);
        foreach (var country in Country.MirpsCodes)
        {
            var drawn = map.Countries[country].Areas.Keys.Order().ToList();
            var expected = SubnationalAreas.OfCountry(country).Select(a => a.Code).Where(c => !map.NotInSource.ContainsKey(c)).Order().ToList();
            Assert.Equal(expected, drawn);
            Assert.All(map.Countries[country].Areas.Values, d => Assert.StartsWith("M", d));
            var bytes = map.Countries[country].Areas.Values.Sum(d => d.Length);
            Assert.True(bytes < 15_000, $"{country}: {bytes} bytes of path data");
        }
        Assert.Equal(111, map.Countries.Values.Sum(c => c.Areas.Count));
        Assert.InRange(map.Countries.Values.Sum(c => c.Areas.Values.Sum(d => d.Length)), 20_000, 80_000);
    }

    [Fact]
    public async Task Each_country_page_reached_from_the_statistics_map_has_one_named_shape_per_area_and_the_SQL_counts()
    {
        var client = factory.CreateBrowserLikeClient();
        var statistics = await client.GetStringAsync("/statistics?culture=es");
        var linked = CountryLink().Matches(statistics).Select(m => m.Groups["code"].Value).Distinct().Order().ToList();
        Assert.Equal(Country.MirpsCodes.Order(), linked);

        var expected = await factory.WithDbAsync(db => db.PracticeSubnationalAreas
            .Where(a => db.Practices.Any(p => p.Id == a.PracticeId && p.State == PracticeState.Published && p.RevisionOfId == null))
            .GroupBy(a => a.Code).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count));
        Assert.NotEmpty(expected); // the sample data names areas: some shapes are shaded links

        var links = 0;
        foreach (var country in linked)
        {
            var html = await client.GetStringAsync($"/statistics/{country}?culture=es");
            var svg = Svg().Match(html).Value;
            Assert.NotEmpty(svg);
            var shapes = Shape().Matches(svg).ToDictionary(m => m.Groups["code"].Value, m => m);
            var codes = SubnationalAreas.OfCountry(country).Select(a => a.Code).ToList();
            Assert.Equal(codes.Where(c => !SubnationalMap.Instance.NotInSource.ContainsKey(c)).Order(), shapes.Keys.Order());

            var rows = TableRow().Matches(html).ToDictionary(m => m.Groups["code"].Value, m => int.Parse(m.Groups["value"].Value, CultureInfo.InvariantCulture));
            Assert.Equal(codes.Order(), rows.Keys.Order());
            foreach (var code in codes)
            {
                var count = expected.GetValueOrDefault(code);
                Assert.Equal(count, rows[code]);
                if (!shapes.TryGetValue(code, out var shape))
                {
                    continue;
                }
                var name = SubnationalAreas.Label(code, "es");
                Assert.Equal(count == 1 ? $"{name}: 1 práctica" : $"{name}: {count} prácticas", WebUtility.HtmlDecode(shape.Groups["name"].Value));
                if (count > 0)
                {
                    Assert.Equal($"/catalogue?country={country}&adm1={code}", WebUtility.HtmlDecode(shape.Groups["href"].Value));
                    links++;
                }
                else
                {
                    Assert.Empty(shape.Groups["href"].Value); // no link to an empty result
                }
            }
            Assert.Contains("class=\"adm1-legend\"", html);
        }
        Assert.Equal(expected.Count(e => e.Value > 0 && !SubnationalMap.Instance.NotInSource.ContainsKey(e.Key)), links);

        var english = await client.GetStringAsync("/statistics/MX?culture=en");
        Assert.Contains("Mexico City", english);
        Assert.Contains("Published practices by subnational area of", english);
    }

    [Theory]
    [InlineData("XX")]
    [InlineData("US")]
    [InlineData("GTM")]
    [InlineData("%3Cscript%3E")]
    [InlineData("G%27T")]
    public async Task An_unknown_country_is_a_404(string country)
    {
        var response = await factory.CreateBrowserLikeClient().GetAsync($"/statistics/{country}");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_country_code_is_case_insensitive()
    {
        var response = await factory.CreateBrowserLikeClient().GetAsync("/statistics/gt?culture=es");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Escuintla", await response.Content.ReadAsStringAsync());
    }

    [GeneratedRegex("<a href=\"/statistics/(?<code>[A-Z]{2})\"")]
    private static partial Regex CountryLink();

    [GeneratedRegex("<svg class=\"chart chart-map chart-adm1\".*?</svg>", RegexOptions.Singleline)]
    private static partial Regex Svg();

    [GeneratedRegex("<(a href=\"(?<href>[^\"]+)\" class=\"map-area\"|g class=\"map-area map-area-empty\") data-code=\"(?<code>[A-Z]{2}-[A-Z0-9]{1,3})\"( role=\"img\" aria-label=\"[^\"]+\")?><title>(?<name>[^<]+)</title><path d=\"M[^\"]+\"")]
    private static partial Regex Shape();

    [GeneratedRegex("<tr data-code=\"(?<code>[A-Z]{2}-[A-Z0-9]{1,3})\">.*?<td class=\"text-end\">(?<value>\\d+)</td>", RegexOptions.Singleline)]
    private static partial Regex TableRow();
}
