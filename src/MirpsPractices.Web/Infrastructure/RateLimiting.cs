using Microsoft.Extensions.DependencyInjection.Extensions;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace MirpsPractices.Web.Infrastructure;

/// <summary>
/// Rate limits on the endpoints that attackers hammer: sign-in, password reset and submissions. One instance counts in its
/// memory; with <c>Redis:Configuration</c> set (several instances), the counts are shared through Redis.
/// </summary>
public static class RateLimiting
{
    public const string SignIn = "sign-in";
    public const string PasswordReset = "password-reset";
    public const string Submission = "submission";

    public static IServiceCollection AddPortalRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        var signInPerMinute = configuration.GetValue("RateLimits:SignInPerMinute", 10);
        var resetPerMinute = configuration.GetValue("RateLimits:PasswordResetPerMinute", 5);
        var submissionsPerMinute = configuration.GetValue("RateLimits:SubmissionsPerMinute", 60);
        var shared = configuration.UsesRedis();
        if (shared)
        {
            services.TryAddSingleton<SharedRedisConnection>();
            services.AddSingleton<SharedRateLimitCounters>();
        }
        services.AddRateLimiter(options =>
        {
            // The status code page re-executes /error/429, a localized page.
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(SignIn, context => PerClient(context, SignIn, signInPerMinute, shared));
            options.AddPolicy(PasswordReset, context => PerClient(context, PasswordReset, resetPerMinute, shared));
            options.AddPolicy(Submission, context => PerClient(context, Submission, submissionsPerMinute, shared, context.User.Identity?.Name));
        });
        return services;
    }

    private static RateLimitPartition<string> PerClient(HttpContext context, string policy, int permitsPerMinute, bool shared, string? userName = null)
    {
        var client = userName ?? context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        var window = new FixedWindowRateLimiterOptions
        {
            PermitLimit = permitsPerMinute,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        };
        if (!shared)
        {
            return RateLimitPartition.GetFixedWindowLimiter(client, _ => window);
        }
        var counters = context.RequestServices.GetRequiredService<SharedRateLimitCounters>();
        return RateLimitPartition.Get(client, key => new SharedFixedWindowRateLimiter(counters, policy, key, window));
    }
}
