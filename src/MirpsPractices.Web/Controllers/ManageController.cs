using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using MirpsPractices.Core.Auditing;
using MirpsPractices.Core.Domain;
using MirpsPractices.Core.Features.Account;
using MirpsPractices.Web.Infrastructure;
using MirpsPractices.Web.Models.Account;
using MirpsPractices.Web.Resources;
using MirpsPractices.Web.Security;

namespace MirpsPractices.Web.Controllers;

/// <summary>The signed-in user's own account: e-mail language, password, two-factor authentication, personal data, deletion.</summary>
[Route("account")]
[Authorize]
public sealed class ManageController(
    UserManager<ApplicationUser> userManager,
    SignInManager<ApplicationUser> signInManager,
    PersonalData personalData,
    AuditLog audit,
    IStringLocalizer<AccountResource> localizer) : Controller
{
    private const string AuthenticatorIssuer = "MIRPS Prácticas";
    private static readonly JsonSerializerOptions ExportJson = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    [HttpGet("manage")]
    public async Task<IActionResult> Index()
    {
        var user = await CurrentUserAsync();
        return View(await ManageModelAsync(user, new PreferencesInputModel { PreferredLanguage = user.PreferredLanguage }));
    }

    /// <summary>The language of the portal's e-mails to this person (the site's language is the header switch's).</summary>
    [HttpPost("manage/preferences")]
    public async Task<IActionResult> Preferences(PreferencesInputModel input)
    {
        var user = await CurrentUserAsync();
        if (!ModelState.IsValid)
        {
            return View(nameof(Index), await ManageModelAsync(user, input));
        }
        await personalData.SetPreferredLanguageAsync(user.Id, input.PreferredLanguage!, HttpContext.RequestAborted);
        TempData["Status"] = localizer["Preferences_Saved"].Value;
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("change-password")]
    public IActionResult ChangePassword() => View(new ChangePasswordInputModel());

    [HttpPost("change-password")]
    public async Task<IActionResult> ChangePassword(ChangePasswordInputModel input)
    {
        if (!ModelState.IsValid)
        {
            return View(input);
        }
        var user = await CurrentUserAsync();
        var check = await CheckPasswordAsync(user, input.CurrentPassword!);
        if (!check.Succeeded)
        {
            ModelState.AddModelError(nameof(input.CurrentPassword), localizer[check.IsLockedOut ? "ChangePassword_LockedOut" : "ChangePassword_WrongPassword"]);
            return View(input);
        }
        var result = await userManager.ChangePasswordAsync(user, input.CurrentPassword!, input.NewPassword!);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                var field = error.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? nameof(input.CurrentPassword) : nameof(input.NewPassword);
                ModelState.AddModelError(field, error.Description);
            }
            return View(input);
        }
        // The stamp changed: this session is re-issued, the user's other sessions end within a minute.
        await signInManager.RefreshSignInAsync(user);
        await audit.RecordAsync(AuditEvents.PasswordChanged, HttpContext.ToAuditContext());
        TempData["Status"] = localizer["ChangePassword_Done"].Value;
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("two-factor")]
    public async Task<IActionResult> TwoFactor() => View(await TwoFactorModelAsync(await CurrentUserAsync(), new EnableTwoFactorInputModel()));

    [HttpPost("two-factor/enable")]
    public async Task<IActionResult> EnableTwoFactor(EnableTwoFactorInputModel input)
    {
        var user = await CurrentUserAsync();
        if (!ModelState.IsValid)
        {
            return View(nameof(TwoFactor), await TwoFactorModelAsync(user, input));
        }
        if (!await userManager.VerifyTwoFactorTokenAsync(user, userManager.Options.Tokens.AuthenticatorTokenProvider, input.Code!))
        {
            ModelState.AddModelError(nameof(input.Code), localizer["TwoFactor_InvalidCode"]);
            return View(nameof(TwoFactor), await TwoFactorModelAsync(user, input));
        }
        await userManager.SetTwoFactorEnabledAsync(user, true);
        var codes = await userManager.GenerateNewTwoFactorRecoveryCodesAsync(user, 10);
        // Re-issue the cookie so it carries the two-factor claim (staff may now reach their pages).
        await signInManager.RefreshSignInAsync(user);
        await audit.RecordAsync(AuditEvents.TwoFactorEnabled, HttpContext.ToAuditContext());
        // Shown once, straight from the POST: the codes are never stored in a cookie or TempData.
        return View("RecoveryCodes", new RecoveryCodesViewModel(codes?.ToList() ?? []));
    }

    [HttpPost("two-factor/recovery-codes")]
    public async Task<IActionResult> RecoveryCodes(ConfirmPasswordInputModel confirmation)
    {
        var user = await CurrentUserAsync();
        if (!user.TwoFactorEnabled)
        {
            return RedirectToAction(nameof(TwoFactor));
        }
        if (await UnconfirmedAsync(user, confirmation) is { } refusal)
        {
            return refusal;
        }
        var codes = await userManager.GenerateNewTwoFactorRecoveryCodesAsync(user, 10);
        await audit.RecordAsync(AuditEvents.RecoveryCodesGenerated, HttpContext.ToAuditContext());
        return View("RecoveryCodes", new RecoveryCodesViewModel(codes?.ToList() ?? []));
    }

    /// <summary>Turns two-factor off and forgets the authenticator key; staff are sent straight back to set up a new one.</summary>
    [HttpPost("two-factor/reset")]
    public async Task<IActionResult> ResetTwoFactor(ConfirmPasswordInputModel confirmation)
    {
        var user = await CurrentUserAsync();
        if (!user.TwoFactorEnabled)
        {
            return RedirectToAction(nameof(TwoFactor));
        }
        if (await UnconfirmedAsync(user, confirmation) is { } refusal)
        {
            return refusal;
        }
        await userManager.SetTwoFactorEnabledAsync(user, false);
        await userManager.ResetAuthenticatorKeyAsync(user);
        // The old key's codes die with it; the new key's first code must not be refused as a replay of the old one's step.
        await userManager.RemoveAuthenticationTokenAsync(user, SingleUseAuthenticatorTokenProvider.LoginProvider, SingleUseAuthenticatorTokenProvider.LastStepTokenName);
        await signInManager.RefreshSignInAsync(user);
        await audit.RecordAsync(AuditEvents.TwoFactorDisabled, HttpContext.ToAuditContext());
        TempData["Status"] = localizer["TwoFactor_ResetDone"].Value;
        return RedirectToAction(nameof(TwoFactor));
    }

    [HttpGet("personal-data")]
    public async Task<IActionResult> DownloadPersonalData()
    {
        var user = await CurrentUserAsync();
        var export = await personalData.ExportAsync(user.Id, HttpContext.RequestAborted);
        await audit.RecordAsync(AuditEvents.PersonalDataDownloaded, HttpContext.ToAuditContext());
        var json = JsonSerializer.SerializeToUtf8Bytes(export, ExportJson);
        return File(json, "application/json", "mirps-personal-data.json");
    }

    [HttpGet("delete")]
    public IActionResult Delete() => View(new DeleteAccountInputModel());

    [HttpPost("delete")]
    public async Task<IActionResult> Delete(DeleteAccountInputModel input)
    {
        if (!ModelState.IsValid)
        {
            return View(input);
        }
        var user = await CurrentUserAsync();
        var check = await CheckPasswordAsync(user, input.Password!);
        if (!check.Succeeded)
        {
            ModelState.AddModelError(nameof(input.Password), localizer["Delete_WrongPassword"]);
            return View(input);
        }
        if (await IsLastAdministratorAsync(user))
        {
            ModelState.AddModelError(string.Empty, localizer["Delete_LastAdministrator"]);
            return View(input);
        }
        await personalData.DeleteAsync(user.Id, HttpContext.ToAuditContext(), HttpContext.RequestAborted);
        await signInManager.SignOutAsync();
        TempData["Status"] = localizer["Delete_Done"].Value;
        return LocalRedirect("/");
    }

    /// <summary>
    /// The two-factor page again with a message, unless <paramref name="confirmation"/> holds the user's current password: a
    /// session left open on a shared computer must not be enough to take the second factor away.
    /// </summary>
    private async Task<IActionResult?> UnconfirmedAsync(ApplicationUser user, ConfirmPasswordInputModel confirmation)
    {
        if (ModelState.IsValid)
        {
            var check = await CheckPasswordAsync(user, confirmation.Password!);
            if (check.Succeeded)
            {
                return null;
            }
            ModelState.AddModelError(nameof(confirmation.Password), localizer[check.IsLockedOut ? "ChangePassword_LockedOut" : "ChangePassword_WrongPassword"]);
        }
        return View(nameof(TwoFactor), await TwoFactorModelAsync(user, new EnableTwoFactorInputModel()));
    }

    /// <summary>
    /// The signed-in user's password asked again. A failure counts towards the lockout like a failed sign-in, so a borrowed
    /// session can't try passwords without limit; a success clears the count (Identity leaves it for two-factor accounts,
    /// whose sign-in is not over at the password, but this user has already passed both steps).
    /// </summary>
    private async Task<Microsoft.AspNetCore.Identity.SignInResult> CheckPasswordAsync(ApplicationUser user, string password)
    {
        var check = await signInManager.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true);
        if (check.Succeeded && user.AccessFailedCount > 0)
        {
            await userManager.ResetAccessFailedCountAsync(user);
        }
        return check;
    }

    private async Task<ManageViewModel> ManageModelAsync(ApplicationUser user, PreferencesInputModel preferences)
    {
        var profile = await personalData.ProfileAsync(user.Id, HttpContext.RequestAborted);
        return new ManageViewModel(
            user.DisplayName, user.Email, profile?.Organisation, profile?.Roles ?? [], user.TwoFactorEnabled,
            user.TwoFactorEnabled ? await userManager.CountRecoveryCodesAsync(user) : 0, IsStaff(), preferences);
    }

    private async Task<ApplicationUser> CurrentUserAsync() =>
        await userManager.GetUserAsync(User) ?? throw new InvalidOperationException("The signed-in user no longer exists.");

    private bool IsStaff() => User.IsInRole(Roles.Moderator) || User.IsInRole(Roles.Administrator);

    private async Task<bool> IsLastAdministratorAsync(ApplicationUser user) =>
        await userManager.IsInRoleAsync(user, Roles.Administrator)
        && (await userManager.GetUsersInRoleAsync(Roles.Administrator)).Count(u => !u.IsDeactivated) <= 1;

    private async Task<TwoFactorViewModel> TwoFactorModelAsync(ApplicationUser user, EnableTwoFactorInputModel input)
    {
        if (user.TwoFactorEnabled)
        {
            return new TwoFactorViewModel(true, IsStaff(), null, null, null, await userManager.CountRecoveryCodesAsync(user), input);
        }
        var key = await userManager.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await userManager.ResetAuthenticatorKeyAsync(user);
            key = await userManager.GetAuthenticatorKeyAsync(user);
            // A new key renews the security stamp: re-issue this session's cookie so it isn't ended at the next validation.
            await signInManager.RefreshSignInAsync(user);
        }
        var uri = $"otpauth://totp/{Uri.EscapeDataString(AuthenticatorIssuer)}:{Uri.EscapeDataString(user.Email ?? user.Id)}" +
                  $"?secret={key}&issuer={Uri.EscapeDataString(AuthenticatorIssuer)}&digits=6";
        var qrCode = AuthenticatorQrCode.Svg(uri, localizer["TwoFactor_QrCode"].Value);
        return new TwoFactorViewModel(false, IsStaff(), FormatKey(key!), uri, qrCode, 0, input);
    }

    private static string FormatKey(string key) =>
        string.Join(' ', key.ToLowerInvariant().Chunk(4).Select(c => new string(c)));
}
