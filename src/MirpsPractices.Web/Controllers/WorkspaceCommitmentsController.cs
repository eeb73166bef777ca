using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using MirpsPractices.Core.Domain;
using MirpsPractices.Core.Features.Commitments;
using MirpsPractices.Core.Features.Idempotency;
using MirpsPractices.Core.Features.Workspace;
using MirpsPractices.Web.Authorization;
using MirpsPractices.Web.Infrastructure;
using MirpsPractices.Web.Models.Network;
using MirpsPractices.Web.Resources;

namespace MirpsPractices.Web.Controllers;

/// <summary>Everyone in the workspace sees the tracker; updating a commitment is checked against its organisations.</summary>
[Route("workspace/commitments")]
[Authorize(Policy = Policies.Workspace)]
public sealed class WorkspaceCommitmentsController(
    CommitmentService commitments,
    WorkspaceLookups lookups,
    NetworkActorAccessor actors,
    IAuthorizationService authorization,
    IdempotentCreation once,
    IStringLocalizer<NetworkResource> n,
    CommitmentFreshness freshness) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? country, int? organisation, CommitmentStatus? status, bool overdue, CancellationToken ct)
    {
        var filter = new CommitmentFilter(Country.MirpsCodes.Contains(country) ? country : null, organisation, status, overdue);
        var items = await commitments.ListAsync(filter, ct);
        return View(new CommitmentListViewModel(items, filter, await lookups.OrganisationsAsync(ct), await actors.GetAsync(User, ct)));
    }

    [HttpGet("new")]
    public async Task<IActionResult> Create(CancellationToken ct)
    {
        var actor = await actors.GetAsync(User, ct);
        var input = new CommitmentInput
        {
            IdempotencyKey = Guid.NewGuid().ToString("N"),
            Status = CommitmentStatus.Planned,
            Kind = CommitmentKind.Collaboration,
            OrganisationIds = actor.OrganisationId is int own ? [own] : [],
        };
        return View("Form", await FormAsync(null, input, ct));
    }

    [HttpPost("new")]
    public async Task<IActionResult> Create([Bind(Prefix = "Input")] CommitmentInput input, CancellationToken ct)
    {
        var actor = await actors.GetAsync(User, ct);
        if (!actor.IsModerator && actor.OrganisationId is null)
        {
            // Without an organisation a participant could never update what they pledge.
            return Forbid();
        }
        if (!ModelState.IsValid)
        {
            return View("Form", await FormAsync(null, input, ct));
        }
        var id = await once.CreateOnceAsync("commitment", input.IdempotencyKey, actor.UserId,
            async token => (await commitments.CreateAsync(input.ToDraft(), actor, HttpContext.ToAuditContext(), token)).ToString(CultureInfo.InvariantCulture), ct);
        TempData["Status"] = n["Commitment_Created"].Value;
        return Redirect($"/workspace/commitments/{id}");
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken ct)
    {
        var commitment = await commitments.GetAsync(id, ct);
        if (commitment is null)
        {
            return NotFound();
        }
        var canUpdate = await CanUpdateAsync(id, commitment.OrganisationIds);
        var staleParts = await freshness.StaleAmongAsync(commitment.SubCommitments.Select(p => p.Id), ct);
        return View(new CommitmentDetailViewModel(commitment, canUpdate, new ProgressInput { Date = commitments.Today, Status = commitment.Status, Percent = commitment.Percent }, staleParts));
    }

    [HttpGet("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        var commitment = await commitments.GetAsync(id, ct);
        if (commitment is null)
        {
            return NotFound();
        }
        if (!await CanUpdateAsync(id, commitment.OrganisationIds))
        {
            return Forbid();
        }
        return View("Form", await FormAsync(id, CommitmentInput.From(commitment), ct));
    }

    [HttpPost("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, [Bind(Prefix = "Input")] CommitmentInput input, CancellationToken ct)
    {
        var organisations = await commitments.OrganisationsOfAsync(id, ct);
        if (organisations is null)
        {
            return NotFound();
        }
        if (!await CanUpdateAsync(id, organisations))
        {
            return Forbid();
        }
        if (!ModelState.IsValid)
        {
            return View("Form", await FormAsync(id, input, ct));
        }
        var outcome = await commitments.UpdateAsync(id, input.ToDraft(), input.ConcurrencyStamp, await actors.GetAsync(User, ct), HttpContext.ToAuditContext(), ct);
        return outcome switch
        {
            SaveOutcome.NotFound => NotFound(),
            SaveOutcome.Locked => Forbid(),
            // What was typed stays on the page, with the stamp it was typed against: saving again is refused again.
            SaveOutcome.Conflict => View("Form", await FormAsync(id, input, ct, conflict: true)),
            _ => SavedRedirect(n["Commitment_Saved"].Value, $"/workspace/commitments/{id}"),
        };
    }

    [HttpPost("{id:int}/progress")]
    public async Task<IActionResult> Progress(int id, [Bind(Prefix = "Progress")] ProgressInput input, CancellationToken ct)
    {
        var commitment = await commitments.GetAsync(id, ct);
        if (commitment is null)
        {
            return NotFound();
        }
        if (!await CanUpdateAsync(id, commitment.OrganisationIds))
        {
            return Forbid();
        }
        if (!ModelState.IsValid)
        {
            return View("Details", new CommitmentDetailViewModel(commitment, true, input));
        }
        var outcome = await commitments.AddProgressAsync(id, input.Date!.Value, input.Text!, input.Status!.Value, input.Percent, await actors.GetAsync(User, ct), HttpContext.ToAuditContext(), ct);
        if (outcome == SaveOutcome.Conflict)
        {
            // Saves by others kept winning the race: the note comes back as typed, with a request to send it again.
            ModelState.AddModelError("Progress.Text", n["Save_TryAgain"]);
            return View("Details", new CommitmentDetailViewModel(commitment, true, input));
        }
        return outcome switch
        {
            SaveOutcome.NotFound => NotFound(),
            SaveOutcome.Locked => Forbid(),
            _ => SavedRedirect(n["Progress_Saved"].Value, $"/workspace/commitments/{id}#progress"),
        };
    }

    private async Task<bool> CanUpdateAsync(int id, IReadOnlyList<int> organisationIds) =>
        (await authorization.AuthorizeAsync(User, new CommitmentResource(id, organisationIds), NetworkOperations.UpdateCommitment)).Succeeded;

    private RedirectResult SavedRedirect(string status, string url)
    {
        TempData["Status"] = status;
        return Redirect(url);
    }

    private async Task<CommitmentFormViewModel> FormAsync(int? id, CommitmentInput input, CancellationToken ct, bool conflict = false)
    {
        // The parts (and whether this is itself a part) come from the record, never from the posted form.
        var current = id is int existing ? await commitments.GetAsync(existing, ct) : null;
        return new(
            id, input,
            await lookups.OrganisationsAsync(ct),
            await lookups.PublishedPracticesAsync(ct),
            await lookups.RecommendationsAsync(ct),
            await actors.GetAsync(User, ct),
            conflict,
            current?.SubCommitments ?? [],
            current?.Parent is not null);
    }
}
