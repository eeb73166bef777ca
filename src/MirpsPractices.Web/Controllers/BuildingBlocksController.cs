using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using MirpsPractices.Core.Domain;
using MirpsPractices.Core.Features.Reuse;
using MirpsPractices.Core.Features.Translations;
using MirpsPractices.Web.Infrastructure;
using MirpsPractices.Web.Localization;
using MirpsPractices.Web.Models.Catalogue;
using MirpsPractices.Web.Models.Reuse;

namespace MirpsPractices.Web.Controllers;

/// <summary>A building block's public page (issue 13): numbered within its published practice, cached like every public page.</summary>
[AllowAnonymous]
public sealed class BuildingBlocksController(BuildingBlockPages pages, TranslationService translations) : Controller
{
    [HttpGet("/practices/{id:int}/blocks/{number:int}")]
    [OutputCache(PolicyName = PublicPageCachePolicy.Name)]
    public async Task<IActionResult> Details(int id, int number, string? original, CancellationToken cancellationToken)
    {
        var page = await pages.GetAsync(id, number, cancellationToken);
        if (page is null)
        {
            return NotFound();
        }
        // Like the practice page (issue 12): the reader's language when the practice's reviewed translation into it exists
        // (its block texts are part of it), ?original=1 for the original. The similar blocks of other practices likewise.
        var reader = PortalCultures.Current;
        var url = $"/practices/{id}/blocks/{number}";
        var reviewed = page.Language == reader ? null : await translations.ReviewedAsync(TranslatedRecordType.Practice, id, reader, cancellationToken);
        var showOriginal = original is "1" or "true";
        PracticeTranslationNote? note = null;
        if (reviewed is not null)
        {
            note = showOriginal
                ? new PracticeTranslationNote(false, page.Language, url, reviewed.IsOutdated)
                : new PracticeTranslationNote(true, page.Language, url + "?original=1", reviewed.IsOutdated);
            if (!showOriginal)
            {
                page = TranslatedRecords.Apply(page, reviewed);
            }
        }
        var others = await translations.ReviewedAsync(TranslatedRecordType.Practice,
            page.Similar.Where(s => s.Language != reader).Select(s => s.PracticeId).Distinct().ToList(), reader, cancellationToken);
        if (others.Count > 0)
        {
            page = page with { Similar = [.. page.Similar.Select(s => others.TryGetValue(s.PracticeId, out var t) ? TranslatedRecords.Apply(s, t) : s)] };
        }
        return View(new BuildingBlockPageViewModel(page, note));
    }
}
