using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using MirpsPractices.Core.Features.Commitments;
using MirpsPractices.Core.Features.Reports;
using MirpsPractices.Core.Features.Workspace;
using MirpsPractices.Web.Authorization;
using MirpsPractices.Web.Models.Network;

namespace MirpsPractices.Web.Controllers;

[Route("workspace")]
[Authorize(Policy = Policies.Workspace)]
public sealed class WorkspaceController(
    WorkspaceQueries queries,
    ReportJobService reports,
    NetworkActorAccessor actors,
    IAuthorizationService authorization,
    CommitmentFreshness freshness) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var actor = await actors.GetAsync(User, ct);
        var overview = await queries.GetOverviewAsync(actor, ct);
        var recent = await reports.ListAsync(actor.UserId, 3, ct);
        var canEditSessions = (await authorization.AuthorizeAsync(User, Policies.SessionEditor)).Succeeded;
        var stale = await freshness.StaleAmongAsync(overview.OverdueCommitments.Select(c => c.Id), ct);
        return View(new WorkspaceViewModel(overview, actor, recent, canEditSessions, stale));
    }
}
