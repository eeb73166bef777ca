using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Localization;
using MirpsPractices.Core.Features.Practices;
using MirpsPractices.Core.Features.Reuse;
using MirpsPractices.Web.Authorization;
using MirpsPractices.Web.Infrastructure;
using MirpsPractices.Web.Models.Reuse;
using MirpsPractices.Web.Resources;

namespace MirpsPractices.Web.Controllers;

/// <summary>
/// Replication pathways (issue 13, item 2): the submitter proposes one on their practice, a moderator confirms or rejects it,
/// and the public sees the confirmed ones on both practice pages and on /pathways.
/// </summary>
[Authorize(Policy = Policies.ParticipantOrModerator)]
public sealed class PathwaysController(
    IAuthorizationService authorization,
    PracticeQueries queries,
    PathwayService pathways,
    IStringLocalizer<PathwayResource> p) : WorkflowControllerBase(authorization, queries)
{
    [HttpGet("/pathways")]
    [AllowAnonymous]
    [OutputCache(PolicyName = PublicPageCachePolicy.Name)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(PublicPathwaysViewModel.From(await pathways.ConfirmedAsync(cancellationToken)));

    [HttpPost("/my/practices/{id:int}/pathways")]
    public async Task<IActionResult> Propose(int id, PathwayProposalInput input, CancellationToken cancellationToken)
    {
        // Only the practice's own submitter (or a moderator) says where it came from.
        if (await AuthorizeAsync(id, PracticeOperations.ViewHistory, cancellationToken) is null)
        {
            return NotFound();
        }
        if (!ModelState.IsValid)
        {
            TempData["Error"] = string.Join(" ", ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage));
            return Redirect($"/my/practices/{id}#pathways");
        }
        var outcome = await pathways.ProposeAsync(id, input.FromPracticeId!.Value, input.Kind!.Value, input.Note, Who, cancellationToken);
        if (outcome == PathwayOutcome.Done)
        {
            TempData["Status"] = p["Pathway_Proposed"].Value;
        }
        else
        {
            TempData["Error"] = p[outcome == PathwayOutcome.Duplicate ? "Pathway_Duplicate" : "Pathway_Invalid"].Value;
        }
        return Redirect($"/my/practices/{id}#pathways");
    }

    [HttpGet("/moderation/pathways")]
    [Authorize(Policy = Policies.Moderator)]
    public async Task<IActionResult> Pending(CancellationToken cancellationToken) =>
        View(new PendingPathwaysViewModel(await pathways.PendingAsync(cancellationToken)));

    [HttpPost("/moderation/pathways/{id:int}/confirm")]
    [Authorize(Policy = Policies.Moderator)]
    public Task<IActionResult> Confirm(int id, CancellationToken cancellationToken) =>
        ReviewAsync(id, pathways.ConfirmAsync, "Pathway_Confirmed", cancellationToken);

    [HttpPost("/moderation/pathways/{id:int}/reject")]
    [Authorize(Policy = Policies.Moderator)]
    public Task<IActionResult> Reject(int id, CancellationToken cancellationToken) =>
        ReviewAsync(id, pathways.RejectAsync, "Pathway_Rejected", cancellationToken);

    private async Task<IActionResult> ReviewAsync(int id, Func<int, Core.Auditing.AuditContext, CancellationToken, Task<PathwayOutcome>> review, string done, CancellationToken cancellationToken)
    {
        var outcome = await review(id, Who, cancellationToken);
        if (outcome == PathwayOutcome.NotFound)
        {
            return NotFound();
        }
        TempData[outcome == PathwayOutcome.Done ? "Status" : "Error"] = p[outcome == PathwayOutcome.Done ? done : "Pathway_AlreadyReviewed"].Value;
        return Redirect("/moderation/pathways");
    }
}
