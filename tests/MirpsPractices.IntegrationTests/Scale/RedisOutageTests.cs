using System.Net;
using Microsoft.Extensions.DependencyInjection;
using MirpsPractices.Core.Catalogue;

namespace MirpsPractices.IntegrationTests.Scale;

/// <summary>An unreachable Redis costs the shared cache, never a page.</summary>
public sealed class RedisOutageTests : IAsyncLifetime
{
    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), "mirps-tests", $"outage-{Guid.NewGuid():N}.db");
    private InstanceFactory _portal = null!;

    public Task InitializeAsync()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_databasePath)!);
        // Nothing listens on this port: Redis is down for the whole test.
        _portal = new InstanceFactory(_databasePath, $"127.0.0.1:{RedisServer.FreePort()},connectTimeout=500");
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _portal.DisposeAsync();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(_databasePath + suffix);
        }
    }

    [Fact]
    public async Task Public_pages_are_served_and_publishing_still_evicts_without_error_when_Redis_is_down()
    {
        var client = _portal.CreateBrowserLikeClient();

        var first = await client.GetAsync("/");
        var second = await client.GetAsync("/");
        await _portal.Services.GetRequiredService<IPublicCatalogueCache>().EvictAsync();
        var health = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Null(second.Headers.Age);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }
}
