using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using MirpsPractices.Core.Features.Imports;
using MirpsPractices.Core.Spreadsheets;
using MirpsPractices.Web.Authorization;
using MirpsPractices.Web.Infrastructure;
using MirpsPractices.Web.Localization;
using MirpsPractices.Web.Models.Imports;
using MirpsPractices.Web.Resources;

namespace MirpsPractices.Web.Controllers;

/// <summary>
/// Bulk import of practices from .xlsx or CSV for moderators (issue 15): upload, map columns, preview every row, confirm;
/// the import runs in the background and its progress page refreshes itself (no script needed). A batch is its uploader's.
/// </summary>
[Route("moderation/imports")]
[Authorize(Policy = Policies.Moderator)]
public sealed class BulkImportController(BulkImportService imports, ImportTexts texts, IValidator<ColumnMappingInput> validator, IValidator<StartImportInput> startValidator, IValidator<ProposeOrganisationInput> proposalValidator, ReferenceLabels labels, IStringLocalizer<ImportResource> i, IStringLocalizer<ImportPublishResource> p) : Controller
{
    private string UserId => User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)!.Value;

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(new BulkIndexViewModel(await imports.ListAsync(UserId, ct)));

    [HttpPost("")]
    [EnableRateLimiting(RateLimiting.Submission)]
    [RequestSizeLimit(PracticeImportController.MaxUploadBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = PracticeImportController.MaxUploadBytes)]
    public async Task<IActionResult> Upload(IFormFile? file, CancellationToken ct)
    {
        if (file is not { Length: > 0 } || file.Length > UploadLimits.Default.MaxBytes)
        {
            return Refused(file is { Length: > 0 } ? UploadProblem.TooLarge : UploadProblem.Empty);
        }
        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, ct);
        var result = await imports.UploadAsync(HttpContext.ToAuditContext(), file.FileName, buffer.ToArray(), ct);
        return result.BatchId is Guid id ? Redirect($"/moderation/imports/{id}/mapping") : Refused(result.Problem);
    }

    [HttpGet("{id:guid}/mapping")]
    public async Task<IActionResult> Mapping(Guid id, CancellationToken ct)
    {
        var batch = await imports.GetAsync(id, UserId, ct);
        var columns = await imports.ColumnsAsync(id, UserId, ct);
        if (batch is null || columns is null)
        {
            return NotFound();
        }
        if (batch.Status != Core.Domain.ImportBatchStatus.Mapping)
        {
            return Redirect($"/moderation/imports/{id}");
        }
        return View(new BulkMappingViewModel(batch, columns, Options()));
    }

    [HttpPost("{id:guid}/mapping")]
    public async Task<IActionResult> Mapping(Guid id, ColumnMappingInput input, CancellationToken ct)
    {
        var validation = await validator.ValidateAsync(input, ct);
        if (!validation.IsValid)
        {
            TempData["Error"] = i["Bulk_MappingInvalid"].Value;
            return Redirect($"/moderation/imports/{id}/mapping");
        }
        var choices = input.Fields.Select((key, index) => (index, key)).ToDictionary(x => x.index, x => x.key);
        if (!await imports.SaveMappingAsync(id, UserId, choices, ct))
        {
            return await imports.GetAsync(id, UserId, ct) is null ? NotFound() : Redirect($"/moderation/imports/{id}");
        }
        return Redirect($"/moderation/imports/{id}/preview");
    }

    [HttpGet("{id:guid}/preview")]
    public async Task<IActionResult> Preview(Guid id, CancellationToken ct)
    {
        // A refused confirmation comes back here with what was posted, so the owner, the choice and the assessment are kept.
        var start = (TempData[StartInputKey] is string posted ? System.Text.Json.JsonSerializer.Deserialize<StartImportInput>(posted) : null) ?? new StartImportInput();
        start.WithAllCriteria();
        var preview = await imports.PreviewAsync(id, UserId, ct);
        if (preview is null)
        {
            return NotFound();
        }
        var lines = preview.Rows.Select(r => new BulkPreviewLine(r, Problems(r.Problems), [.. r.Countries.Select(labels.Country)])).ToList();
        var owners = preview.Owners.Select(o => new FieldOption(o.Id, o.Email.Length > 0 ? $"{o.DisplayName} ({o.Email})" : o.DisplayName)).ToList();
        var proposals = preview.Rows
            .SelectMany(r => r.Organisations.Where(m => m.Kind == Core.Features.Imports.OrganisationMatchKind.NotFound).Select(m => (Match: m, Row: r)))
            .Select(x => Proposal(x.Match.Text, x.Row.Countries.Count > 0 ? x.Row.Countries[0] : null, x.Row.Row))
            .DistinctBy(x => OrganisationMatcher.Normalise(x.Name)).ToList();
        return View(new BulkPreviewViewModel(preview, lines, owners, proposals,
            [.. labels.All<Core.Domain.ActorType>().Select(a => new FieldOption(a.Value.ToString(), a.Label))],
            [.. Core.Domain.Country.MirpsCodes.Select(c => new FieldOption(c, labels.Country(c)))], start));
    }

    /// <summary>
    /// Proposes an organisation a row names but the directory lacks (the practice form's proposal flow: it waits for an
    /// administrator's approval); the preview then links the rows that name it.
    /// </summary>
    [HttpPost("{id:guid}/organisations")]
    public async Task<IActionResult> ProposeOrganisation(Guid id, ProposeOrganisationInput input, CancellationToken ct)
    {
        var validation = await proposalValidator.ValidateAsync(input, ct);
        if (!validation.IsValid)
        {
            TempData["Error"] = string.Join(" ", validation.Errors.Select(e => e.ErrorMessage).Distinct());
            return await imports.GetAsync(id, UserId, ct) is null ? NotFound() : Redirect($"/moderation/imports/{id}/preview");
        }
        var created = await imports.ProposeOrganisationAsync(id, HttpContext.ToAuditContext(), input.Name!, input.Acronym, input.ActorType!.Value, input.CountryCode!, ct);
        if (created is null)
        {
            return await imports.GetAsync(id, UserId, ct) is null ? NotFound() : Redirect($"/moderation/imports/{id}");
        }
        TempData["Status"] = p["Propose_Done", input.Name!.Trim()].Value;
        return Redirect($"/moderation/imports/{id}/preview");
    }

    /// <summary>"Name (ACR)" in the file prefills the name and the acronym.</summary>
    private static OrganisationProposalLine Proposal(string text, string? country, int row)
    {
        var match = System.Text.RegularExpressions.Regex.Match(text, @"^(?<name>.+?)\s*\((?<acronym>[^()]{1,30})\)$");
        return match.Success
            ? new OrganisationProposalLine(text, match.Groups["name"].Value.Trim(), match.Groups["acronym"].Value.Trim(), country, row)
            : new OrganisationProposalLine(text, text.Trim(), null, country, row);
    }

    /// <summary>
    /// Confirms the import with the team member who will own the drafts, as drafts or as published with the batch's
    /// assessment; a missing or invalid owner or assessment queues nothing and the form is shown again as it was posted.
    /// </summary>
    [HttpPost("{id:guid}/start")]
    public async Task<IActionResult> Start(Guid id, StartImportInput input, CancellationToken ct)
    {
        input.WithAllCriteria();
        var validation = await startValidator.ValidateAsync(input, ct);
        if (!validation.IsValid)
        {
            return await imports.GetAsync(id, UserId, ct) is null ? NotFound() : RefusedStart(id, input, string.Join(" ", validation.Errors.Select(e => e.ErrorMessage).Distinct()));
        }
        switch (await imports.StartAsync(id, HttpContext.ToAuditContext(), input.OwnerId!, ct, input.ToAssessment()))
        {
            case ImportStartResult.NotFound:
                return NotFound();
            case ImportStartResult.InvalidOwner:
                return RefusedStart(id, input, p["Owner_Invalid"].Value);
            case ImportStartResult.AssessmentRequired:
                return RefusedStart(id, input, p["Publish_SafeguardingRequired"].Value);
            default:
                return Redirect($"/moderation/imports/{id}");
        }
    }

    private const string StartInputKey = "BulkImportStart";

    private RedirectResult RefusedStart(Guid id, StartImportInput input, string message)
    {
        TempData["Error"] = message;
        TempData[StartInputKey] = System.Text.Json.JsonSerializer.Serialize(input);
        return Redirect($"/moderation/imports/{id}/preview");
    }

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Progress(Guid id, CancellationToken ct)
    {
        var batch = await imports.GetAsync(id, UserId, ct);
        if (batch is null)
        {
            return NotFound();
        }
        if (batch.Status == Core.Domain.ImportBatchStatus.Mapping)
        {
            return Redirect($"/moderation/imports/{id}/preview");
        }
        if (!batch.IsFinished)
        {
            // Refreshes without script; the request is a cheap read of one row, so it does not load the server.
            Response.Headers["Refresh"] = "2";
        }
        Response.Headers.CacheControl = "no-store";
        return View(new BulkProgressViewModel(batch, [.. batch.Failures.Select(f => (f.Row, f.Title, Problems(f.Problems)))]));
    }

    private List<ImportLine> Problems(IEnumerable<FieldProblem> problems) =>
        [.. problems.Select(problem => new ImportLine(Label(problem.Field), problem.Field switch
        {
            BulkRows.OwnerEmailKey => p["Owner_UnknownEmail", problem.Value ?? ""].Value,
            BulkRows.PublicationKey => p[$"Publish_Failed_{(Enum.TryParse<Core.Features.Practices.WorkflowOutcome>(problem.Value, out var outcome) ? outcome : Core.Features.Practices.WorkflowOutcome.NotAllowed)}"].Value,
            _ => i[$"Problem_{problem.Kind}", Label(problem.Field), problem.Value ?? ""].Value,
        }))];

    private string Label(string key) => key switch
    {
        BulkRows.SourceIdKey => i["Bulk_SourceId"].Value,
        BulkRows.OwnerEmailKey => p["Owner_EmailField"].Value,
        BulkRows.PublicationKey => p["Publish_Field"].Value,
        _ => texts.FieldLabel(key),
    };

    private List<FieldOption> Options() =>
        [new(BulkRows.SourceIdKey, i["Bulk_SourceId"].Value), new(BulkRows.OwnerEmailKey, p["Owner_EmailField"].Value), .. PracticeFields.All.Select(f => new FieldOption(f.Key, texts.FieldLabel(f.Key)))];

    private RedirectResult Refused(UploadProblem problem)
    {
        TempData["Error"] = i[problem == UploadProblem.UnsupportedType ? "Upload_UnsupportedTypeSheet" : $"Upload_{problem}"].Value;
        return Redirect("/moderation/imports");
    }
}
