using Microsoft.AspNetCore.Mvc;
using MirpsPractices.Core.Features.Reuse;
using MirpsPractices.Web.Models.Reuse;

namespace MirpsPractices.Web.ViewComponents;

/// <summary>
/// Published practices that look like the one being written or reviewed, rendered on the server: the form shows them after a
/// save without any script (similar-practices.js refreshes them while typing), and the review screen shows the same list.
/// </summary>
public sealed class SimilarPracticesViewComponent(SimilarPractices similar) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(string? title, string? summary, int? practiceId, bool forForm)
    {
        var exclude = await similar.SelfAndOriginalAsync(practiceId, HttpContext.RequestAborted);
        var practices = await similar.FindAsync(title, summary, exclude, HttpContext.RequestAborted);
        return View(new SimilarPracticesViewModel(practices, forForm, practiceId, !string.IsNullOrWhiteSpace(title) || !string.IsNullOrWhiteSpace(summary)));
    }
}
