using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection.Extensions;
using StackExchange.Redis;

namespace MirpsPractices.Web.Infrastructure;

/// <summary>
/// Output cache and distributed cache. One instance keeps both in memory. Several instances behind one database set
/// <c>Redis:Configuration</c>: the output cache and the distributed cache then live in Redis, so an eviction by tag on one
/// instance (publishing, changing or withdrawing a practice) empties the cached catalogue of all of them (docs/operations.md).
/// </summary>
public static class CachingRegistration
{
    public const string RedisSection = "Redis";

    public static bool UsesRedis(this IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration[$"{RedisSection}:Configuration"]);

    public static IServiceCollection AddPortalCaching(this IServiceCollection services, IConfiguration configuration)
    {
        if (configuration.UsesRedis())
        {
            // One prefix per deployment, so two portals (e.g. staging and production) can share a Redis server.
            var instance = configuration[$"{RedisSection}:InstanceName"] ?? "mirps:";
            services.AddStackExchangeRedisOutputCache(options =>
            {
                options.ConfigurationOptions = RedisOptions(configuration);
                options.InstanceName = instance;
            });
            services.AddStackExchangeRedisCache(options =>
            {
                options.ConfigurationOptions = RedisOptions(configuration);
                options.InstanceName = instance;
            });
            DecorateOutputCacheStore(services);
        }
        else
        {
            services.AddDistributedMemoryCache();
        }
        services.AddOutputCache(options =>
        {
            options.AddPolicy(PublicPageCachePolicy.Name, new PublicPageCachePolicy());
            // In-memory store only: an upper bound so that crawlers walking every filter combination cannot grow the process.
            options.SizeLimit = configuration.GetValue("OutputCache:SizeLimitMegabytes", 32L) * 1024 * 1024;
        });
        // The default temp-data provider deletes its cookie on every page that reads TempData, even when the browser never
        // had one; a Set-Cookie makes the page uncacheable, so the layout's status message would disable the output cache.
        services.TryAddSingleton<CookieTempDataProvider>();
        services.Replace(ServiceDescriptor.Singleton<ITempDataProvider, QuietCookieTempDataProvider>());
        return services;
    }

    /// <summary>
    /// Never wait for an absent Redis: commands fail at once while it is unreachable (instead of queueing until a timeout)
    /// and the app keeps reconnecting in the background; <see cref="ResilientOutputCacheStore"/> turns failures into misses.
    /// </summary>
    internal static ConfigurationOptions RedisOptions(IConfiguration configuration)
    {
        var options = ConfigurationOptions.Parse(configuration[$"{RedisSection}:Configuration"]!);
        options.AbortOnConnectFail = false;
        options.BacklogPolicy = BacklogPolicy.FailFast;
        return options;
    }

    private static void DecorateOutputCacheStore(IServiceCollection services)
    {
        var registered = services.Last(d => d.ServiceType == typeof(IOutputCacheStore));
        services.Remove(registered);
        services.AddSingleton<IOutputCacheStore>(provider => new ResilientOutputCacheStore(
            (IOutputCacheStore)(registered.ImplementationInstance
                ?? registered.ImplementationFactory?.Invoke(provider)
                ?? ActivatorUtilities.CreateInstance(provider, registered.ImplementationType!)),
            provider.GetRequiredService<ILogger<ResilientOutputCacheStore>>()));
    }
}
