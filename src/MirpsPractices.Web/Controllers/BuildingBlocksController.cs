using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using MirpsPractices.Core.Features.Reuse;
using MirpsPractices.Web.Infrastructure;

namespace MirpsPractices.Web.Controllers;

/// <summary>A building block's public page (issue 13): numbered within its published practice, cached like every public page.</summary>
[AllowAnonymous]
public sealed class BuildingBlocksController(BuildingBlockPages pages) : Controller
{
    [HttpGet("/practices/{id:int}/blocks/{number:int}")]
    [OutputCache(PolicyName = PublicPageCachePolicy.Name)]
    public async Task<IActionResult> Details(int id, int number, CancellationToken cancellationToken)
    {
        var page = await pages.GetAsync(id, number, cancellationToken);
        return page is null ? NotFound() : View(page);
    }
}
