using Serilog.AspNetCore;
using Serilog.Events;

namespace MirpsPractices.Web.Infrastructure;

/// <summary>
/// Level of the one-line-per-request log (UseSerilogRequestLogging). Writing every successful request to the console and
/// the file at Information cost two thirds of the throughput of cached pages (docs/performance.md), so only what an
/// operator acts on is logged by default: server errors, client errors and slow requests. Successful fast requests are
/// Debug: set `Serilog:MinimumLevel:Override:Serilog.AspNetCore.RequestLoggingMiddleware` to `Debug` to see them all.
/// </summary>
public static class RequestLogging
{
    public static readonly TimeSpan SlowRequest = TimeSpan.FromSeconds(1);

    public static IServiceCollection AddPortalRequestLogging(this IServiceCollection services) =>
        services.Configure<RequestLoggingOptions>(options => options.GetLevel = Level);

    public static LogEventLevel Level(HttpContext context, double elapsedMilliseconds, Exception? exception) =>
        exception is not null || context.Response.StatusCode >= 500 ? LogEventLevel.Error
        : elapsedMilliseconds >= SlowRequest.TotalMilliseconds ? LogEventLevel.Warning
        : context.Response.StatusCode >= 400 ? LogEventLevel.Information
        : LogEventLevel.Debug;
}
