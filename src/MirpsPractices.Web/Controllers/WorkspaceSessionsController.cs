using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using MirpsPractices.Core.Features.Idempotency;
using MirpsPractices.Core.Features.Sessions;
using MirpsPractices.Core.Features.Workspace;
using MirpsPractices.Web.Authorization;
using MirpsPractices.Web.Infrastructure;
using MirpsPractices.Web.Localization;
using MirpsPractices.Web.Models.Network;
using MirpsPractices.Web.Resources;

namespace MirpsPractices.Web.Controllers;

/// <summary>Everyone in the workspace reads sessions; moderators and the two technical teams record them.</summary>
[Route("workspace/sessions")]
[Authorize(Policy = Policies.Workspace)]
public sealed class WorkspaceSessionsController(
    SessionService sessions,
    WorkspaceLookups lookups,
    IAuthorizationService authorization,
    IdempotentCreation once,
    IStringLocalizer<NetworkResource> n,
    MirpsPractices.Core.Features.Commitments.CommitmentFreshness freshness) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) =>
        View(new SessionListViewModel(await sessions.ListAsync(upcoming: true, ct), await sessions.ListAsync(upcoming: false, ct), await CanEditAsync()));

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken ct)
    {
        var session = await sessions.GetAsync(id, ct);
        return session is null
            ? NotFound()
            : View(new SessionDetailViewModel(session, await CanEditAsync(), await freshness.StaleAmongAsync(session.Commitments.Select(c => c.Id), ct)));
    }

    [HttpGet("new")]
    [Authorize(Policy = Policies.SessionEditor)]
    public async Task<IActionResult> Create(CancellationToken ct) =>
        View("Form", await FormAsync(null, new SessionInput { IdempotencyKey = Guid.NewGuid().ToString("N"), Language = PortalCultures.Current }, ct));

    [HttpPost("new")]
    [Authorize(Policy = Policies.SessionEditor)]
    public async Task<IActionResult> Create([Bind(Prefix = "Input")] SessionInput input, CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return View("Form", await FormAsync(null, input, ct));
        }
        var who = HttpContext.ToAuditContext();
        var id = await once.CreateOnceAsync("session", input.IdempotencyKey, who.UserId!,
            async token => (await sessions.CreateAsync(input.ToDraft(), who, token)).ToString(CultureInfo.InvariantCulture), ct);
        TempData["Status"] = n["Session_Created"].Value;
        return Redirect($"/workspace/sessions/{id}");
    }

    [HttpGet("{id:int}/edit")]
    [Authorize(Policy = Policies.SessionEditor)]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        var session = await sessions.GetAsync(id, ct);
        return session is null ? NotFound() : View("Form", await FormAsync(id, SessionInput.From(session), ct));
    }

    [HttpPost("{id:int}/edit")]
    [Authorize(Policy = Policies.SessionEditor)]
    public async Task<IActionResult> Edit(int id, [Bind(Prefix = "Input")] SessionInput input, CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return await sessions.GetAsync(id, ct) is null ? NotFound() : View("Form", await FormAsync(id, input, ct));
        }
        var outcome = await sessions.UpdateAsync(id, input.ToDraft(), input.ConcurrencyStamp, HttpContext.ToAuditContext(), ct);
        switch (outcome)
        {
            case SaveOutcome.NotFound:
                return NotFound();
            case SaveOutcome.Conflict:
                // What was typed stays on the page, with the stamp it was typed against: saving again is refused again.
                return View("Form", await FormAsync(id, input, ct, conflict: true));
            default:
                TempData["Status"] = n["Session_Saved"].Value;
                return Redirect($"/workspace/sessions/{id}");
        }
    }

    private async Task<bool> CanEditAsync() => (await authorization.AuthorizeAsync(User, Policies.SessionEditor)).Succeeded;

    private async Task<SessionFormViewModel> FormAsync(int? id, SessionInput input, CancellationToken ct, bool conflict = false) => new(
        id, input,
        await lookups.OrganisationsAsync(ct),
        await lookups.PublishedPracticesAsync(ct),
        await lookups.RecommendationsAsync(ct),
        await lookups.CommitmentsAsync(ct),
        conflict);
}
