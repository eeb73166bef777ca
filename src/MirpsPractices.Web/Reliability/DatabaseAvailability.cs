namespace MirpsPractices.Web.Reliability;

/// <summary>Whether start-up could open and migrate the database; read by the health check and the 503 middleware.</summary>
public sealed class DatabaseAvailability
{
    private volatile string? _reason;

    public bool IsAvailable => _reason is null;

    /// <summary>Why the database is unavailable (exception type and message), for the health report; never shown to visitors.</summary>
    public string? Reason => _reason;

    public void MarkUnavailable(string reason) => _reason = reason;
}

/// <summary>
/// While the database could not be opened at start-up, every request but /health and the error pages gets a localized 503
/// (the status code pages re-execute /error/503) instead of an exception from the first query.
/// </summary>
public sealed class DatabaseUnavailableMiddleware(RequestDelegate next, DatabaseAvailability availability)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (availability.IsAvailable
            || context.Request.Path.StartsWithSegments("/health")
            || context.Request.Path.StartsWithSegments("/error"))
        {
            return next(context);
        }
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = "60";
        return Task.CompletedTask;
    }
}
