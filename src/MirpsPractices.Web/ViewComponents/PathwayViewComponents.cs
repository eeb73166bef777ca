using Microsoft.AspNetCore.Mvc;
using MirpsPractices.Core.Features.Reuse;
using MirpsPractices.Core.Features.Workspace;
using MirpsPractices.Web.Models.Reuse;

namespace MirpsPractices.Web.ViewComponents;

/// <summary>"Where this model came from and where it went" on a public practice page: confirmed pathways only.</summary>
public sealed class PracticePathwaysViewComponent(PathwayService pathways) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(int practiceId) =>
        View(new PracticePathwaysViewModel(practiceId, await pathways.ForPracticeAsync(practiceId, HttpContext.RequestAborted)));
}

/// <summary>The submitter's pathways on their own practice page: what they proposed, in which state, and the form to propose one.</summary>
public sealed class PathwayProposalsViewComponent(PathwayService pathways, WorkspaceLookups lookups) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(int practiceId)
    {
        var proposed = await pathways.ProposedForAsync(practiceId, HttpContext.RequestAborted);
        var models = (await lookups.PublishedPracticesAsync(HttpContext.RequestAborted)).Where(m => m.Id != practiceId).ToList();
        return View(new PathwayProposalsViewModel(practiceId, proposed, models));
    }
}
