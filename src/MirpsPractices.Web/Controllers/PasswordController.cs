using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using MirpsPractices.Core.Auditing;
using MirpsPractices.Core.Domain;
using MirpsPractices.Core.Features.Administration;
using MirpsPractices.Web.Infrastructure;
using MirpsPractices.Web.Models.Account;
using MirpsPractices.Web.Resources;

namespace MirpsPractices.Web.Controllers;

/// <summary>
/// Setting a password from an e-mailed link: the first one (invitation) or a new one (forgotten password).
/// The forgotten-password form answers the same whether or not the address has an account.
/// </summary>
[Route("account")]
[AllowAnonymous]
public sealed class PasswordController(
    UserManager<ApplicationUser> userManager,
    AccountEmails emails,
    AuditLog audit,
    IStringLocalizer<AccountResource> localizer) : Controller
{
    [HttpGet("invitation")]
    public async Task<IActionResult> Invitation(string? user, string? token)
    {
        var account = await InvitedUserAsync(user, token);
        var input = new SetPasswordInputModel { User = user, Token = token };
        return View("SetPassword", new SetPasswordViewModel(input, IsInvitation: true, account?.Email, LinkValid: account is not null));
    }

    [HttpPost("invitation")]
    [EnableRateLimiting(RateLimiting.PasswordReset)]
    public async Task<IActionResult> Invitation(SetPasswordInputModel input)
    {
        var account = await InvitedUserAsync(input.User, input.Token);
        if (account is null)
        {
            return View("SetPassword", new SetPasswordViewModel(input, IsInvitation: true, null, LinkValid: false));
        }
        if (!ModelState.IsValid)
        {
            return View("SetPassword", new SetPasswordViewModel(input, IsInvitation: true, account.Email, LinkValid: true));
        }
        // AddPassword renews the security stamp, which makes the invitation link single-use.
        var result = await userManager.AddPasswordAsync(account, input.Password!);
        if (!result.Succeeded)
        {
            AddErrors(result);
            return View("SetPassword", new SetPasswordViewModel(input, IsInvitation: true, account.Email, LinkValid: true));
        }
        account.EmailConfirmed = true;
        await userManager.UpdateAsync(account);
        await audit.RecordAsync(AuditEvents.InvitationAccepted, HttpContext.ToAuditContext(account));
        TempData["Status"] = localizer["Invitation_Done"].Value;
        return RedirectToAction(nameof(AccountController.SignIn), "Account");
    }

    [HttpGet("forgot-password")]
    public IActionResult ForgotPassword() => View(new ForgotPasswordInputModel());

    [HttpPost("forgot-password")]
    [EnableRateLimiting(RateLimiting.PasswordReset)]
    public async Task<IActionResult> ForgotPassword(ForgotPasswordInputModel input, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return View(input);
        }
        var user = await userManager.FindByEmailAsync(input.Email!);
        if (user is { IsDeactivated: false, Email: not null })
        {
            var token = await userManager.GeneratePasswordResetTokenAsync(user);
            await emails.SendPasswordResetAsync(user.Email, user.DisplayName, user.PreferredLanguage, user.Id, token, cancellationToken);
            await audit.RecordAsync(AuditEvents.PasswordResetRequested, HttpContext.ToAuditContext(user), cancellationToken: cancellationToken);
        }
        // Same answer for every address: the page never tells whether an account exists.
        return RedirectToAction(nameof(ForgotPasswordSent));
    }

    [HttpGet("forgot-password/sent")]
    public IActionResult ForgotPasswordSent() => View();

    [HttpGet("reset-password")]
    public async Task<IActionResult> ResetPassword(string? user, string? token)
    {
        var account = await ResettableUserAsync(user, token);
        var input = new SetPasswordInputModel { User = user, Token = token };
        return View("SetPassword", new SetPasswordViewModel(input, IsInvitation: false, account?.Email, LinkValid: account is not null));
    }

    [HttpPost("reset-password")]
    [EnableRateLimiting(RateLimiting.PasswordReset)]
    public async Task<IActionResult> ResetPassword(SetPasswordInputModel input)
    {
        var account = await ResettableUserAsync(input.User, input.Token);
        if (account is null)
        {
            return View("SetPassword", new SetPasswordViewModel(input, IsInvitation: false, null, LinkValid: false));
        }
        if (!ModelState.IsValid)
        {
            return View("SetPassword", new SetPasswordViewModel(input, IsInvitation: false, account.Email, LinkValid: true));
        }
        // ResetPassword renews the security stamp: the link is single-use and other sessions end within a minute.
        var result = await userManager.ResetPasswordAsync(account, input.Token!, input.Password!);
        if (!result.Succeeded)
        {
            AddErrors(result);
            return View("SetPassword", new SetPasswordViewModel(input, IsInvitation: false, account.Email, LinkValid: true));
        }
        await userManager.ResetAccessFailedCountAsync(account);
        await audit.RecordAsync(AuditEvents.PasswordReset, HttpContext.ToAuditContext(account));
        TempData["Status"] = localizer["Reset_Done"].Value;
        return RedirectToAction(nameof(AccountController.SignIn), "Account");
    }

    private async Task<ApplicationUser?> InvitedUserAsync(string? userId, string? token)
    {
        if (string.IsNullOrEmpty(userId) || string.IsNullOrEmpty(token) || await userManager.FindByIdAsync(userId) is not { } user)
        {
            return null;
        }
        return user is { PasswordHash: null, IsDeactivated: false }
            && await userManager.VerifyUserTokenAsync(user, InvitationTokens.Provider, InvitationTokens.Purpose, token)
            ? user : null;
    }

    private async Task<ApplicationUser?> ResettableUserAsync(string? userId, string? token)
    {
        if (string.IsNullOrEmpty(userId) || string.IsNullOrEmpty(token) || await userManager.FindByIdAsync(userId) is not { } user)
        {
            return null;
        }
        return !user.IsDeactivated
            && await userManager.VerifyUserTokenAsync(user, userManager.Options.Tokens.PasswordResetTokenProvider, UserManager<ApplicationUser>.ResetPasswordTokenPurpose, token)
            ? user : null;
    }

    private void AddErrors(IdentityResult result)
    {
        foreach (var error in result.Errors)
        {
            ModelState.AddModelError(nameof(SetPasswordInputModel.Password), error.Description);
        }
    }
}
