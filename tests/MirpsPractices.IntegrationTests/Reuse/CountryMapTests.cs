using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using MirpsPractices.Core.Domain;
using MirpsPractices.IntegrationTests.Infrastructure;
using MirpsPractices.IntegrationTests.Security;

namespace MirpsPractices.IntegrationTests.Reuse;

/// <summary>The geographic map (issue 13, item 5): the statistics page's countries and the pathways page's arrows.</summary>
public sealed partial class CountryMapTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Statistics_map_has_one_named_link_per_country_and_a_table_with_the_SQL_counts()
    {
        var html = await factory.CreateBrowserLikeClient().GetStringAsync("/statistics?culture=es");
        var svg = MapSvg().Match(html).Value;
        Assert.NotEmpty(svg);
        // Small enough for a phone: the inline SVG of seven countries and their neighbours.
        Assert.InRange(svg.Length, 3_000, 12_000);

        var shapes = CountryShape().Matches(svg).ToDictionary(m => m.Groups["code"].Value, m => m.Groups["name"].Value);
        Assert.Equal(Country.MirpsCodes.Order(), shapes.Keys.Order());

        var expected = await factory.WithDbAsync(db => db.PracticeCountries
            .Where(c => db.Practices.Any(p => p.Id == c.PracticeId && p.State == PracticeState.Published && p.RevisionOfId == null))
            .GroupBy(c => c.CountryCode).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count));
        var rows = TableRow().Matches(html).ToDictionary(m => m.Groups["code"].Value, m => (Name: m.Groups["name"].Value, Value: int.Parse(m.Groups["value"].Value, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(Country.MirpsCodes.Order(), rows.Keys.Order());
        foreach (var code in Country.MirpsCodes)
        {
            var count = expected.GetValueOrDefault(code);
            Assert.Equal(count, rows[code].Value);
            // The shape's accessible name (its link's <title>) says the country and the same number.
            Assert.StartsWith($"{rows[code].Name}: {count} práctica", shapes[code]);
        }
        Assert.Contains("Costa Rica", html);
        Assert.Contains("class=\"map-legend\"", svg);
    }

    [Fact]
    public async Task Pathways_map_draws_confirmed_pathways_and_not_unconfirmed_ones()
    {
        var confirmedPairs = await PairsAsync(PathwayState.Confirmed);
        // A proposed pathway between two published practices whose countries no confirmed pathway links yet.
        var pendingId = await factory.WithDbAsync(async db =>
        {
            var practices = await db.Practices.Where(p => p.State == PracticeState.Published && p.RevisionOfId == null)
                .OrderBy(p => p.Id).Select(p => new { p.Id, p.SubmitterId, Countries = p.Countries.Select(c => c.CountryCode).ToList() }).ToListAsync();
            var (model, target) = practices.SelectMany(a => practices.Select(b => (a, b)))
                .First(x => x.a.Id != x.b.Id && x.a.Countries.Count == 1 && x.b.Countries.Count == 1 && x.a.Countries[0] != x.b.Countries[0]
                    && !confirmedPairs.Contains($"{x.a.Countries[0]}>{x.b.Countries[0]}"));
            var pathway = ReplicationPathway.Propose(model.Id, target.Id, PathwayKind.InspiredBy, null, target.SubmitterId, DateTime.UtcNow);
            db.ReplicationPathways.Add(pathway);
            await db.SaveChangesAsync();
            return pathway.Id;
        });
        var pendingPairs = await PairsAsync(PathwayState.Proposed, pendingId);
        Assert.Single(pendingPairs);

        var anonymous = factory.CreateBrowserLikeClient();
        var before = Drawn(await anonymous.GetStringAsync("/pathways?culture=es"));
        Assert.Equal(confirmedPairs.Order(), before.Order());
        Assert.DoesNotContain(pendingPairs[0], before);

        var moderator = await factory.SignedInAsRoleAsync(Roles.Moderator);
        var confirmed = await moderator.PostFormAsync("/moderation/pathways", $"/moderation/pathways/{pendingId}/confirm", []);
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);

        var after = await anonymous.GetStringAsync("/pathways?culture=es");
        Assert.Equal(confirmedPairs.Union(pendingPairs).Order(), Drawn(after).Order());
        Assert.Contains("<table class=\"table table-sm\" id=\"pathway-flows\">", after);
        Assert.Contains("id=\"pathways-table\"", after);
        Assert.Contains("role=\"img\" aria-labelledby=\"pathway-map-title pathway-map-desc\"", after);
    }

    /// <summary>The (model country, replication country) pairs of the public pathways in <paramref name="state"/>.</summary>
    private Task<List<string>> PairsAsync(PathwayState state, int? id = null) =>
        factory.WithDbAsync(async db =>
        {
            var rows = await db.ReplicationPathways
                .Where(p => p.State == state && (id == null || p.Id == id))
                .Where(p => p.FromPractice!.State == PracticeState.Published && p.FromPractice.RevisionOfId == null)
                .Where(p => p.ToPractice == null || (p.ToPractice.State == PracticeState.Published && p.ToPractice.RevisionOfId == null))
                .Select(p => new
                {
                    From = p.FromPractice!.Countries.Select(c => c.CountryCode).ToList(),
                    To = p.ToPractice == null ? new List<string>() : p.ToPractice.Countries.Select(c => c.CountryCode).ToList(),
                    p.TargetCountryCode,
                })
                .ToListAsync();
            return rows.SelectMany(r => r.From.SelectMany(f => (r.To.Count > 0 ? r.To : r.TargetCountryCode is null ? [] : [r.TargetCountryCode]).Select(t => $"{f}>{t}")))
                .Distinct().ToList();
        });

    private static List<string> Drawn(string html) =>
        Flow().Matches(html).Select(m => $"{m.Groups["from"].Value}>{m.Groups["to"].Value}").ToList();

    [GeneratedRegex("<svg class=\"chart chart-map\".*?</svg>", RegexOptions.Singleline)]
    private static partial Regex MapSvg();

    [GeneratedRegex("<a href=\"/catalogue\\?country=(?<code>[A-Z]{2})\" class=\"map-country\"><title>(?<name>[^<]+)</title><path d=\"M[^\"]+\"")]
    private static partial Regex CountryShape();

    [GeneratedRegex("<tr><th scope=\"row\"><a href=\"/catalogue\\?country=(?<code>[A-Z]{2})\">(?<name>[^<]+)</a></th><td class=\"text-end\">(?<value>\\d+)</td></tr>")]
    private static partial Regex TableRow();

    [GeneratedRegex("<g class=\"pathway-flow\" data-from=\"(?<from>[A-Z]{2})\" data-to=\"(?<to>[A-Z]{2})\"><title>[^<]+</title><(path|circle) ")]
    private static partial Regex Flow();
}
