using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using MirpsPractices.Core.Features.Administration;
using MirpsPractices.Web.Authorization;
using MirpsPractices.Web.Infrastructure;
using MirpsPractices.Web.Models.Admin;
using MirpsPractices.Web.Resources;

namespace MirpsPractices.Web.Controllers;

/// <summary>Organisations: create, edit, approve those proposed by submitters, merge duplicates.</summary>
[Route("admin/organisations")]
[Authorize(Policy = Policies.Administrator)]
public sealed class AdminOrganisationsController(
    OrganisationAdministration organisations,
    AdministrationQueries queries,
    UserAdministration users,
    IStringLocalizer<AdminResource> localizer) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(bool pending, CancellationToken cancellationToken) =>
        View(new OrganisationsViewModel(await organisations.ListAsync(pending, cancellationToken), pending));

    [HttpGet("new")]
    public async Task<IActionResult> Create(CancellationToken cancellationToken) =>
        View("Edit", await FormAsync(null, new OrganisationInputModel(), true, null, cancellationToken));

    [HttpPost("new")]
    public async Task<IActionResult> Create(OrganisationInputModel input, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return View("Edit", await FormAsync(null, input, true, null, cancellationToken));
        }
        await organisations.CreateAsync(ToData(input), HttpContext.ToAuditContext(), cancellationToken);
        TempData["Status"] = localizer["Organisations_Created"].Value;
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var organisation = await organisations.GetAsync(id, cancellationToken);
        if (organisation is null)
        {
            return NotFound();
        }
        var d = organisation.Data;
        var input = new OrganisationInputModel
        {
            Name = d.Name, Acronym = d.Acronym, ActorType = d.ActorType, CountryCode = d.CountryCode,
            IsDialogueMechanismMember = d.IsDialogueMechanismMember, Website = d.Website,
        };
        return View(await FormAsync(id, input, organisation.IsApproved, organisation.MergedIntoId, cancellationToken));
    }

    [HttpPost("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, OrganisationInputModel input, CancellationToken cancellationToken)
    {
        var organisation = await organisations.GetAsync(id, cancellationToken);
        if (organisation is null)
        {
            return NotFound();
        }
        if (!ModelState.IsValid)
        {
            return View(await FormAsync(id, input, organisation.IsApproved, organisation.MergedIntoId, cancellationToken));
        }
        await organisations.UpdateAsync(id, ToData(input), HttpContext.ToAuditContext(), cancellationToken);
        TempData["Status"] = localizer["Organisations_Saved"].Value;
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("{id:int}/approve")]
    public async Task<IActionResult> Approve(int id, CancellationToken cancellationToken)
    {
        if (!await organisations.ApproveAsync(id, HttpContext.ToAuditContext(), cancellationToken))
        {
            return NotFound();
        }
        TempData["Status"] = localizer["Organisations_Approved"].Value;
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("{id:int}/merge")]
    public async Task<IActionResult> Merge(int id, CancellationToken cancellationToken)
    {
        var model = await MergeModelAsync(id, new MergeOrganisationInputModel(), cancellationToken);
        return model is null ? NotFound() : View(model);
    }

    [HttpPost("{id:int}/merge")]
    public async Task<IActionResult> Merge(int id, MergeOrganisationInputModel input, CancellationToken cancellationToken)
    {
        var model = await MergeModelAsync(id, input, cancellationToken);
        if (model is null)
        {
            return NotFound();
        }
        if (!ModelState.IsValid)
        {
            return View(model);
        }
        var result = await organisations.MergeAsync(id, input.SurvivorId!.Value, HttpContext.ToAuditContext(), cancellationToken);
        if (result != MergeResult.Merged)
        {
            ModelState.AddModelError(nameof(input.SurvivorId), localizer[$"Merge_{result}"]);
            return View(model);
        }
        TempData["Status"] = localizer["Organisations_Merged"].Value;
        return RedirectToAction(nameof(Index));
    }

    private async Task<MergeOrganisationViewModel?> MergeModelAsync(int id, MergeOrganisationInputModel input, CancellationToken cancellationToken)
    {
        var organisation = await organisations.GetAsync(id, cancellationToken);
        if (organisation is null || organisation.MergedIntoId is not null)
        {
            return null;
        }
        var survivors = (await users.OrganisationOptionsAsync(cancellationToken)).Where(o => o.Id != id).ToList();
        return new MergeOrganisationViewModel(id, organisation.Data.Name, survivors, input);
    }

    private async Task<OrganisationFormViewModel> FormAsync(int? id, OrganisationInputModel input, bool isApproved, int? mergedIntoId, CancellationToken cancellationToken) =>
        new(id, input, await queries.CountryCodesAsync(cancellationToken), isApproved, mergedIntoId);

    private static OrganisationData ToData(OrganisationInputModel input) =>
        new(input.Name!, input.Acronym, input.ActorType!.Value, input.CountryCode!, input.IsDialogueMechanismMember, input.Website);
}
