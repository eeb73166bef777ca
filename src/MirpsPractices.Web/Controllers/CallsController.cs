using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using MirpsPractices.Core.Features.Idempotency;
using MirpsPractices.Core.Features.Moderation;
using MirpsPractices.Core.Features.Practices;
using MirpsPractices.Core.Features.Workspace;
using MirpsPractices.Web.Authorization;
using MirpsPractices.Web.Models.Moderation;
using MirpsPractices.Web.Resources;

namespace MirpsPractices.Web.Controllers;

/// <summary>Calls for practices, opened and maintained by moderators.</summary>
[Route("moderation/calls")]
[Authorize(Policy = Policies.Moderator)]
public sealed class CallsController(
    IAuthorizationService authorization,
    PracticeQueries queries,
    CallsService calls,
    IdempotentCreation once,
    IStringLocalizer<WorkflowResource> t) : WorkflowControllerBase(authorization, queries)
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(new CallsViewModel(await calls.ListAsync(openOnly: false, cancellationToken)));

    [HttpGet("new")]
    public async Task<IActionResult> New(CancellationToken cancellationToken) =>
        View("Form", new CallFormViewModel(null, new CallFormModel { IdempotencyKey = Guid.NewGuid().ToString("N") }, await calls.SessionsAsync(cancellationToken)));

    [HttpPost("new")]
    public async Task<IActionResult> Create(CallFormModel input, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return View("Form", new CallFormViewModel(null, input, await calls.SessionsAsync(cancellationToken)));
        }
        await once.CreateOnceAsync("call", input.IdempotencyKey, UserId,
            async token => (await calls.CreateAsync(Who, input.ToInput(), token)).ToString(System.Globalization.CultureInfo.InvariantCulture), cancellationToken);
        TempData["Status"] = t["Calls_Saved"].Value;
        return Redirect("/moderation/calls");
    }

    [HttpGet("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var call = await calls.GetAsync(id, cancellationToken);
        return call is null ? NotFound() : View("Form", new CallFormViewModel(id, CallFormModel.From(call), await calls.SessionsAsync(cancellationToken)));
    }

    [HttpPost("{id:int}/edit")]
    public async Task<IActionResult> Update(int id, CallFormModel input, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return View("Form", new CallFormViewModel(id, input, await calls.SessionsAsync(cancellationToken)));
        }
        switch (await calls.UpdateAsync(id, Who, input.ToInput(), input.ConcurrencyStamp, cancellationToken))
        {
            case SaveOutcome.NotFound:
                return NotFound();
            case SaveOutcome.Conflict:
                // What was typed stays on the page, with the stamp it was typed against: saving again is refused again.
                return View("Form", new CallFormViewModel(id, input, await calls.SessionsAsync(cancellationToken), Conflict: true));
            default:
                TempData["Status"] = t["Calls_Saved"].Value;
                return Redirect("/moderation/calls");
        }
    }

    [HttpPost("{id:int}/delete")]
    public async Task<IActionResult> Delete(int id, CancellationToken cancellationToken)
    {
        if (!await calls.DeleteAsync(id, Who, cancellationToken))
        {
            return NotFound();
        }
        TempData["Status"] = t["Calls_Deleted"].Value;
        return Redirect("/moderation/calls");
    }
}
