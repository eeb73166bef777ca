using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using MirpsPractices.Core.Domain;
using MirpsPractices.Core.Features.Commitments;
using MirpsPractices.Core.Features.Workspace;
using MirpsPractices.Web.Authorization;
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
    IStringLocalizer<NetworkResource> n) : Controller
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
        var id = await commitments.CreateAsync(input.ToDraft(), actor, ct);
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
        return View(new CommitmentDetailViewModel(commitment, canUpdate, new ProgressInput { Date = commitments.Today, Status = commitment.Status }));
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
        await commitments.UpdateAsync(id, input.ToDraft(), await actors.GetAsync(User, ct), ct);
        TempData["Status"] = n["Commitment_Saved"].Value;
        return Redirect($"/workspace/commitments/{id}");
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
        await commitments.AddProgressAsync(id, input.Date!.Value, input.Text!, input.Status!.Value, await actors.GetAsync(User, ct), ct);
        TempData["Status"] = n["Progress_Saved"].Value;
        return Redirect($"/workspace/commitments/{id}#progress");
    }

    private async Task<bool> CanUpdateAsync(int id, IReadOnlyList<int> organisationIds) =>
        (await authorization.AuthorizeAsync(User, new CommitmentResource(id, organisationIds), NetworkOperations.UpdateCommitment)).Succeeded;

    private async Task<CommitmentFormViewModel> FormAsync(int? id, CommitmentInput input, CancellationToken ct) => new(
        id, input,
        await lookups.OrganisationsAsync(ct),
        await lookups.PublishedPracticesAsync(ct),
        await lookups.RecommendationsAsync(ct),
        await actors.GetAsync(User, ct));
}
