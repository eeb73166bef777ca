using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using MirpsPractices.Core.Auditing;
using MirpsPractices.Core.Domain;
using MirpsPractices.Core.Features.Practices;
using MirpsPractices.Core.Features.Translations;
using MirpsPractices.Web.Authorization;
using MirpsPractices.Web.Infrastructure;
using MirpsPractices.Web.Localization;
using MirpsPractices.Web.Models.Translations;
using MirpsPractices.Web.Resources;

namespace MirpsPractices.Web.Controllers;

/// <summary>
/// Translations of practices, recommendations and commitments (issue 12): the side-by-side screen with autosave, submit,
/// the moderators' review and their queue. One screen for the three record types.
/// </summary>
[Route("translations")]
[Authorize(Policy = Policies.ParticipantOrModerator)]
public sealed class TranslationsController(
    IAuthorizationService authorization,
    TranslationService translations,
    ReferenceLabels labels,
    TimeProvider clock,
    IStringLocalizer<TranslationResource> t,
    IStringLocalizer<BlockTranslationResource> blockTexts) : Controller
{
    private AuditContext Who => HttpContext.ToAuditContext();

    [HttpGet("")]
    [Authorize(Policy = Policies.Moderator)]
    public async Task<IActionResult> Queue(CancellationToken cancellationToken) =>
        View(new TranslationQueueViewModel(await translations.QueueAsync(200, cancellationToken)));

    [HttpGet("{type}/{id:int}")]
    public async Task<IActionResult> Edit(string type, int id, CancellationToken cancellationToken)
    {
        if (await AuthorizeAsync(type, id, TranslationOperations.Translate, cancellationToken) is not { } recordType)
        {
            return NotFound();
        }
        var data = await translations.GetForEditAsync(recordType, id, cancellationToken);
        return await ScreenAsync(data!, TranslationFormModel.From(data!));
    }

    [HttpPost("{type}/{id:int}")]
    [EnableRateLimiting(RateLimiting.Submission)]
    public async Task<IActionResult> Save(string type, int id, TranslationFormModel input, CancellationToken cancellationToken)
    {
        if (await AuthorizeAsync(type, id, TranslationOperations.Translate, cancellationToken) is not { } recordType)
        {
            return NotFound();
        }
        if (!ModelState.IsValid)
        {
            var invalid = await translations.GetForEditAsync(recordType, id, cancellationToken);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return await ScreenAsync(invalid!, input);
        }
        var saved = await translations.SaveAsync(recordType, id, Who, input.ToTexts(), input.ConcurrencyStamp, cancellationToken);
        if (saved.Succeeded && input.IsSubmit)
        {
            saved = await translations.SubmitAsync(recordType, id, Who, saved.ConcurrencyStamp!.Value, cancellationToken);
            if (saved.Succeeded)
            {
                TempData["Status"] = t["Status_Submitted"].Value;
                return Redirect(TranslationLinks.Edit(recordType, id));
            }
        }
        if (!saved.Succeeded)
        {
            var data = await translations.GetForEditAsync(recordType, id, cancellationToken);
            Response.StatusCode = saved.Outcome == WorkflowOutcome.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status422UnprocessableEntity;
            // What was typed is shown again with the current version stamp; nothing is dropped.
            input.ConcurrencyStamp = saved.Outcome == WorkflowOutcome.Conflict ? input.ConcurrencyStamp : data!.ConcurrencyStamp;
            return await ScreenAsync(data!, input, Message(saved.Outcome));
        }
        TempData["Status"] = t["Status_Saved"].Value;
        return Redirect(TranslationLinks.Edit(recordType, id));
    }

    /// <summary>Autosave from the browser (practice-form.js, X-CSRF-TOKEN header): saves what is typed and answers with the new stamp.</summary>
    [HttpPost("{type}/{id:int}/draft")]
    [EnableRateLimiting(RateLimiting.Submission)]
    public async Task<IActionResult> Draft(string type, int id, TranslationFormModel input, CancellationToken cancellationToken)
    {
        if (await AuthorizeAsync(type, id, TranslationOperations.Translate, cancellationToken) is not { } recordType)
        {
            return NotFound(new { saved = false, message = t["Status_NotFound"].Value });
        }
        if (!ModelState.IsValid)
        {
            return UnprocessableEntity(new { saved = false, message = t["Status_Invalid"].Value });
        }
        var saved = await translations.SaveAsync(recordType, id, Who, input.ToTexts(), input.ConcurrencyStamp, cancellationToken);
        return AutosaveAnswer.From(this, saved, clock, time => t["Status_AutoSaved", time].Value, t["Status_Conflict"].Value, t["Status_Invalid"].Value);
    }

    /// <summary>A moderator reviews the submitted translation (it becomes public) or sends it back to the translator.</summary>
    [HttpPost("{type}/{id:int}/review")]
    [Authorize(Policy = Policies.Moderator)]
    public async Task<IActionResult> Review(string type, int id, Guid concurrencyStamp, string? decision, CancellationToken cancellationToken)
    {
        if (await AuthorizeAsync(type, id, TranslationOperations.Review, cancellationToken) is not { } recordType)
        {
            return NotFound();
        }
        var back = decision == "return";
        var result = back
            ? await translations.ReturnAsync(recordType, id, Who, concurrencyStamp, cancellationToken)
            : await translations.ReviewAsync(recordType, id, Who, concurrencyStamp, cancellationToken);
        if (result.Outcome == WorkflowOutcome.NotFound)
        {
            return NotFound();
        }
        if (result.Succeeded)
        {
            TempData["Status"] = (back ? t["Status_Returned"] : t["Status_Reviewed"]).Value;
        }
        else
        {
            TempData["Error"] = Message(result.Outcome);
        }
        return Redirect(TranslationLinks.Edit(recordType, id));
    }

    private async Task<TranslatedRecordType?> AuthorizeAsync(string segment, int id, OperationAuthorizationRequirement operation, CancellationToken cancellationToken)
    {
        if (TranslationLinks.Parse(segment) is not { } type)
        {
            return null;
        }
        var access = await translations.GetAccessAsync(type, id, cancellationToken);
        if (access is null)
        {
            return null;
        }
        return (await authorization.AuthorizeAsync(User, access, operation)).Succeeded ? type : null;
    }

    private async Task<IActionResult> ScreenAsync(TranslationEditData data, TranslationFormModel input, string? message = null)
    {
        var access = new TranslationAccess(data.Original.Type, data.Original.RecordId, "", []);
        var canReview = (await authorization.AuthorizeAsync(User, access, TranslationOperations.Review)).Succeeded;
        return View("Edit", TranslationEditViewModel.Create(data, input, canReview, t, labels, blockTexts, message));
    }

    private string Message(WorkflowOutcome outcome) => outcome switch
    {
        WorkflowOutcome.Conflict => t["Status_Conflict"].Value,
        WorkflowOutcome.Invalid => t["Status_Incomplete"].Value,
        _ => t["Status_NotAllowed"].Value,
    };
}
