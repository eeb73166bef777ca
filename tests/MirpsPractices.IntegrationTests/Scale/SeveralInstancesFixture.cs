using MirpsPractices.IntegrationTests.Infrastructure;

namespace MirpsPractices.IntegrationTests.Scale;

/// <summary>One instance of the portal, configured like a node of a farm: the shared SQLite file and the shared Redis.</summary>
public sealed class InstanceFactory(string databasePath, string redisConfiguration, IReadOnlyDictionary<string, string?>? moreSettings = null) : PortalFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>(moreSettings ?? new Dictionary<string, string?>())
    {
        ["ConnectionStrings:Sqlite"] = $"Data Source={databasePath}",
        ["Redis:Configuration"] = redisConfiguration,
        // A fresh prefix per test run: nothing cached by an earlier run can answer.
        ["Redis:InstanceName"] = $"mirps-test-{Path.GetFileNameWithoutExtension(databasePath)}:",
    };
}

/// <summary>Two portal instances, A and B, on one database and one Redis server (issue #7, several instances).</summary>
public sealed class SeveralInstancesFixture : IAsyncLifetime
{
    private RedisServer? _redis;

    public string DatabasePath { get; } = Path.Combine(Path.GetTempPath(), "mirps-tests", $"shared-{Guid.NewGuid():N}.db");
    public InstanceFactory A { get; private set; } = null!;
    public InstanceFactory B { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(DatabasePath)!);
        _redis = await RedisServer.StartAsync();
        A = new InstanceFactory(DatabasePath, _redis.Configuration);
        // A migrates and seeds first; B then starts on the ready database, as a second node joining a farm would.
        _ = A.Services;
        B = new InstanceFactory(DatabasePath, _redis.Configuration);
        _ = B.Services;
    }

    public async Task DisposeAsync()
    {
        await A.DisposeAsync();
        await B.DisposeAsync();
        if (_redis is not null)
        {
            await _redis.DisposeAsync();
        }
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            try
            {
                File.Delete(DatabasePath + suffix);
            }
            catch (IOException)
            {
                // A pooled connection may still hold the file; the temp folder is disposable.
            }
        }
    }
}
