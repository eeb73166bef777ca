using StackExchange.Redis;

namespace MirpsPractices.Web.Infrastructure;

/// <summary>
/// The one connection of this instance to the shared Redis for the features that talk to it directly (shared rate limits,
/// reminder locks), opened on first use. The caches open their own through their packages.
/// </summary>
public sealed class SharedRedisConnection(IConfiguration configuration) : IAsyncDisposable
{
    private readonly SemaphoreSlim _connecting = new(1, 1);
    private ConnectionMultiplexer? _connection;

    /// <summary>The key prefix of this deployment (<c>Redis:InstanceName</c>).</summary>
    public string Prefix { get; } = configuration[$"{CachingRegistration.RedisSection}:InstanceName"] ?? "mirps:";

    public async Task<IDatabase> DatabaseAsync()
    {
        if (_connection is { } connected)
        {
            return connected.GetDatabase();
        }
        await _connecting.WaitAsync();
        try
        {
            _connection ??= await ConnectionMultiplexer.ConnectAsync(CachingRegistration.RedisOptions(configuration));
            return _connection.GetDatabase();
        }
        finally
        {
            _connecting.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }
        _connecting.Dispose();
    }
}
