using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace MirpsPractices.Web.Infrastructure;

/// <summary>
/// With secure cookies (the default outside Development) sign-in and antiforgery cookies can only be set over HTTPS: a
/// plain-HTTP request for a page would end in antiforgery's "SecurePolicy = Always, but the current request is not an SSL
/// request" 500. Such a page request (typically from a TLS proxy that sends no X-Forwarded-Proto, or one not listed as a
/// known proxy) gets a localized 400 page with a link to the HTTPS address instead, and the first one logs one warning
/// naming the settings to fix. No redirect: behind such a proxy the HTTPS address arrives as plain HTTP again, and a
/// redirect would loop. Static assets, /health and the OpenAPI document are not pages and are served as usual.
/// </summary>
public sealed class HttpsRequiredMiddleware(RequestDelegate next, IConfiguration configuration, IWebHostEnvironment environment,
    ILogger<HttpsRequiredMiddleware> logger)
{
    private readonly bool _secureCookies = IdentityRegistration.UseSecureCookies(configuration, environment);
    private int _warned;

    public Task InvokeAsync(HttpContext context)
    {
        if (!_secureCookies || context.Request.IsHttps
            || context.GetEndpoint()?.Metadata.GetMetadata<ControllerActionDescriptor>() is not { } action
            || action.ControllerTypeInfo.AsType() == typeof(Controllers.ErrorController))
        {
            return next(context);
        }
        if (Interlocked.Exchange(ref _warned, 1) == 0)
        {
            logger.LogWarning(
                "Plain-HTTP request for {RequestPath} answered with the secure-connection page: Security:SecureCookies is on, so sign-in and antiforgery cookies need HTTPS. "
                + "If TLS ends at a reverse proxy, make it send X-Forwarded-Proto and list its address in ForwardedHeaders:KnownProxies or ForwardedHeaders:KnownNetworks; "
                + "otherwise serve the portal over HTTPS. This warning is logged once per process.",
                context.Request.Path.Value);
        }
        return ShowAsync(context);
    }

    private static Task ShowAsync(HttpContext context)
    {
        var request = context.Request;
        var secureUrl = $"https://{request.Host}{request.PathBase}{request.Path}{request.QueryString}";
        var result = new ViewResult
        {
            ViewName = "~/Views/Error/HttpsRequired.cshtml",
            StatusCode = StatusCodes.Status400BadRequest,
            ViewData = new ViewDataDictionary<string>(new EmptyModelMetadataProvider(), new ModelStateDictionary()) { Model = secureUrl },
        };
        return result.ExecuteResultAsync(new ActionContext(context, context.GetRouteData(), new ActionDescriptor()));
    }
}
