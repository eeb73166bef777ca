using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using MirpsPractices.Core.Domain;
using MirpsPractices.IntegrationTests.Infrastructure;

namespace MirpsPractices.IntegrationTests.Network;

/// <summary>
/// The public commitments dashboard, read anonymously: its data tables (by stage, by country, by type of organisation)
/// and its list give the counts that plain SQL over the database gives, with and without filters; it is cached like the
/// other public pages and refreshed when a commitment changes.
/// </summary>
public sealed partial class CommitmentDashboardTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private async Task<(string Table, string Join)> NamesAsync() => await factory.WithDbAsync(db => Task.FromResult((
        db.Model.FindEntityType(typeof(Commitment))!.GetTableName()!,
        db.Model.FindEntityType(typeof(CommitmentOrganisation))!.GetTableName()!)));

    private Task<int> SqlCountAsync(string sql) =>
        factory.WithDbAsync(db => db.Database.SqlQueryRaw<int>(sql).SingleAsync());

    [Fact]
    public async Task The_counts_are_those_of_the_database()
    {
        var (commitments, links) = await NamesAsync();
        var client = factory.CreateClient();

        var html = await client.GetStringAsync("/commitments?culture=en");

        var topLevel = $"SELECT COUNT(*) AS \"Value\" FROM \"{commitments}\" c WHERE c.\"ParentCommitmentId\" IS NULL";
        var total = await SqlCountAsync(topLevel);
        Assert.True(total > 0);
        Assert.Contains($"{total} commitments", html);
        Assert.Equal(total, Rows(html, "commitment-").Count);
        foreach (var stage in Enum.GetValues<CommitmentStatus>())
        {
            Assert.Equal(await SqlCountAsync($"{topLevel} AND c.\"Status\" = '{stage}'"), Cell(html, "stage-data", Label(stage)));
        }
        foreach (var (code, name) in new[] { ("GT", "Guatemala"), ("HN", "Honduras"), ("CR", "Costa Rica"), ("PA", "Panama") })
        {
            var sql = $"{topLevel} AND EXISTS (SELECT 1 FROM \"{links}\" l JOIN \"Organisations\" o ON o.\"Id\" = l.\"OrganisationId\" WHERE l.\"CommitmentId\" = c.\"Id\" AND o.\"CountryCode\" = '{code}')";
            Assert.Equal(await SqlCountAsync(sql), Cell(html, "country-data", name));
        }
        var localSql = $"{topLevel} AND EXISTS (SELECT 1 FROM \"{links}\" l JOIN \"Organisations\" o ON o.\"Id\" = l.\"OrganisationId\" WHERE l.\"CommitmentId\" = c.\"Id\" AND o.\"ActorType\" = 'LocalGovernment')";
        Assert.Equal(await SqlCountAsync(localSql), Cell(html, "type-data", "Local government"));
        Assert.Contains("<svg class=\"chart chart-columns\"", html);
        Assert.Equal(8, Regex.Count(Section(html, "time-data"), "<th scope=\"row\">"));
    }

    [Fact]
    public async Task Filters_narrow_the_list_and_the_counts_alike_and_bad_values_are_ignored()
    {
        var (commitments, links) = await NamesAsync();
        var client = factory.CreateClient();

        var html = await client.GetStringAsync("/commitments?country=HN&stage=InProgress&culture=en");

        var sql = $"SELECT COUNT(*) AS \"Value\" FROM \"{commitments}\" c WHERE c.\"ParentCommitmentId\" IS NULL AND c.\"Status\" = 'InProgress' AND EXISTS (SELECT 1 FROM \"{links}\" l JOIN \"Organisations\" o ON o.\"Id\" = l.\"OrganisationId\" WHERE l.\"CommitmentId\" = c.\"Id\" AND o.\"CountryCode\" = 'HN')";
        var expected = await SqlCountAsync(sql);
        Assert.Equal(expected, Rows(html, "commitment-").Count);
        Assert.Equal(expected, Cell(html, "country-data", "Honduras"));
        Assert.Equal(0, Cell(html, "stage-data", "Planned"));

        var bad = await client.GetAsync("/commitments?country=ZZ&type=%3Cscript%3E&stage=99");
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Equal(await SqlCountAsync($"SELECT COUNT(*) AS \"Value\" FROM \"{commitments}\" c WHERE c.\"ParentCommitmentId\" IS NULL"),
            Rows(await bad.Content.ReadAsStringAsync(), "commitment-").Count);
    }

    [Fact]
    public async Task A_new_commitment_appears_on_the_cached_page()
    {
        var client = factory.CreateClient();
        var before = Rows(await client.GetStringAsync("/commitments?culture=es&stage=Planned"), "commitment-").Count;
        var organisation = await factory.OrganisationOfAsync(Roles.CivilSociety);
        var member = await Security.SecurityTestSupport.SignedInAsRoleAsync(factory, Roles.CivilSociety);

        var created = await member.PostFormAsync("/workspace/commitments/new", "/workspace/commitments/new",
        [
            new("Input.IdempotencyKey", Guid.NewGuid().ToString("N")),
            new("Input.Title", "Compromiso nuevo en el tablero"),
            new("Input.Description", "Aparece en el tablero público."),
            new("Input.Kind", nameof(CommitmentKind.Collaboration)),
            new("Input.DueDate", "2030-06-30"),
            new("Input.Status", nameof(CommitmentStatus.Planned)),
            new("Input.OrganisationIds", organisation.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);

        var after = await client.GetStringAsync("/commitments?culture=es&stage=Planned");
        Assert.Equal(before + 1, Rows(after, "commitment-").Count);
        Assert.Contains("Compromiso nuevo en el tablero", after);
    }

    private static string Label(CommitmentStatus stage) => stage switch
    {
        CommitmentStatus.InProgress => "In progress",
        _ => stage.ToString(),
    };

    private static List<string> Rows(string html, string prefix) =>
        [.. Regex.Matches(html, $"<tr id=\"{prefix}(\\d+)\"").Select(m => m.Groups[1].Value)];

    private static string Section(string html, string tableId)
    {
        var start = html.IndexOf($"id=\"{tableId}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, tableId);
        return html[start..html.IndexOf("</table>", start, StringComparison.Ordinal)];
    }

    /// <summary>The number in a data table's row for <paramref name="label"/>.</summary>
    private static int Cell(string html, string tableId, string label)
    {
        var match = Regex.Match(Section(html, tableId), $"<th scope=\"row\">{Regex.Escape(label)}</th><td class=\"text-end\">(\\d+)</td>");
        Assert.True(match.Success, $"{tableId}: no row for {label}");
        return int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }
}
