using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using MirpsPractices.Core.Features.Catalogue;
using MirpsPractices.Web.Infrastructure;
using MirpsPractices.Web.Models.Catalogue;

namespace MirpsPractices.Web.Controllers;

/// <summary>Two to four published practices side by side, at a shareable GET URL (/compare?ids=1&amp;ids=2).</summary>
[AllowAnonymous]
public sealed class CompareController(PracticeRecords records) : Controller
{
    [HttpGet("/compare")]
    [OutputCache(PolicyName = PublicPageCachePolicy.Name)]
    public async Task<IActionResult> Index([FromQuery] int[]? ids, CancellationToken cancellationToken)
    {
        var wanted = (ids ?? []).Where(id => id > 0).Distinct().ToList();
        if (wanted.Count > CompareViewModel.MaxPractices)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(CompareViewModel.Refused("Compare_TooMany"));
        }
        var practices = new List<PracticeDetails>(wanted.Count);
        foreach (var id in wanted)
        {
            // At most four reads of one split query each; unknown or unpublished ids are left out.
            if (await records.DetailsAsync(id, includeUnpublished: false, cancellationToken) is { } details)
            {
                practices.Add(details);
            }
        }
        if (practices.Count < CompareViewModel.MinPractices)
        {
            return View(CompareViewModel.Refused("Compare_TooFew"));
        }
        return View(new CompareViewModel(practices, null));
    }
}
