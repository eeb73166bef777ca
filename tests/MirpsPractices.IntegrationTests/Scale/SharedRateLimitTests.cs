using System.Net;
using MirpsPractices.IntegrationTests.Infrastructure;

namespace MirpsPractices.IntegrationTests.Scale;

/// <summary>
/// With several instances, a client's sign-in attempts are counted once for the whole site (in Redis), so spreading them
/// over the instances behind the load balancer does not multiply the allowance; without Redis each instance still counts.
/// </summary>
public sealed class SharedRateLimitTests : IAsyncLifetime
{
    private const int SignInPerMinute = 3;
    private static readonly Dictionary<string, string?> Limits = new() { ["RateLimits:SignInPerMinute"] = $"{SignInPerMinute}" };
    private readonly List<string> _databases = [];
    private readonly List<InstanceFactory> _instances = [];
    private RedisServer _redis = null!;

    public async Task InitializeAsync() => _redis = await RedisServer.StartAsync();

    [Fact]
    public async Task Attempts_spread_over_two_instances_share_one_allowance()
    {
        var database = NewDatabase();
        var a = Start(database, _redis.Configuration);
        var b = Start(database, _redis.Configuration);
        var onA = a.CreateBrowserLikeClient();
        var onB = b.CreateBrowserLikeClient();

        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < SignInPerMinute + 1; attempt++)
        {
            var client = attempt % 2 == 0 ? onA : onB;
            statuses.Add((await client.SignInWithEmailAsync("spread.attempts@example.org", "not the password", authenticatorKey: null)).StatusCode);
        }

        // Two on each instance, within each instance's own allowance of three: only the shared count refuses the fourth.
        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, statuses.Take(SignInPerMinute));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
    }

    [Fact]
    public async Task With_Redis_down_each_instance_still_limits_and_nothing_fails()
    {
        var portal = Start(NewDatabase(), $"127.0.0.1:{RedisServer.FreePort()},connectTimeout=500");
        var client = portal.CreateBrowserLikeClient();

        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < SignInPerMinute + 1; attempt++)
        {
            statuses.Add((await client.SignInWithEmailAsync("redis.down@example.org", "not the password", authenticatorKey: null)).StatusCode);
        }

        Assert.DoesNotContain(statuses.Take(SignInPerMinute), s => s is HttpStatusCode.TooManyRequests || (int)s >= 500);
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
    }

    private string NewDatabase()
    {
        var path = Path.Combine(Path.GetTempPath(), "mirps-tests", $"ratelimit-{Guid.NewGuid():N}.db");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        _databases.Add(path);
        return path;
    }

    /// <summary>An instance on <paramref name="database"/>, started (and, for the first, migrated and seeded) before it returns.</summary>
    private InstanceFactory Start(string database, string redis)
    {
        var instance = new InstanceFactory(database, redis, Limits);
        _ = instance.Services;
        _instances.Add(instance);
        return instance;
    }

    public async Task DisposeAsync()
    {
        foreach (var instance in _instances)
        {
            await instance.DisposeAsync();
        }
        await _redis.DisposeAsync();
        foreach (var path in _databases.SelectMany(d => new[] { d, d + "-wal", d + "-shm" }))
        {
            try
            {
                File.Delete(path);
            }
            catch (IOException)
            {
                // A pooled connection may still hold the file; the temp folder is disposable.
            }
        }
    }
}
