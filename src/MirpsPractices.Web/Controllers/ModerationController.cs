using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using MirpsPractices.Core.Features.Moderation;
using MirpsPractices.Core.Features.Practices;
using MirpsPractices.Web.Authorization;
using MirpsPractices.Web.Models.Moderation;
using MirpsPractices.Web.Resources;

namespace MirpsPractices.Web.Controllers;

/// <summary>The moderators' queue and review screen.</summary>
[Route("moderation")]
[Authorize(Policy = Policies.Moderator)]
public sealed class ModerationController(
    IAuthorizationService authorization,
    PracticeQueries queries,
    ModerationQueries moderationQueries,
    ModerationService moderation,
    CallsService calls,
    IStringLocalizer<WorkflowResource> t) : WorkflowControllerBase(authorization, queries)
{
    [HttpGet("")]
    public async Task<IActionResult> Queue([FromQuery] QueueFilterInput filter, CancellationToken cancellationToken)
    {
        var rows = await moderationQueries.QueueAsync(filter.ToFilter(), UserId, cancellationToken);
        return View(new QueueViewModel(filter, rows, await calls.ListAsync(openOnly: false, cancellationToken), UserId));
    }

    [HttpPost("practices/{id:int}/assign")]
    public async Task<IActionResult> Assign(int id, Guid concurrencyStamp, string? returnUrl, CancellationToken cancellationToken)
    {
        if (await AuthorizeAsync(id, PracticeOperations.Moderate, cancellationToken) is null)
        {
            return NotFound();
        }
        var result = await moderation.AssignToMeAsync(id, Who, concurrencyStamp, cancellationToken);
        if (result.Succeeded)
        {
            TempData["Status"] = t["Status_Assigned"].Value;
        }
        else
        {
            TempData["Error"] = t["Status_Conflict"].Value;
        }
        return Url.IsLocalUrl(returnUrl) ? LocalRedirect(returnUrl) : Redirect($"/moderation/practices/{id}");
    }

    [HttpGet("practices/{id:int}")]
    public async Task<IActionResult> Review(int id, CancellationToken cancellationToken)
    {
        if (await AuthorizeAsync(id, PracticeOperations.Moderate, cancellationToken) is null)
        {
            return NotFound();
        }
        var review = await moderationQueries.GetReviewAsync(id, cancellationToken);
        return View(new ReviewViewModel(review!, ReviewFormModel.From(review!.Practice), null, UserId));
    }

    [HttpPost("practices/{id:int}")]
    public async Task<IActionResult> Decide(int id, ReviewFormModel input, CancellationToken cancellationToken)
    {
        if (await AuthorizeAsync(id, PracticeOperations.Moderate, cancellationToken) is null)
        {
            return NotFound();
        }
        if (!ModelState.IsValid)
        {
            return await ReviewViewAsync(id, input, null, cancellationToken);
        }
        var result = await moderation.ReviewAsync(id, Who, input.ToInput(), cancellationToken);
        switch (result.Outcome)
        {
            case WorkflowOutcome.Ok:
                TempData["Status"] = t[$"Status_Decision_{input.Decision}"].Value;
                return Redirect(input.Decision == ModerationDecision.SaveReview ? $"/moderation/practices/{result.PracticeId}" : "/moderation");
            case WorkflowOutcome.NotFound:
                return NotFound();
            case WorkflowOutcome.CommentRequired:
                ModelState.AddModelError("Input." + nameof(ReviewFormModel.Comment), t["Validation_CommentRequired"]);
                return await ReviewViewAsync(id, input, null, cancellationToken);
            case WorkflowOutcome.SafeguardingRequired:
                ModelState.AddModelError("Input." + nameof(ReviewFormModel.NoPersonalDataOfDisplacedPeople), t["Validation_SafeguardingRequired"]);
                return await ReviewViewAsync(id, input, null, cancellationToken);
            case WorkflowOutcome.Conflict:
                return await ReviewViewAsync(id, input, t["Status_ModerationConflict"], cancellationToken);
            default:
                return await ReviewViewAsync(id, input, t["Status_ActionNotAllowed"], cancellationToken);
        }
    }

    /// <summary>Redisplays the review with what the moderator typed; the stamp stays the one they saw, so nothing is overwritten.</summary>
    private async Task<IActionResult> ReviewViewAsync(int id, ReviewFormModel input, string? conflict, CancellationToken cancellationToken)
    {
        var review = await moderationQueries.GetReviewAsync(id, cancellationToken);
        if (review is null)
        {
            return NotFound();
        }
        Response.StatusCode = conflict is null ? StatusCodes.Status422UnprocessableEntity : StatusCodes.Status409Conflict;
        return View("Review", new ReviewViewModel(review, input, conflict, UserId));
    }
}
