using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using MirpsPractices.Core.Domain;
using MirpsPractices.Web.Infrastructure;
using MirpsPractices.Web.Models.Account;
using MirpsPractices.Web.Resources;

namespace MirpsPractices.Web.Controllers;

[Route("account")]
public sealed class AccountController(
    SignInManager<ApplicationUser> signInManager,
    UserManager<ApplicationUser> userManager,
    IStringLocalizer<SharedResource> localizer,
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
        if (user is { IsDeactivated: true })
        {
            ModelState.AddModelError(string.Empty, localizer["Account_Deactivated"]);
            return View(input);
        }
        // lockoutOnFailure: every failed password counts towards the lockout.
        var result = user is null
            ? Microsoft.AspNetCore.Identity.SignInResult.Failed
            : await signInManager.PasswordSignInAsync(user, input.Password!, input.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            logger.LogInformation("User {UserId} signed in", user!.Id);
            return LocalRedirect(Url.IsLocalUrl(input.ReturnUrl) ? input.ReturnUrl : "/");
        }
        if (result.IsLockedOut)
        {
            logger.LogWarning("User {UserId} is locked out", user!.Id);
            ModelState.AddModelError(string.Empty, localizer["Account_LockedOut"]);
            return View(input);
        }
        logger.LogWarning("Failed sign-in for {UserId}", user?.Id ?? "(unknown account)");
        ModelState.AddModelError(string.Empty, localizer["Account_InvalidCredentials"]);
        return View(input);
    }

    [HttpPost("signout")]
    public new async Task<IActionResult> SignOut()
    {
        var user = await userManager.GetUserAsync(User);
        if (user is not null)
        {
            // Renewing the stamp ends this user's sessions on other devices too.
            await userManager.UpdateSecurityStampAsync(user);
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
}
