using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using MirpsPractices.Web.Localization;

namespace MirpsPractices.Web.Controllers;

/// <summary>The header's language switch. A GET link (not a form) so anonymous pages carry no token and stay cacheable.</summary>
[AllowAnonymous]
public sealed class LanguageController : Controller
{
    [HttpGet("/language/{culture}")]
    public IActionResult Set(string culture, string? returnUrl)
    {
        if (!PortalCultures.All.Contains(culture))
        {
            return NotFound();
        }
        Response.Cookies.Append(
            PortalCultures.CookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions
            {
                Expires = DateTimeOffset.UtcNow.AddYears(1),
                IsEssential = true,
                HttpOnly = true,
                SameSite = SameSiteMode.Lax,
                Secure = Request.IsHttps,
            });
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }
}
