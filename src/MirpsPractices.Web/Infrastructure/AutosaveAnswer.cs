using Microsoft.AspNetCore.Mvc;
using MirpsPractices.Core.Features.Practices;

namespace MirpsPractices.Web.Infrastructure;

/// <summary>
/// The JSON answer practice-form.js expects from an autosave (the practice form's and the translation screen's):
/// the new stamp and the time on success, 409 on a concurrent change, 422 otherwise, each with a localized message.
/// </summary>
public static class AutosaveAnswer
{
    /// <param name="autosaved">The "saved at {0}" message, given the server's local time.</param>
    public static IActionResult From(Controller controller, WorkflowResult saved, TimeProvider clock, Func<string, string> autosaved, string conflict, string failed) =>
        saved.Outcome switch
        {
            // The page shows the time in the browser's own time zone from savedAt; the message (server time) is the fallback.
            WorkflowOutcome.Ok => controller.Json(new
            {
                saved = true,
                stamp = saved.ConcurrencyStamp,
                savedAt = clock.GetUtcNow(),
                message = autosaved(clock.GetLocalNow().ToString("t", System.Globalization.CultureInfo.CurrentCulture)),
            }),
            WorkflowOutcome.Conflict => controller.Conflict(new { saved = false, message = conflict }),
            _ => controller.UnprocessableEntity(new { saved = false, message = failed }),
        };
}
