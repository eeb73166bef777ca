using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using MirpsPractices.Core.Domain;
using MirpsPractices.Core.Features.Idempotency;
using MirpsPractices.Core.Features.Recommendations;
using MirpsPractices.Core.Features.Workspace;
using MirpsPractices.Web.Authorization;
using MirpsPractices.Web.Infrastructure;
using MirpsPractices.Web.Models.Network;
using MirpsPractices.Web.Resources;

namespace MirpsPractices.Web.Controllers;

[Route("workspace/recommendations")]
[Authorize(Policy = Policies.Workspace)]
public sealed class WorkspaceRecommendationsController(
    RecommendationService recommendations,
    WorkspaceLookups lookups,
    NetworkActorAccessor actors,
    IAuthorizationService authorization,
    TimeProvider clock,
    IdempotentCreation once,
    IStringLocalizer<NetworkResource> n,
    MirpsPractices.Core.Features.Commitments.CommitmentFreshness freshness,
    RecommendationAmendmentService amendments,
    IStringLocalizer<AmendmentResource> a) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, RecommendationLevel? level, StrategyArea? area, string? joint, bool pending, CancellationToken ct)
    {
        var group = NetworkActorAccessor.GroupOf(User);
        var filter = new RecommendationFilter(q, level, area,
            joint switch { "yes" => true, "no" => false, _ => null },
            pending ? group : null);
        var items = await recommendations.ListAsync(filter, ct);
        return View(new RecommendationListViewModel(items, q, level, area, joint, pending && group is not null, group));
    }

    [HttpGet("new")]
    [Authorize(Policy = Policies.Participant)]
    public async Task<IActionResult> Create(CancellationToken ct) =>
        View("Form", new RecommendationFormViewModel(null, new RecommendationInput { IdempotencyKey = Guid.NewGuid().ToString("N"), Language = Localization.PortalCultures.Current }, await lookups.PublishedPracticesAsync(ct)));

    [HttpPost("new")]
    [Authorize(Policy = Policies.Participant)]
    public async Task<IActionResult> Create([Bind(Prefix = "Input")] RecommendationInput input, CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return View("Form", new RecommendationFormViewModel(null, input, await lookups.PublishedPracticesAsync(ct)));
        }
        var who = HttpContext.ToAuditContext();
        var id = await once.CreateOnceAsync("recommendation", input.IdempotencyKey, who.UserId!,
            async token => (await recommendations.CreateAsync(input.ToDraft(), who, token)).ToString(CultureInfo.InvariantCulture), ct);
        TempData["Status"] = n["Recommendation_Created"].Value;
        return Redirect($"/workspace/recommendations/{id}");
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken ct)
    {
        var recommendation = await recommendations.GetAsync(id, ct);
        return recommendation is null ? NotFound() : View(await DetailsModelAsync(recommendation, new EndorseInput(), null));
    }

    [HttpGet("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        var recommendation = await recommendations.GetAsync(id, ct);
        if (recommendation is null)
        {
            return NotFound();
        }
        if (!(await authorization.AuthorizeAsync(User, recommendation, NetworkOperations.EditRecommendation)).Succeeded)
        {
            return Forbid();
        }
        return View("Form", new RecommendationFormViewModel(id, RecommendationInput.From(recommendation), await lookups.PublishedPracticesAsync(ct)));
    }

    [HttpPost("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, [Bind(Prefix = "Input")] RecommendationInput input, CancellationToken ct)
    {
        var recommendation = await recommendations.GetAsync(id, ct);
        if (recommendation is null)
        {
            return NotFound();
        }
        if (!(await authorization.AuthorizeAsync(User, recommendation, NetworkOperations.DraftRecommendation)).Succeeded)
        {
            return Forbid();
        }
        if (!recommendation.IsEditable)
        {
            // A group endorsed it while the drafter was typing: explain, and keep what they typed.
            return View("Form", new RecommendationFormViewModel(id, input, await lookups.PublishedPracticesAsync(ct), LockedMeanwhile: true));
        }
        if (!ModelState.IsValid)
        {
            return View("Form", new RecommendationFormViewModel(id, input, await lookups.PublishedPracticesAsync(ct)));
        }
        var outcome = await recommendations.UpdateAsync(id, input.ToDraft(), input.ConcurrencyStamp, HttpContext.ToAuditContext(), ct);
        switch (outcome)
        {
            case SaveOutcome.NotFound:
                return NotFound();
            case SaveOutcome.Conflict:
                // What was typed stays on the page, with the stamp it was typed against: saving again is refused again.
                return View("Form", new RecommendationFormViewModel(id, input, await lookups.PublishedPracticesAsync(ct), Conflict: true));
            case SaveOutcome.Locked:
                return View("Form", new RecommendationFormViewModel(id, input, await lookups.PublishedPracticesAsync(ct), LockedMeanwhile: true));
            default:
                TempData["Status"] = n["Recommendation_Saved"].Value;
                return Redirect($"/workspace/recommendations/{id}");
        }
    }

    [HttpPost("{id:int}/endorse")]
    [Authorize(Policy = Policies.Participant)]
    public async Task<IActionResult> Endorse(int id, [Bind(Prefix = "Endorse")] EndorseInput input, CancellationToken ct)
    {
        var recommendation = await recommendations.GetAsync(id, ct);
        if (recommendation is null)
        {
            return NotFound();
        }
        if (!ModelState.IsValid)
        {
            return View("Details", await DetailsModelAsync(recommendation, input, null));
        }
        var actor = await actors.GetAsync(User, ct);
        var outcome = await recommendations.EndorseAsync(id, actor.Group!.Value, HttpContext.ToAuditContext(), input.Comment, ct);
        TempData["Status"] = outcome switch
        {
            EndorseOutcome.BecameJoint => n["Endorsement_BecameJoint"].Value,
            EndorseOutcome.Endorsed => n["Endorsement_Recorded"].Value,
            EndorseOutcome.AlreadyEndorsed => n["Endorsement_Already"].Value,
            _ => null,
        };
        return outcome == EndorseOutcome.NotFound ? NotFound() : Redirect($"/workspace/recommendations/{id}#endorsements");
    }

    [HttpPost("{id:int}/follow-up")]
    public async Task<IActionResult> FollowUp(int id, [Bind(Prefix = "FollowUp")] FollowUpInput input, CancellationToken ct)
    {
        var recommendation = await recommendations.GetAsync(id, ct);
        if (recommendation is null)
        {
            return NotFound();
        }
        if (!ModelState.IsValid)
        {
            return View("Details", await DetailsModelAsync(recommendation, new EndorseInput(), input));
        }
        var outcome = await recommendations.FollowUpAsync(id, input.Status!.Value, input.Date, input.Note, HttpContext.ToAuditContext(), ct);
        if (outcome == SaveOutcome.Conflict)
        {
            // Saves by others kept winning the race: the note comes back as typed, with a request to send it again.
            ModelState.AddModelError("FollowUp.Note", n["Save_TryAgain"]);
            return View("Details", await DetailsModelAsync(recommendation, new EndorseInput(), input));
        }
        TempData["Status"] = outcome == SaveOutcome.Saved ? n["FollowUp_Saved"].Value : n["FollowUp_NotJoint"].Value;
        return Redirect($"/workspace/recommendations/{id}#follow-up");
    }

    [HttpPost("{id:int}/amendments")]
    [Authorize(Policy = Policies.Participant)]
    public async Task<IActionResult> ProposeAmendment(int id, [Bind(Prefix = "Amendment")] AmendmentInput input, CancellationToken ct)
    {
        var recommendation = await recommendations.GetAsync(id, ct);
        if (recommendation is null)
        {
            return NotFound();
        }
        if (ModelState.IsValid && string.Equals(input.Text?.Trim(), recommendation.Text, StringComparison.Ordinal))
        {
            ModelState.AddModelError("Amendment.Text", a["Validation_AmendmentUnchanged"]);
        }
        if (!ModelState.IsValid)
        {
            // What was typed stays in the form, next to the messages.
            return View("Details", await DetailsModelAsync(recommendation, new EndorseInput(), null, input));
        }
        var outcome = await amendments.ProposeAsync(id, input.Text!, input.Explanation!, HttpContext.ToAuditContext(), ct);
        TempData["Status"] = outcome == AmendmentOutcome.Proposed ? a["Amendment_Proposed"].Value : a["Amendment_NotDraft"].Value;
        return outcome == AmendmentOutcome.NotFound ? NotFound() : Redirect($"/workspace/recommendations/{id}#amendments");
    }

    [HttpPost("{id:int}/amendments/decide")]
    public async Task<IActionResult> DecideAmendment(int id, [Bind(Prefix = "Decide")] AmendmentDecisionInput input, CancellationToken ct)
    {
        var recommendation = await recommendations.GetAsync(id, ct);
        if (recommendation is null)
        {
            return NotFound();
        }
        if (!(await authorization.AuthorizeAsync(User, recommendation, NetworkOperations.DraftRecommendation)).Succeeded)
        {
            return Forbid();
        }
        if (!ModelState.IsValid)
        {
            return View("Details", await DetailsModelAsync(recommendation, new EndorseInput(), null, null, input));
        }
        var outcome = await amendments.DecideAsync(id, input.AmendmentId, input.Decision!.Value, input.Reason, HttpContext.ToAuditContext(), ct);
        if (outcome == AmendmentOutcome.NotFound)
        {
            return NotFound();
        }
        if (outcome == AmendmentOutcome.Stale)
        {
            // Refused with the reason on the page; the reason typed stays.
            ModelState.AddModelError("Decide.Reason", a["Amendment_StaleRefused"]);
            return View("Details", await DetailsModelAsync((await recommendations.GetAsync(id, ct))!, new EndorseInput(), null, null, input));
        }
        TempData["Status"] = outcome switch
        {
            AmendmentOutcome.Accepted => a["Amendment_AcceptedStatus", recommendation.CurrentVersion + 1].Value,
            AmendmentOutcome.Rejected => a["Amendment_RejectedStatus"].Value,
            AmendmentOutcome.AlreadyDecided => a["Amendment_AlreadyDecided"].Value,
            _ => a["Amendment_NotDraft"].Value,
        };
        return Redirect($"/workspace/recommendations/{id}#amendments");
    }

    [HttpPost("{id:int}/endorsement/confirm")]
    [Authorize(Policy = Policies.Participant)]
    public async Task<IActionResult> ConfirmEndorsement(int id, CancellationToken ct)
    {
        var group = NetworkActorAccessor.GroupOf(User);
        var outcome = await amendments.ConfirmEndorsementAsync(id, group!.Value, HttpContext.ToAuditContext(), ct);
        if (outcome == AmendmentOutcome.NotFound)
        {
            return NotFound();
        }
        TempData["Status"] = outcome == AmendmentOutcome.Confirmed ? a["Endorsement_Confirmed"].Value : a["Endorsement_NothingToConfirm"].Value;
        return Redirect($"/workspace/recommendations/{id}#endorsements");
    }

    private async Task<RecommendationDetailViewModel> DetailsModelAsync(RecommendationDetail recommendation, EndorseInput endorse, FollowUpInput? followUp,
        AmendmentInput? propose = null, AmendmentDecisionInput? decide = null)
    {
        var canEdit = (await authorization.AuthorizeAsync(User, recommendation, NetworkOperations.EditRecommendation)).Succeeded;
        var canDecide = (await authorization.AuthorizeAsync(User, recommendation, NetworkOperations.DraftRecommendation)).Succeeded;
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var (amendmentList, versions) = await amendments.HistoryAsync(recommendation.Id, recommendation.Text);
        var panel = new AmendmentPanel(amendmentList, versions,
            CanPropose: !recommendation.IsJoint && NetworkActorAccessor.GroupOf(User) is not null,
            CanDecide: canDecide && !recommendation.IsJoint,
            propose ?? new AmendmentInput { Text = recommendation.Text }, decide);
        return new RecommendationDetailViewModel(recommendation, NetworkActorAccessor.GroupOf(User), canEdit, endorse,
            followUp ?? new FollowUpInput { Status = recommendation.ImplementationStatus, Date = today }, today,
            await freshness.StaleAmongAsync(recommendation.Commitments.Select(c => c.Id)), panel);
    }
}
