using System.Diagnostics;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using MirpsPractices.Web.Models;

namespace MirpsPractices.Web.Controllers;

/// <summary>Localized error pages in the site's layout, re-executed for status codes and unhandled exceptions.</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class ErrorController(ILogger<ErrorController> logger) : Controller
{
    // No parameters on purpose: an error page re-executed for a POST must not bind (and so read) the request body that may be
    // the very reason for the error (too large, malformed); the status code comes straight from the route.
    [Route("/error/{statusCode:int}")]
    public IActionResult Status()
    {
        var statusCode = int.Parse((string)RouteData.Values["statusCode"]!, System.Globalization.CultureInfo.InvariantCulture);
        var correlationId = Activity.Current?.TraceId.ToString() ?? HttpContext.TraceIdentifier;
        if (statusCode >= 500)
        {
            var exception = HttpContext.Features.Get<IExceptionHandlerFeature>()?.Error;
            if (exception is not null)
            {
                logger.LogError(exception, "Unhandled exception, correlation id {CorrelationId}", correlationId);
            }
        }
        Response.StatusCode = statusCode is >= 400 and < 600 ? statusCode : 500;
        var view = statusCode switch
        {
            404 => "NotFound",
            400 => "BadRequest",
            429 => "TooManyRequests",
            413 => "TooLarge",
            415 => "UnsupportedMediaType",
            503 => "Unavailable",
            _ => "Error",
        };
        return View(view, new ErrorViewModel(Response.StatusCode, correlationId));
    }
}
