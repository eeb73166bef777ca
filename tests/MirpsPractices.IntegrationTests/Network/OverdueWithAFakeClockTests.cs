using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Moq;
using MirpsPractices.Core.Domain;
using MirpsPractices.IntegrationTests.Infrastructure;

namespace MirpsPractices.IntegrationTests.Network;

/// <summary>The app with its clock stopped at 1 September 2025, the week after the joint session.</summary>
public sealed class FakeClockPortalFactory : PortalFactory
{
    public static readonly DateOnly Today = new(2025, 9, 1);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        var clock = new Mock<TimeProvider>();
        clock.Setup(c => c.GetUtcNow()).Returns(new DateTimeOffset(Today.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero));
        clock.Setup(c => c.LocalTimeZone).Returns(TimeZoneInfo.Utc);
        builder.ConfigureServices(services => services.Replace(ServiceDescriptor.Singleton(clock.Object)));
    }
}

public sealed class OverdueWithAFakeClockTests(FakeClockPortalFactory factory) : IClassFixture<FakeClockPortalFactory>
{
    [Fact]
    public async Task The_tracker_and_the_overview_flag_what_is_past_due_on_the_apps_clock()
    {
        var own = await factory.OrganisationOfAsync(Roles.EmploymentTeam);
        var late = await factory.AddCommitmentAsync("Mesa técnica binacional (atrasada)", own, FakeClockPortalFactory.Today.AddDays(-1));
        var onTime = await factory.AddCommitmentAsync("Feria de empleo (a tiempo)", own, FakeClockPortalFactory.Today);
        var done = await factory.AddCommitmentAsync("Guía publicada (cumplida)", own, FakeClockPortalFactory.Today.AddDays(-30), CommitmentStatus.Fulfilled);
        var client = factory.CreateBrowserLikeClient();
        await client.SignInAsRoleAsync(Roles.EmploymentTeam);

        var overdueOnly = await client.GetStringAsync($"/workspace/commitments?organisation={own}&overdue=true");
        Assert.Contains($"/workspace/commitments/{late}\"", overdueOnly);
        Assert.DoesNotContain($"/workspace/commitments/{onTime}\"", overdueOnly);
        Assert.DoesNotContain($"/workspace/commitments/{done}\"", overdueOnly);

        var lateDetails = await client.GetStringAsync($"/workspace/commitments/{late}");
        Assert.Contains("badge-overdue", lateDetails);
        Assert.DoesNotContain("badge-overdue", await client.GetStringAsync($"/workspace/commitments/{onTime}"));

        var overview = await client.GetStringAsync("/workspace");
        Assert.Contains("Mesa técnica binacional (atrasada)", overview);
        Assert.DoesNotContain("Feria de empleo (a tiempo)", overview);
    }
}
