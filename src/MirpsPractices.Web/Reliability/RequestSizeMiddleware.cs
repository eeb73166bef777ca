using Microsoft.AspNetCore.Http.Features;

namespace MirpsPractices.Web.Reliability;

/// <summary>
/// A body announced larger than the server accepts (Kestrel's MaxRequestBodySize, 12 MB) gets a localized 413 at once.
/// Without this, the antiforgery check is the first to read the form, meets Kestrel's limit and reports it as a generic 400.
/// </summary>
public sealed class RequestSizeMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var limit = context.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize;
        // The error page re-executed for this very request carries the same Content-Length: let it through.
        if (limit is long max && context.Request.ContentLength > max && !context.Request.Path.StartsWithSegments("/error"))
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            // The client is still sending: close the connection after the error page instead of draining megabytes.
            context.Response.Headers.Connection = "close";
            return Task.CompletedTask;
        }
        return next(context);
    }
}
