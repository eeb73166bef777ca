using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using MirpsPractices.Core.Features.Commitments;
using MirpsPractices.Core.Features.Workspace;
using MirpsPractices.Core.Spreadsheets;
using MirpsPractices.Web.Authorization;
using MirpsPractices.Web.Infrastructure;
using MirpsPractices.Web.Models.Network;
using MirpsPractices.Web.OpenData;
using MirpsPractices.Web.Resources;
using MirpsPractices.Web.Localization;

namespace MirpsPractices.Web.Controllers;

/// <summary>
/// Bulk progress updates by spreadsheet: download, fill in offline, upload, preview, confirm or cancel. Moderators work on every
/// commitment, participants on their organisation's; a participant without an organisation has nothing to update.
/// </summary>
[Route("workspace/commitments/bulk")]
[Authorize(Policy = Policies.Workspace)]
public sealed class WorkspaceCommitmentBulkController(
    CommitmentBulkUpdate bulk,
    NetworkActorAccessor actors,
    IStringLocalizer<CommitmentBulkResource> b) : Controller
{
    private static readonly UploadKind[] SheetKinds = [UploadKind.Xlsx, UploadKind.Csv];

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var actor = await actors.GetAsync(User, ct);
        return CanUse(actor) ? View(new BulkIndexViewModel(actor.IsModerator)) : Forbid();
    }

    [HttpGet("commitments.xlsx")]
    public async Task<IActionResult> ExportXlsx(CancellationToken ct)
    {
        var actor = await actors.GetAsync(User, ct);
        if (!CanUse(actor))
        {
            return Forbid();
        }
        var rows = await bulk.ExportAsync(actor, ct);
        return File(XlsxWriter.Write(rows, b["Sheet_Name"].Value), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "commitments.xlsx");
    }

    [HttpGet("commitments.csv")]
    public async Task<IActionResult> ExportCsv(CancellationToken ct)
    {
        var actor = await actors.GetAsync(User, ct);
        if (!CanUse(actor))
        {
            return Forbid();
        }
        var rows = await bulk.ExportAsync(actor, ct);
        var text = new StringBuilder();
        foreach (var row in rows)
        {
            text.Append(string.Join(',', row.Select(c => PracticeCsv.Escape(PracticeCsv.Neutralise(c))))).Append("\r\n");
        }
        // A BOM so spreadsheets read accents as UTF-8.
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text.ToString())).ToArray();
        return File(bytes, "text/csv; charset=utf-8", "commitments.csv");
    }

    [HttpPost("upload")]
    [EnableRateLimiting(RateLimiting.Submission)]
    [RequestSizeLimit(11 * 1024 * 1024)]
    [RequestFormLimits(MultipartBodyLengthLimit = 11 * 1024 * 1024)]
    public async Task<IActionResult> Upload(IFormFile? file, CancellationToken ct)
    {
        var actor = await actors.GetAsync(User, ct);
        if (!CanUse(actor))
        {
            return Forbid();
        }
        var problem = UploadProblem.Empty;
        IReadOnlyList<IReadOnlyList<string>>? table = null;
        if (file is { Length: > 0 })
        {
            if (file.Length > UploadLimits.Default.MaxBytes)
            {
                problem = UploadProblem.TooLarge;
            }
            else
            {
                using var buffer = new MemoryStream((int)file.Length);
                await file.CopyToAsync(buffer, ct);
                var content = buffer.ToArray();
                var check = UploadedFileCheck.Check(content, SheetKinds);
                problem = check.Problem;
                if (check.IsAccepted)
                {
                    try
                    {
                        table = SpreadsheetReader.Read(content, check.Kind!.Value, new TableLimits(5_001, 50));
                    }
                    catch (SpreadsheetException e)
                    {
                        problem = e.Problem;
                    }
                }
            }
        }
        if (table is null)
        {
            TempData["Error"] = b[$"Upload_{problem}"].Value;
            return Redirect("/workspace/commitments/bulk");
        }
        var preview = await bulk.PreviewAsync(table, Path.GetFileName(file!.FileName), actor, ct);
        if (preview.FileProblem != BulkFileProblem.None)
        {
            TempData["Error"] = b[$"File_{preview.FileProblem}"].Value;
            return Redirect("/workspace/commitments/bulk");
        }
        return Redirect($"/workspace/commitments/bulk/preview?token={preview.Token}");
    }

    [HttpGet("preview")]
    public async Task<IActionResult> Preview(string? token, CancellationToken ct)
    {
        var actor = await actors.GetAsync(User, ct);
        if (!CanUse(actor))
        {
            return Forbid();
        }
        var preview = await bulk.PendingAsync(token, actor, ct);
        if (preview is null)
        {
            TempData["Error"] = b["Preview_Expired"].Value;
            return Redirect("/workspace/commitments/bulk");
        }
        return View(new BulkPreviewViewModel(preview));
    }

    [HttpPost("confirm")]
    public async Task<IActionResult> Confirm([FromForm] string? token, CancellationToken ct)
    {
        var actor = await actors.GetAsync(User, ct);
        if (!CanUse(actor))
        {
            return Forbid();
        }
        var outcome = await bulk.ConfirmAsync(token, actor, HttpContext.ToAuditContext(), ct);
        if (!outcome.Found)
        {
            TempData["Error"] = b["Preview_Expired"].Value;
            return Redirect("/workspace/commitments/bulk");
        }
        if (outcome.Conflict)
        {
            TempData["Error"] = b["Confirm_Conflict"].Value;
            return Redirect($"/workspace/commitments/bulk/preview?token={token}");
        }
        TempData["Status"] = b.Count("Confirm_Saved", outcome.Saved).Value;
        return Redirect("/workspace/commitments");
    }

    [HttpPost("cancel")]
    public async Task<IActionResult> Cancel([FromForm] string? token, CancellationToken ct)
    {
        var actor = await actors.GetAsync(User, ct);
        if (!CanUse(actor))
        {
            return Forbid();
        }
        await bulk.CancelAsync(token, actor, ct);
        TempData["Status"] = b["Cancelled"].Value;
        return Redirect("/workspace/commitments/bulk");
    }

    private static bool CanUse(NetworkActor actor) => actor.IsModerator || actor.OrganisationId is not null;
}
