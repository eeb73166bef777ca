using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using MirpsPractices.Core.Features.Administration;
using MirpsPractices.Web.Authorization;
using MirpsPractices.Web.Infrastructure;
using MirpsPractices.Web.Localization;
using MirpsPractices.Web.Models.Admin;
using MirpsPractices.Web.Resources;

namespace MirpsPractices.Web.Controllers;

/// <summary>Accounts: invite, roles and organisation, lock, unlock, deactivate, reactivate.</summary>
[Route("admin/users")]
[Authorize(Policy = Policies.Administrator)]
public sealed class AdminUsersController(UserAdministration users, AccountEmails emails, IStringLocalizer<AdminResource> localizer) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, CancellationToken cancellationToken) =>
        View(new UsersViewModel(await users.ListAsync(q, cancellationToken), q));

    [HttpGet("invite")]
    public async Task<IActionResult> Invite(CancellationToken cancellationToken) =>
        // The invitee's e-mail language starts as the language the administrator is reading in; the form can change it.
        View(new InviteUserViewModel(new InviteUserInputModel { PreferredLanguage = PortalCultures.Current }, await users.OrganisationOptionsAsync(cancellationToken)));

    [HttpPost("invite")]
    public async Task<IActionResult> Invite(InviteUserInputModel input, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            var language = string.IsNullOrEmpty(input.PreferredLanguage) ? PortalCultures.Current : input.PreferredLanguage;
            var result = await users.InviteAsync(new InviteUser(input.Email!, input.DisplayName!, input.Roles, input.OrganisationId, language), HttpContext.ToAuditContext(), cancellationToken);
            if (result.Succeeded)
            {
                await emails.SendInvitationAsync(input.Email!.Trim(), input.DisplayName!.Trim(), language, result.UserId!, result.Token!, cancellationToken);
                TempData["Status"] = localizer["Users_Invited", input.Email!.Trim()].Value;
                return RedirectToAction(nameof(Details), new { userId = result.UserId });
            }
            foreach (var error in result.Errors)
            {
                var message = error.Code == "UnknownOrganisation" ? localizer["Validation_UnknownOrganisation"].Value : error.Description;
                ModelState.AddModelError(error.Code.Contains("Email", StringComparison.Ordinal) || error.Code.Contains("UserName", StringComparison.Ordinal) ? nameof(input.Email) : string.Empty, message);
            }
        }
        return View(new InviteUserViewModel(input, await users.OrganisationOptionsAsync(cancellationToken)));
    }

    [HttpGet("{userId}")]
    public async Task<IActionResult> Details(string userId, CancellationToken cancellationToken)
    {
        var user = await users.GetAsync(userId, cancellationToken);
        if (user is null)
        {
            return NotFound();
        }
        var access = new UserAccessInputModel { Roles = [.. user.Roles], OrganisationId = user.OrganisationId };
        return View(await UserModelAsync(user, access, cancellationToken));
    }

    [HttpPost("{userId}/access")]
    public async Task<IActionResult> Access(string userId, UserAccessInputModel input, CancellationToken cancellationToken)
    {
        var user = await users.GetAsync(userId, cancellationToken);
        if (user is null)
        {
            return NotFound();
        }
        if (!ModelState.IsValid)
        {
            return View(nameof(Details), await UserModelAsync(user, input, cancellationToken));
        }
        var result = await users.UpdateAccessAsync(userId, input.Roles, input.OrganisationId, HttpContext.ToAuditContext(), cancellationToken);
        return Outcome(userId, result, "Users_AccessSaved");
    }

    [HttpPost("{userId}/lock")]
    public async Task<IActionResult> Lock(string userId, CancellationToken cancellationToken) =>
        Outcome(userId, await users.LockAsync(userId, HttpContext.ToAuditContext(), cancellationToken), "Users_Locked");

    [HttpPost("{userId}/unlock")]
    public async Task<IActionResult> Unlock(string userId, CancellationToken cancellationToken) =>
        Outcome(userId, await users.UnlockAsync(userId, HttpContext.ToAuditContext(), cancellationToken), "Users_Unlocked");

    [HttpPost("{userId}/deactivate")]
    public async Task<IActionResult> Deactivate(string userId, CancellationToken cancellationToken) =>
        Outcome(userId, await users.DeactivateAsync(userId, HttpContext.ToAuditContext(), cancellationToken), "Users_Deactivated");

    [HttpPost("{userId}/reactivate")]
    public async Task<IActionResult> Reactivate(string userId, CancellationToken cancellationToken) =>
        Outcome(userId, await users.ReactivateAsync(userId, HttpContext.ToAuditContext(), cancellationToken), "Users_Reactivated");

    [HttpPost("{userId}/reinvite")]
    public async Task<IActionResult> Reinvite(string userId, CancellationToken cancellationToken)
    {
        var user = await users.GetAsync(userId, cancellationToken);
        if (user is null)
        {
            return NotFound();
        }
        var result = await users.ReinviteAsync(userId, HttpContext.ToAuditContext(), cancellationToken);
        if (!result.Succeeded)
        {
            return Outcome(userId, AdminActionResult.NotApplicable, "");
        }
        await emails.SendInvitationAsync(user.Email!, user.DisplayName, user.PreferredLanguage, userId, result.Token!, cancellationToken);
        TempData["Status"] = localizer["Users_Invited", user.Email!].Value;
        return RedirectToAction(nameof(Details), new { userId });
    }

    private IActionResult Outcome(string userId, AdminActionResult result, string doneKey)
    {
        switch (result)
        {
            case AdminActionResult.NotFound:
                return NotFound();
            case AdminActionResult.Done:
                TempData["Status"] = localizer[doneKey].Value;
                break;
            case AdminActionResult.NotAllowedOnOwnAccount:
                TempData["Error"] = localizer["Users_NotOnOwnAccount"].Value;
                break;
            default:
                TempData["Error"] = localizer["Users_NotApplicable"].Value;
                break;
        }
        return RedirectToAction(nameof(Details), new { userId });
    }

    private async Task<UserViewModel> UserModelAsync(UserDetails user, UserAccessInputModel access, CancellationToken cancellationToken) =>
        new(user, access, await users.OrganisationOptionsAsync(cancellationToken),
            IsSelf: user.Id == User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value);
}
