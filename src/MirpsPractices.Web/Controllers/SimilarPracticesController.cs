using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using MirpsPractices.Core.Features.Reuse;
using MirpsPractices.Web.Authorization;
using MirpsPractices.Web.Models.Reuse;

namespace MirpsPractices.Web.Controllers;

/// <summary>The practice form's "similar published practices" list, refreshed while a title and summary are typed.</summary>
[Authorize(Policy = Policies.ParticipantOrModerator)]
public sealed class SimilarPracticesController(SimilarPractices similar) : Controller
{
    [HttpGet(SimilarPracticesViewModel.EndpointUrl)]
    public async Task<IActionResult> Index([FromQuery] SimilarPracticesInput input, CancellationToken cancellationToken)
    {
        // SimilarPracticesInputValidator runs on binding (FluentValidation auto-validation).
        if (!ModelState.IsValid)
        {
            return BadRequest();
        }
        // Only published practices are ever listed, so the id (the caller's own draft) only narrows the answer.
        var exclude = await similar.SelfAndOriginalAsync(input.Id, cancellationToken);
        var practices = await similar.FindAsync(input.Title, input.Summary, exclude, cancellationToken);
        Response.Headers.CacheControl = "no-store";
        var hasText = !string.IsNullOrWhiteSpace(input.Title) || !string.IsNullOrWhiteSpace(input.Summary);
        return PartialView("_SimilarPracticesList", new SimilarPracticesViewModel(practices, true, input.Id, hasText));
    }
}
