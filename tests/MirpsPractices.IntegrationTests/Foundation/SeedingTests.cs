using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using MirpsPractices.IntegrationTests.Infrastructure;
using MirpsPractices.Web.Seeding;

namespace MirpsPractices.IntegrationTests.Foundation;

public sealed class SeedingTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Seeding_twice_creates_no_duplicates()
    {
        var before = await CountsAsync();

        await StartupSeeder.SeedAsync(factory.Services, factory.Services.GetRequiredService<IConfiguration>(),
            factory.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.IWebHostEnvironment>(), NullLogger.Instance);

        var after = await CountsAsync();
        Assert.Equal(before, after);
        Assert.True(before.Practices > 0 && before.Users == 6 && before.Roles == 6, $"seeded: {before}");
    }

    private Task<(int Practices, int Organisations, int Users, int Roles, int Recommendations, int Commitments, int Sessions)> CountsAsync() =>
        factory.WithDbAsync(async db => (
            await db.Practices.CountAsync(),
            await db.Organisations.CountAsync(),
            await db.Users.CountAsync(),
            await db.Roles.CountAsync(),
            await db.Recommendations.CountAsync(),
            await db.Commitments.CountAsync(),
            await db.Sessions.CountAsync()));
}
