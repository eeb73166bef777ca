using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using MirpsPractices.Core.Domain;
using MirpsPractices.Core.Features.Idempotency;
using MirpsPractices.Core.Features.Reports;
using MirpsPractices.Core.Features.Workspace;
using MirpsPractices.Web.Authorization;
using MirpsPractices.Web.Infrastructure;
using MirpsPractices.Web.Localization;
using MirpsPractices.Web.Models.Network;
using MirpsPractices.Web.Resources;

namespace MirpsPractices.Web.Controllers;

/// <summary>
/// Systematisation reports: the request queues a background job and redirects to its status page,
/// which polls <c>/status</c> with script or offers a reload link without it. A job is visible to its requester only.
/// </summary>
[Route("workspace/reports")]
[Authorize(Policy = Policies.Workspace)]
public sealed class WorkspaceReportsController(
    ReportJobService jobs,
    ReportBuilder builder,
    IdempotentCreation once,
    ReportQueue queue,
    WorkspaceLookups lookups,
    NetworkActorAccessor actors,
    IStringLocalizer<NetworkResource> n) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int? session, CancellationToken ct)
    {
        var input = session is int id ? new ReportInput { ScopeKind = ReportScopeKinds.Session, SessionId = id } : new ReportInput();
        input.IdempotencyKey = Guid.NewGuid().ToString("N");
        return View(await FormAsync(input, ct));
    }

    [HttpPost("")]
    public async Task<IActionResult> Create([Bind(Prefix = "Input")] ReportInput input, CancellationToken ct)
    {
        if (input.ScopeKind == ReportScopeKinds.Session && input.SessionId is int sessionId && await lookups.SessionAsync(sessionId, ct) is null)
        {
            // A session that isn't there (deleted, or a tampered form) would give an empty report that looks like a real one.
            ModelState.AddModelError("Input.SessionId", n["Validation_SessionRequired"]);
        }
        if (!ModelState.IsValid)
        {
            return View("Index", await FormAsync(input, ct));
        }
        var who = HttpContext.ToAuditContext();
        var id = await once.CreateOnceAsync("report", input.IdempotencyKey, who.UserId!,
            async token => (await jobs.RequestAsync(input.ToScope(), PortalCultures.Current, who, token)).ToString("D"), ct);
        // The job was queued inside the idempotency transaction, before its row was visible to the worker: wake it again now.
        queue.Signal(Guid.Parse(id));
        return Redirect($"/workspace/reports/{id}");
    }

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Status(Guid id, CancellationToken ct)
    {
        var job = await GetJobAsync(id, ct);
        if (job is null)
        {
            return NotFound();
        }
        var session = job.Scope.SessionId is int sessionId ? await lookups.SessionAsync(sessionId, ct) : null;
        return View(new ReportStatusViewModel(job, session?.Title));
    }

    [HttpGet("{id:guid}/status")]
    public async Task<IActionResult> StatusJson(Guid id, CancellationToken ct)
    {
        var job = await GetJobAsync(id, ct);
        if (job is null)
        {
            return NotFound();
        }
        var done = job.Status == ReportJobStatus.Completed;
        return Json(new ReportStatusJson(
            job.Status.ToString(), job.Progress, job.IsFinished,
            n[$"ReportStatus_{job.Status}", job.Progress].Value,
            done ? $"/workspace/reports/{id}/download" : null,
            done ? $"/workspace/reports/{id}/print" : null));
    }

    [HttpGet("{id:guid}/download")]
    public async Task<IActionResult> Download(Guid id, CancellationToken ct)
    {
        var actor = await actors.GetAsync(User, ct);
        var file = await jobs.GetFileAsync(id, actor.UserId, ct);
        return file is null ? NotFound() : File(file.Content, ReportJobService.DocxContentType, file.FileName);
    }

    /// <summary>The same report as a printable page, in the current UI language, built from the job's scope.</summary>
    [HttpGet("{id:guid}/print")]
    public async Task<IActionResult> Print(Guid id, CancellationToken ct)
    {
        var job = await GetJobAsync(id, ct);
        if (job is null)
        {
            return NotFound();
        }
        var report = await builder.BuildAsync(job.Scope, progress: null, ct);
        return View(report);
    }

    private async Task<ReportJobView?> GetJobAsync(Guid id, CancellationToken ct)
    {
        var actor = await actors.GetAsync(User, ct);
        return await jobs.GetAsync(id, actor.UserId, ct);
    }

    private async Task<ReportFormViewModel> FormAsync(ReportInput input, CancellationToken ct)
    {
        var actor = await actors.GetAsync(User, ct);
        return new ReportFormViewModel(input, await lookups.SessionsAsync(ct), await jobs.ListAsync(actor.UserId, 10, ct));
    }
}
