using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using MirpsPractices.Core.Domain;
using MirpsPractices.Core.Features.Attachments;
using MirpsPractices.Core.Features.Moderation;
using MirpsPractices.Core.Features.Practices;
using MirpsPractices.Web.Authorization;
using MirpsPractices.Web.Infrastructure;
using MirpsPractices.Web.Models.Practices;
using MirpsPractices.Web.Resources;
using FluentValidation;

namespace MirpsPractices.Web.Controllers;

/// <summary>A participant's own practices: list, create, edit and autosave a draft, submit, attachments, revisions.</summary>
[Route("my/practices")]
[Authorize(Policy = Policies.ParticipantOrModerator)]
public sealed class MyPracticesController(
    IAuthorizationService authorization,
    PracticeQueries queries,
    PracticeWorkflowService workflow,
    AttachmentService attachments,
    CallsService calls,
    IValidator<PracticeFormModel> validator,
    TimeProvider clock,
    IStringLocalizer<WorkflowResource> t) : WorkflowControllerBase(authorization, queries)
{
    [HttpGet("")]
    [Authorize(Policy = Policies.Participant)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(new MyPracticesViewModel(await Queries.ListMineAsync(UserId, cancellationToken), await calls.ListAsync(openOnly: true, cancellationToken)));

    [HttpGet("new")]
    [Authorize(Policy = Policies.Participant)]
    public async Task<IActionResult> New(int? callId, CancellationToken cancellationToken)
    {
        var input = new PracticeFormModel
        {
            IdempotencyKey = Guid.NewGuid().ToString("N"),
            Language = Request.HttpContext.Features.Get<Microsoft.AspNetCore.Localization.IRequestCultureFeature>()?.RequestCulture.UICulture.TwoLetterISOLanguageName == "en"
                ? RecordLanguages.English : RecordLanguages.Spanish,
            CallForPracticesId = callId,
        };
        return await FormViewAsync(input.Normalize(), null, cancellationToken);
    }

    [HttpPost("new")]
    [Authorize(Policy = Policies.Participant)]
    [EnableRateLimiting(RateLimiting.Submission)]
    public async Task<IActionResult> Create(PracticeFormModel input, CancellationToken cancellationToken)
    {
        if (AddRowRequested(input))
        {
            return await FormViewAsync(input, null, cancellationToken);
        }
        if (!Guid.TryParseExact(input.IdempotencyKey, "N", out _))
        {
            input.IdempotencyKey = Guid.NewGuid().ToString("N");
        }
        if (!ModelState.IsValid)
        {
            return WantsJson ? ValidationJson() : await FormViewAsync(input.Normalize(), null, cancellationToken);
        }
        await ProposeOrganisationIfAnyAsync(input, cancellationToken);
        var created = await workflow.CreateDraftAsync(Who, input.ToContent(), input.IdempotencyKey!, cancellationToken);
        if (!created.Succeeded)
        {
            return NotFound();
        }
        var id = created.PracticeId!.Value;
        if (created.Replayed)
        {
            // The same form posted again (double click, retry, or after an autosave created the draft): what it carries now
            // is the latest typing, so it is saved onto the draft rather than dropped. A submitted practice is left alone.
            var resaved = await workflow.SaveDraftAsync(id, Who, input.ToContent(), created.ConcurrencyStamp!.Value, null, cancellationToken);
            if (resaved.Succeeded)
            {
                created = resaved;
            }
        }
        if (WantsJson)
        {
            return Json(new { id, stamp = created.ConcurrencyStamp, editUrl = $"/my/practices/{id}/edit", draftUrl = $"/my/practices/{id}/draft" });
        }
        if (input.IsSubmit)
        {
            var submitted = await workflow.SubmitAsync(id, Who, created.ConcurrencyStamp!.Value, cancellationToken);
            if (submitted.Succeeded)
            {
                TempData["Status"] = t["Status_Submitted"].Value;
                return Redirect($"/my/practices/{id}");
            }
            if (created.Replayed && await Queries.GetAccessAsync(id, cancellationToken) is { } now && !PracticeLifecycle.IsEditableBySubmitter(now.State))
            {
                // The second click of a double click on "submit": the first one already sent it.
                SetSubmittedOrNotEditable(now.State);
                return Redirect($"/my/practices/{id}");
            }
        }
        TempData["Status"] = t["Status_DraftSaved"].Value;
        return Redirect($"/my/practices/{id}/edit");
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken cancellationToken)
    {
        var access = await Queries.GetAccessAsync(id, cancellationToken);
        if (access is null)
        {
            return NotFound();
        }
        if (!await IsAllowedAsync(access, PracticeOperations.ViewHistory))
        {
            // Someone else's practice: only its public page, once published.
            return await IsAllowedAsync(access, PracticeOperations.View) ? Redirect($"/practices/{id}") : NotFound();
        }
        var details = await Queries.GetDetailsAsync(id, cancellationToken);
        return View(new PracticeDetailsViewModel(details!, details!.SubmitterId == UserId, User.IsInRole(Roles.Moderator),
            await IsAllowedAsync(access, PracticeOperations.Edit)));
    }

    [HttpGet("{id:int}/edit")]
    [Authorize(Policy = Policies.Participant)]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var access = await AuthorizeAsync(id, PracticeOperations.Own, cancellationToken);
        if (access is null)
        {
            return NotFound();
        }
        if (!PracticeLifecycle.IsEditableBySubmitter(access.State))
        {
            return Redirect($"/my/practices/{id}");
        }
        var data = await Queries.GetForEditAsync(id, cancellationToken);
        var input = PracticeFormModel.From(data!.Content, data.ConcurrencyStamp);
        return await FormViewAsync(input.Normalize(), data, cancellationToken);
    }

    [HttpPost("{id:int}/edit")]
    [Authorize(Policy = Policies.Participant)]
    [EnableRateLimiting(RateLimiting.Submission)]
    public async Task<IActionResult> Save(int id, PracticeFormModel input, CancellationToken cancellationToken)
    {
        var access = await AuthorizeAsync(id, PracticeOperations.Own, cancellationToken);
        if (access is null)
        {
            return NotFound();
        }
        var data = await Queries.GetForEditAsync(id, cancellationToken);
        if (!await IsAllowedAsync(access, PracticeOperations.Edit))
        {
            // Submitted meanwhile (the first of a double click, another tab): the typing is shown again, never dropped.
            return await NoLongerEditableAsync(input, data!, cancellationToken);
        }
        if (AddRowRequested(input))
        {
            return await FormViewAsync(input, data, cancellationToken);
        }
        if (!ModelState.IsValid)
        {
            return await FormViewAsync(input.Normalize(), data, cancellationToken);
        }
        await ProposeOrganisationIfAnyAsync(input, cancellationToken);
        var saved = await workflow.SaveDraftAsync(id, Who, input.ToContent(), input.ConcurrencyStamp, input.AnswersById(), cancellationToken);
        if (!saved.Succeeded)
        {
            return await FailedSaveAsync(saved, input, data, cancellationToken);
        }
        if (input.IsSubmit)
        {
            var submitted = await workflow.SubmitAsync(id, Who, saved.ConcurrencyStamp!.Value, cancellationToken);
            if (!submitted.Succeeded)
            {
                return await FailedSaveAsync(submitted, input, data, cancellationToken);
            }
            TempData["Status"] = t["Status_Submitted"].Value;
            return Redirect($"/my/practices/{id}");
        }
        TempData["Status"] = t["Status_DraftSaved"].Value;
        return Redirect($"/my/practices/{id}/edit");
    }

    /// <summary>Autosave from the browser (fetch, X-CSRF-TOKEN header): saves what is typed and answers with the new stamp.</summary>
    [HttpPost("{id:int}/draft")]
    [Authorize(Policy = Policies.Participant)]
    [EnableRateLimiting(RateLimiting.Submission)]
    public async Task<IActionResult> Draft(int id, PracticeFormModel input, CancellationToken cancellationToken)
    {
        if (await AuthorizeAsync(id, PracticeOperations.Edit, cancellationToken) is null)
        {
            return NotFound(new { saved = false, message = t["Status_NotEditable"].Value });
        }
        input.Intent = PracticeFormModel.IntentSave;
        if (!ModelState.IsValid)
        {
            return ValidationJson();
        }
        var saved = await workflow.SaveDraftAsync(id, Who, input.ToContent(), input.ConcurrencyStamp, input.AnswersById(), cancellationToken);
        return AutosaveAnswer.From(this, saved, clock, time => t["Status_AutoSaved", time].Value, t["Status_Conflict"].Value, t["Status_NotEditable"].Value);
    }

    /// <summary>Submits the saved content after checking it is complete; an incomplete practice reopens in the form with every message.</summary>
    [HttpPost("{id:int}/submit")]
    [Authorize(Policy = Policies.Participant)]
    [EnableRateLimiting(RateLimiting.Submission)]
    public async Task<IActionResult> Submit(int id, Guid concurrencyStamp, CancellationToken cancellationToken)
    {
        var access = await AuthorizeAsync(id, PracticeOperations.Own, cancellationToken);
        if (access is null)
        {
            return NotFound();
        }
        if (!await IsAllowedAsync(access, PracticeOperations.Edit))
        {
            // A second click on "submit" (or a submit from another tab) finds the practice already on its way.
            SetSubmittedOrNotEditable(access.State);
            return Redirect($"/my/practices/{id}");
        }
        var data = await Queries.GetForEditAsync(id, cancellationToken);
        var input = PracticeFormModel.From(data!.Content, concurrencyStamp);
        input.Intent = PracticeFormModel.IntentSubmit;
        var validation = await validator.ValidateAsync(input, cancellationToken);
        if (!validation.IsValid)
        {
            foreach (var error in validation.Errors)
            {
                ModelState.AddModelError("Input." + error.PropertyName, error.ErrorMessage);
            }
                return await FormViewAsync(input.Normalize(), data, cancellationToken);
        }
        var submitted = await workflow.SubmitAsync(id, Who, concurrencyStamp, cancellationToken);
        if (!submitted.Succeeded)
        {
            TempData["Error"] = Message(submitted.Outcome);
            return Redirect($"/my/practices/{id}");
        }
        TempData["Status"] = t["Status_Submitted"].Value;
        return Redirect($"/my/practices/{id}");
    }

    [HttpPost("{id:int}/return-to-draft")]
    [Authorize(Policy = Policies.Participant)]
    public async Task<IActionResult> ReturnToDraft(int id, Guid concurrencyStamp, CancellationToken cancellationToken)
    {
        if (await AuthorizeAsync(id, PracticeOperations.Own, cancellationToken) is null)
        {
            return NotFound();
        }
        var result = await workflow.ReturnToDraftAsync(id, Who, concurrencyStamp, cancellationToken);
        if (!result.Succeeded)
        {
            TempData["Error"] = Message(result.Outcome);
            return Redirect($"/my/practices/{id}");
        }
        TempData["Status"] = t["Status_ReturnedToDraft"].Value;
        return Redirect($"/my/practices/{id}/edit");
    }

    [HttpPost("{id:int}/revision")]
    [Authorize(Policy = Policies.Participant)]
    [EnableRateLimiting(RateLimiting.Submission)]
    public async Task<IActionResult> StartRevision(int id, CancellationToken cancellationToken)
    {
        if (await AuthorizeAsync(id, PracticeOperations.Own, cancellationToken) is null)
        {
            return NotFound();
        }
        var result = await workflow.StartRevisionAsync(id, Who, cancellationToken);
        if (!result.Succeeded)
        {
            TempData["Error"] = Message(result.Outcome);
            return Redirect($"/my/practices/{id}");
        }
        TempData["Status"] = t["Status_RevisionStarted"].Value;
        return Redirect($"/my/practices/{result.PracticeId}/edit");
    }

    [HttpPost("{id:int}/attachments")]
    [Authorize(Policy = Policies.Participant)]
    [EnableRateLimiting(RateLimiting.Submission)]
    [RequestSizeLimit(11 * 1024 * 1024)]
    [RequestFormLimits(MultipartBodyLengthLimit = 11 * 1024 * 1024)]
    public async Task<IActionResult> Upload(int id, IFormFile? file, CancellationToken cancellationToken)
    {
        if (await AuthorizeAsync(id, PracticeOperations.Edit, cancellationToken) is null)
        {
            return NotFound();
        }
        var outcome = AttachmentOutcome.Empty;
        if (file is { Length: > FileSignatures.MaxBytes })
        {
            outcome = AttachmentOutcome.TooLarge;
        }
        else if (file is { Length: > 0 })
        {
            using var buffer = new MemoryStream((int)file.Length);
            await file.CopyToAsync(buffer, cancellationToken);
            outcome = await attachments.AddAsync(id, Who, file.FileName, buffer.ToArray(), cancellationToken);
        }
        if (outcome == AttachmentOutcome.Ok)
        {
            TempData["Status"] = t["Attachment_Added"].Value;
        }
        else
        {
            TempData["Error"] = t[$"Attachment_{outcome}"].Value;
        }
        return Redirect($"/my/practices/{id}/edit#attachments");
    }

    [HttpPost("{id:int}/attachments/{attachmentId:int}/delete")]
    [Authorize(Policy = Policies.Participant)]
    public async Task<IActionResult> DeleteAttachment(int id, int attachmentId, CancellationToken cancellationToken)
    {
        if (await AuthorizeAsync(id, PracticeOperations.Edit, cancellationToken) is null)
        {
            return NotFound();
        }
        var outcome = await attachments.RemoveAsync(id, attachmentId, Who, cancellationToken);
        if (outcome == AttachmentOutcome.NotFound)
        {
            return NotFound();
        }
        TempData["Status"] = t["Attachment_Removed"].Value;
        return Redirect($"/my/practices/{id}/edit#attachments");
    }

    /// <summary>The answers saved so far to the comments of the last review round, in the order the form shows them.</summary>
    /// <summary>The no-JavaScript "add row" buttons post the whole form back; nothing is saved, nothing is validated yet.</summary>
    private bool AddRowRequested(PracticeFormModel input)
    {
        if (input.Intent == PracticeFormModel.IntentAddBlock)
        {
            ModelState.Clear();
            input.Normalize(extraBlocks: 1);
            return true;
        }
        var (organisations, indicators, evidence) = input.Intent switch
        {
            PracticeFormModel.IntentAddOrganisation => (2, 0, 0),
            PracticeFormModel.IntentAddIndicator => (0, 2, 0),
            PracticeFormModel.IntentAddEvidence => (0, 0, 2),
            _ => (-1, -1, -1),
        };
        if (organisations < 0)
        {
            return false;
        }
        ModelState.Clear();
        input.Normalize(organisations, indicators, evidence);
        return true;
    }

    private async Task ProposeOrganisationIfAnyAsync(PracticeFormModel input, CancellationToken cancellationToken)
    {
        var proposal = input.NewOrganisation;
        if (proposal.IsEmpty || proposal.ActorType is null || proposal.CountryCode is null)
        {
            return;
        }
        var organisationId = await workflow.ProposeOrganisationAsync(Who, proposal.Name!, proposal.Acronym, proposal.ActorType.Value, proposal.CountryCode, cancellationToken);
        input.Organisations.RemoveAll(o => o.OrganisationId == organisationId);
        input.Organisations.Add(new OrganisationRowInput { OrganisationId = organisationId, Role = proposal.Role ?? ParticipationRole.Partner });
        input.NewOrganisation = new NewOrganisationInput();
    }

    private async Task<IActionResult> FailedSaveAsync(WorkflowResult result, PracticeFormModel input, PracticeEditData? data, CancellationToken cancellationToken)
    {
        if (result.Outcome == WorkflowOutcome.NotFound)
        {
            return NotFound();
        }
        return await FormViewAsync(input.Normalize(), data, cancellationToken, Message(result.Outcome));
    }

    /// <summary>
    /// The form was posted for a practice that is no longer editable. An identical "submit" is the second click of a double
    /// click: it lands on the practice. Anything else is shown again with what was typed and says why it was not saved.
    /// </summary>
    private async Task<IActionResult> NoLongerEditableAsync(PracticeFormModel input, PracticeEditData data, CancellationToken cancellationToken)
    {
        if (input.IsSubmit && data.State == PracticeState.Submitted && ModelState.IsValid
            && PracticeWorkflowService.ChangedFields(data.Content, input.ToContent().AsStored()).Count == 0)
        {
            TempData["Status"] = t["Status_Submitted"].Value;
            return Redirect($"/my/practices/{data.Id}");
        }
        ModelState.Clear();
        Response.StatusCode = StatusCodes.Status409Conflict;
        return await FormViewAsync(input.Normalize(), data, cancellationToken, t["Status_NotEditable"]);
    }

    private void SetSubmittedOrNotEditable(PracticeState state)
    {
        if (state == PracticeState.Submitted)
        {
            TempData["Status"] = t["Status_Submitted"].Value;
        }
        else
        {
            TempData["Error"] = t["Status_NotEditable"].Value;
        }
    }

    private string Message(WorkflowOutcome outcome) => outcome switch
    {
        WorkflowOutcome.Conflict => t["Status_Conflict"].Value,
        _ => t["Status_NotEditable"].Value,
    };

    private async Task<IActionResult> FormViewAsync(PracticeFormModel input, PracticeEditData? data, CancellationToken cancellationToken, string? conflict = null)
    {
        var reference = await Queries.GetFormReferenceDataAsync(UserId, input.CallForPracticesId, cancellationToken);
        return View("Form", new PracticeFormViewModel
        {
            Input = input,
            Id = data?.Id,
            State = data?.State ?? PracticeState.Draft,
            RevisionOfId = data?.RevisionOfId,
            Reference = reference,
            Comments = data?.Comments ?? [],
            Attachments = data?.Attachments ?? [],
            ConflictMessage = conflict,
        }.AddMissingAnswerRows());
    }

    private UnprocessableEntityObjectResult ValidationJson() => UnprocessableEntity(new
    {
        saved = false,
        message = t["Status_AutoSaveInvalid"].Value,
        errors = ModelState.Where(e => e.Value?.Errors.Count > 0).ToDictionary(e => e.Key, e => e.Value!.Errors.Select(x => x.ErrorMessage).ToArray()),
    });
}
