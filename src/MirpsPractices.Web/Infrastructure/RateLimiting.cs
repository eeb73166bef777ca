using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace MirpsPractices.Web.Infrastructure;

/// <summary>Rate limits on the endpoints that attackers hammer: sign-in, password reset and submissions.</summary>
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
        services.AddRateLimiter(options =>
        {
            // The status code page re-executes /error/429, a localized page.
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(SignIn, context => PerClient(context, signInPerMinute));
            options.AddPolicy(PasswordReset, context => PerClient(context, resetPerMinute));
            options.AddPolicy(Submission, context => PerClient(context, submissionsPerMinute, context.User.Identity?.Name));
        });
        return services;
    }

    private static RateLimitPartition<string> PerClient(HttpContext context, int permitsPerMinute, string? userName = null) =>
        RateLimitPartition.GetFixedWindowLimiter(
            userName ?? context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = permitsPerMinute,
                Window = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
            });
}
