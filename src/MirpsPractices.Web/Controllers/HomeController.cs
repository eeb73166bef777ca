using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using MirpsPractices.Core.Features.Home;
using MirpsPractices.Web.Infrastructure;
using MirpsPractices.Web.Models.Home;

namespace MirpsPractices.Web.Controllers;

[AllowAnonymous]
public sealed class HomeController(HomeQueries queries) : Controller
{
    [HttpGet("/")]
    [OutputCache(PolicyName = PublicPageCachePolicy.Name)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var figures = await queries.GetFiguresAsync(cancellationToken);
        var latest = await queries.GetLatestAsync(6, cancellationToken);
        return View(new HomeViewModel(figures, latest));
    }
}
