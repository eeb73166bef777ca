using System.Net;
using Microsoft.EntityFrameworkCore;
using MirpsPractices.Core.Domain;
using MirpsPractices.IntegrationTests.Infrastructure;
using MirpsPractices.IntegrationTests.Workflow;

namespace MirpsPractices.IntegrationTests.Reliability;

/// <summary>A create form posted twice (a double click, a browser retry after a lost connection) creates one record.</summary>
public sealed class DoubleSubmitTests(ReliabilityFactory factory) : IClassFixture<ReliabilityFactory>
{
    [Fact]
    public async Task The_same_practice_form_posted_twice_at_once_creates_one_practice()
    {
        var client = factory.CreateBrowserLikeClient();
        await client.SignInAsRoleAsync(Roles.EmploymentTeam);
        var organisation = await factory.WithDbAsync(db => db.Organisations.Where(o => o.IsApproved).Select(o => o.Id).FirstAsync());
        var token = await client.GetAntiforgeryTokenAsync("/my/practices/new");
        var title = $"Doble clic {Guid.NewGuid():N}";
        var fields = WorkflowClient.CompletePractice(title, organisation).With("Input.Intent", "save").With("__RequestVerificationToken", token);

        var responses = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => client.PostAsync("/my/practices/new", new FormUrlEncodedContent(fields))));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        Assert.Single(responses.Select(r => r.Headers.Location!.OriginalString).Distinct());
        Assert.Equal(1, await factory.WithDbAsync(db => db.Practices.CountAsync(p => p.Title == title)));
    }

    public static TheoryData<string, string, string, string> CreateForms => new()
    {
        // form page, role, title field, table
        { "/workspace/recommendations/new", Roles.EmploymentTeam, "Input.Title", "Recommendations" },
        { "/workspace/commitments/new", Roles.EmploymentTeam, "Input.Title", "Commitments" },
        { "/workspace/sessions/new", Roles.EmploymentTeam, "Input.Title", "Sessions" },
        { "/workspace/reports", Roles.EmploymentTeam, "", "ReportJobs" },
        { "/moderation/calls/new", Roles.Moderator, "Input.Theme", "CallsForPractices" },
    };

    [Theory]
    [MemberData(nameof(CreateForms))]
    public async Task A_workspace_create_form_posted_twice_creates_one_record(string page, string role, string titleField, string table)
    {
        var client = factory.CreateBrowserLikeClient();
        await client.SignInAsRoleAsync(role);
        var html = await client.GetStringAsync(page);
        var form = FormCrawler.ParseForms(page, html).Single(f => f.Action == page);
        Assert.Contains(form.Fields, f => f.Name == "Input.IdempotencyKey" && f.Value.Length == 32);
        var filled = BadInputSweepTests.Plausible(form);
        var title = $"Repetido {Guid.NewGuid():N}"[..20];
        var fields = filled.Fields.Where(f => f.Kind != FieldKind.Checkbox || f.Value.Length > 0)
            .Select(f => new KeyValuePair<string, string>(f.Name, f.Name == titleField ? title : f.Value)).ToList();
        var before = await CountAsync(table);

        var first = await client.PostAsync(page, new FormUrlEncodedContent(fields));
        var retry = await client.PostAsync(page, new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, retry.StatusCode);
        Assert.Equal(first.Headers.Location, retry.Headers.Location);
        Assert.Equal(before + 1, await CountAsync(table));
    }

    [Theory]
    [InlineData("/workspace/recommendations/new")]
    [InlineData("/workspace/commitments/new")]
    [InlineData("/workspace/sessions/new")]
    public async Task A_key_already_used_by_someone_else_creates_a_record_of_its_own(string page)
    {
        var first = factory.CreateBrowserLikeClient();
        await first.SignInAsRoleAsync(Roles.EmploymentTeam);
        var form = FormCrawler.ParseForms(page, await first.GetStringAsync(page)).Single(f => f.Action == page);
        var fields = BadInputSweepTests.Plausible(form).Fields.Where(f => f.Kind != FieldKind.Checkbox || f.Value.Length > 0)
            .Select(f => new KeyValuePair<string, string>(f.Name, f.Value)).ToList();
        var second = factory.CreateBrowserLikeClient();
        await second.SignInAsRoleAsync(Roles.LocalGovernanceTeam);
        var secondToken = await second.GetAntiforgeryTokenAsync(page);
        var secondFields = fields.Select(f => f.Key == "__RequestVerificationToken" ? new KeyValuePair<string, string>(f.Key, secondToken) : f).ToList();

        var mine = await first.PostAsync(page, new FormUrlEncodedContent(fields));
        var theirs = await second.PostAsync(page, new FormUrlEncodedContent(secondFields));

        Assert.Equal(HttpStatusCode.Redirect, mine.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, theirs.StatusCode);
        Assert.NotEqual(mine.Headers.Location, theirs.Headers.Location);
    }

    private async Task<long> CountAsync(string table) =>
        (long)(await CrashSafetyTests.ScalarAsync(factory.DatabasePath, "SELECT count(*) FROM \"" + table + "\""))!;
}
