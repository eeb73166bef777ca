using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using MirpsPractices.Core.Domain;
using MirpsPractices.Core.Features.Catalogue;
using MirpsPractices.Core.Features.Translations;
using MirpsPractices.Web.Infrastructure;
using MirpsPractices.Web.Localization;
using MirpsPractices.Web.Models.Catalogue;

namespace MirpsPractices.Web.Controllers;

/// <summary>Two to four published practices side by side, at a shareable GET URL (/compare?ids=1&amp;ids=2).</summary>
[AllowAnonymous]
public sealed class CompareController(PracticeRecords records, TranslationService translations) : Controller
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
        // Each practice in the reader's language when it has a reviewed translation into it (issue 12), blocks included (issue 13).
        var reader = PortalCultures.Current;
        var reviewed = await translations.ReviewedAsync(TranslatedRecordType.Practice,
            practices.Where(p => p.Record.Language != reader).Select(p => p.Record.Id).ToList(), reader, cancellationToken);
        practices = [.. practices.Select(p => reviewed.TryGetValue(p.Record.Id, out var t) ? TranslatedRecords.Apply(p, t) : p)];
        return View(new CompareViewModel(practices, null));
    }
}
