using System.Net;
using Microsoft.EntityFrameworkCore;
using MirpsPractices.Core.Domain;
using MirpsPractices.IntegrationTests.Infrastructure;

namespace MirpsPractices.IntegrationTests.Network;

public sealed class ReportRequestValidationTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_report_on_a_session_that_does_not_exist_is_refused_instead_of_coming_out_empty()
    {
        var client = factory.CreateBrowserLikeClient();
        await client.SignInAsRoleAsync(Roles.EmploymentTeam);
        var userId = await factory.UserIdAsync(Roles.EmploymentTeam);
        var before = await factory.WithDbAsync(db => db.ReportJobs.CountAsync(j => j.RequestedById == userId));

        var response = await client.PostFormAsync("/workspace/reports", "/workspace/reports",
            [new("Input.ScopeKind", "session"), new("Input.SessionId", "987654")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Elija la sesión.", await response.Content.ReadAsStringAsync());
        Assert.Equal(before, await factory.WithDbAsync(db => db.ReportJobs.CountAsync(j => j.RequestedById == userId)));
    }
}
