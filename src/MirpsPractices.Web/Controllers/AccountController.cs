using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using MirpsPractices.Core.Auditing;
using MirpsPractices.Core.Domain;
using MirpsPractices.Web.Infrastructure;
using MirpsPractices.Web.Models.Account;
using MirpsPractices.Web.Resources;
using SignInResult = Microsoft.AspNetCore.Identity.SignInResult;

namespace MirpsPractices.Web.Controllers;

/// <summary>Sign-in (password, then the authenticator code or a recovery code when two-factor is on), sign-out.</summary>
[Route("account")]
public sealed class AccountController(
    SignInManager<ApplicationUser> signInManager,
    UserManager<ApplicationUser> userManager,
    AuditLog audit,
    IStringLocalizer<SharedResource> localizer,
    IStringLocalizer<AccountResource> accountLocalizer,
    ILogger<AccountController> logger) : Controller
{
    [HttpGet("signin")]
    [AllowAnonymous]
    public IActionResult SignIn(string? returnUrl) => View(new SignInInputModel { ReturnUrl = returnUrl });

    [HttpPost("signin")]
    [AllowAnonymous]
    [EnableRateLimiting(RateLimiting.SignIn)]
    public async Task<IActionResult> SignIn(SignInInputModel input)
    {
        if (!ModelState.IsValid)
        {
            return View(input);
        }
        var user = await userManager.FindByEmailAsync(input.Email!);
        SignInResult result;
        if (user is null)
        {
            // Hash anyway, so an unknown address takes as long as a known one (no account enumeration by timing).
            userManager.PasswordHasher.HashPassword(new ApplicationUser { DisplayName = "" }, input.Password!);
            result = SignInResult.Failed;
        }
        else
        {
            // lockoutOnFailure: every failed password counts towards the lockout. A deactivated account is NotAllowed.
            result = await signInManager.PasswordSignInAsync(user, input.Password!, input.RememberMe, lockoutOnFailure: true);
        }
        var who = HttpContext.ToAuditContext(user);
        if (result.Succeeded)
        {
            logger.LogInformation("User {UserId} signed in", user!.Id);
            await audit.RecordAsync(AuditEvents.SignIn, who, details: "password");
            return LocalRedirect(SafeReturnUrl(input.ReturnUrl));
        }
        if (result.RequiresTwoFactor)
        {
            return RedirectToAction(nameof(SignInTwoFactor), new { returnUrl = SafeReturnUrl(input.ReturnUrl), rememberMe = input.RememberMe });
        }
        if (result.IsLockedOut)
        {
            logger.LogWarning("User {UserId} is locked out", user!.Id);
            await audit.RecordAsync(AuditEvents.LockedOut, who);
            ModelState.AddModelError(string.Empty, localizer["Account_LockedOut"]);
            return View(input);
        }
        logger.LogWarning("Failed sign-in for {UserId}", user?.Id ?? "(unknown account)");
        // The address typed for an unknown account is not recorded: people type their password in the wrong field.
        await audit.RecordAsync(AuditEvents.SignInFailed, who, details: user is null ? "unknown account" : result.IsNotAllowed ? "not allowed" : "wrong password");
        ModelState.AddModelError(string.Empty, localizer["Account_InvalidCredentials"]);
        return View(input);
    }

    [HttpGet("signin-2fa")]
    [AllowAnonymous]
    public async Task<IActionResult> SignInTwoFactor(string? returnUrl, bool rememberMe)
    {
        if (await signInManager.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return RedirectToAction(nameof(SignIn));
        }
        return View(new TwoFactorSignInInputModel { ReturnUrl = returnUrl, RememberMe = rememberMe });
    }

    [HttpPost("signin-2fa")]
    [AllowAnonymous]
    [EnableRateLimiting(RateLimiting.SignIn)]
    public async Task<IActionResult> SignInTwoFactor(TwoFactorSignInInputModel input)
    {
        var user = await signInManager.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return RedirectToAction(nameof(SignIn));
        }
        if (!ModelState.IsValid)
        {
            return View(input);
        }
        var result = await signInManager.TwoFactorAuthenticatorSignInAsync(input.Code!, input.RememberMe, rememberClient: false);
        var who = HttpContext.ToAuditContext(user);
        if (result.Succeeded)
        {
            logger.LogInformation("User {UserId} signed in with two factors", user.Id);
            await audit.RecordAsync(AuditEvents.SignIn, who, details: "password + authenticator");
            return LocalRedirect(SafeReturnUrl(input.ReturnUrl));
        }
        if (result.IsLockedOut)
        {
            await audit.RecordAsync(AuditEvents.LockedOut, who);
            ModelState.AddModelError(string.Empty, localizer["Account_LockedOut"]);
            return View(input);
        }
        await audit.RecordAsync(AuditEvents.TwoFactorSignInFailed, who);
        ModelState.AddModelError(string.Empty, accountLocalizer["TwoFactor_InvalidCode"]);
        return View(input);
    }

    [HttpGet("signin-recovery")]
    [AllowAnonymous]
    public async Task<IActionResult> SignInRecovery(string? returnUrl)
    {
        if (await signInManager.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return RedirectToAction(nameof(SignIn));
        }
        return View(new RecoveryCodeSignInInputModel { ReturnUrl = returnUrl });
    }

    [HttpPost("signin-recovery")]
    [AllowAnonymous]
    [EnableRateLimiting(RateLimiting.SignIn)]
    public async Task<IActionResult> SignInRecovery(RecoveryCodeSignInInputModel input)
    {
        var user = await signInManager.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return RedirectToAction(nameof(SignIn));
        }
        if (!ModelState.IsValid)
        {
            return View(input);
        }
        var result = await signInManager.TwoFactorRecoveryCodeSignInAsync(input.RecoveryCode!.Replace(" ", "", StringComparison.Ordinal));
        var who = HttpContext.ToAuditContext(user);
        if (result.Succeeded)
        {
            await audit.RecordAsync(AuditEvents.RecoveryCodeUsed, who);
            await audit.RecordAsync(AuditEvents.SignIn, who, details: "password + recovery code");
            return LocalRedirect(SafeReturnUrl(input.ReturnUrl));
        }
        if (result.IsLockedOut)
        {
            await audit.RecordAsync(AuditEvents.LockedOut, who);
            ModelState.AddModelError(string.Empty, localizer["Account_LockedOut"]);
            return View(input);
        }
        await audit.RecordAsync(AuditEvents.TwoFactorSignInFailed, who, details: "recovery code");
        ModelState.AddModelError(string.Empty, accountLocalizer["TwoFactor_InvalidRecoveryCode"]);
        return View(input);
    }

    [HttpPost("signout")]
    [Authorize]
    public new async Task<IActionResult> SignOut()
    {
        var user = await userManager.GetUserAsync(User);
        if (user is not null)
        {
            // Renewing the stamp ends this user's sessions on other devices too.
            await userManager.UpdateSecurityStampAsync(user);
            await audit.RecordAsync(AuditEvents.SignOut, HttpContext.ToAuditContext());
        }
        await signInManager.SignOutAsync();
        TempData["Status"] = localizer["Account_SignedOut"].Value;
        return LocalRedirect("/");
    }

    [HttpGet("access-denied")]
    [AllowAnonymous]
    public IActionResult AccessDenied()
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return View();
    }

    private string SafeReturnUrl(string? returnUrl) => Url.IsLocalUrl(returnUrl) ? returnUrl : "/";
}
