using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using MirpsPractices.Core.Domain;
using MirpsPractices.Core.Features.Imports;
using MirpsPractices.Core.Spreadsheets;
using MirpsPractices.Web.Authorization;
using MirpsPractices.Web.Infrastructure;
using MirpsPractices.Web.Localization;
using MirpsPractices.Web.Models.Imports;
using MirpsPractices.Web.Resources;

namespace MirpsPractices.Web.Controllers;

/// <summary>The Word template of a practice: download it in Spanish or English, upload it filled to get a draft (issue 15).</summary>
[Route("my/practices")]
[Authorize(Policy = Policies.Participant)]
public sealed class PracticeImportController(TemplateImportService imports, ImportTexts texts, IStringLocalizer<ImportResource> i) : Controller
{
    public const long MaxUploadBytes = 11 * 1024 * 1024;

    [HttpGet("template")]
    public IActionResult Template(string? lang)
    {
        var culture = RecordLanguages.All.FirstOrDefault(l => string.Equals(l, lang, StringComparison.OrdinalIgnoreCase))
            ?? (System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == RecordLanguages.English ? RecordLanguages.English : RecordLanguages.Spanish);
        var document = PracticeTemplate.Write(texts.Template(culture));
        return File(document, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", texts.TemplateFileName(culture));
    }

    /// <summary>
    /// Reads the uploaded template and shows what was imported and what was not. The result page is the answer to the POST:
    /// posting the same file again finds the draft it already made (the file's hash is the idempotency key), so no duplicate.
    /// </summary>
    [HttpPost("import")]
    [EnableRateLimiting(RateLimiting.Submission)]
    [RequestSizeLimit(MaxUploadBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = MaxUploadBytes)]
    public async Task<IActionResult> Import(IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is not { Length: > 0 })
        {
            return Refused(UploadProblem.Empty);
        }
        if (file.Length > UploadLimits.Default.MaxBytes)
        {
            return Refused(UploadProblem.TooLarge);
        }
        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, cancellationToken);
        var fileName = Path.GetFileName(file.FileName.Replace('\\', '/'));
        var result = await imports.ImportAsync(HttpContext.ToAuditContext(), fileName, buffer.ToArray(), texts.Aliases(), texts.Placeholders(), cancellationToken);
        switch (result.Outcome)
        {
            case TemplateImportOutcome.Refused:
                return Refused(result.UploadProblem);
            case TemplateImportOutcome.NotATemplate:
                TempData["Error"] = i["Result_NotATemplate"].Value;
                return Redirect("/my/practices#import");
            case TemplateImportOutcome.Empty:
                TempData["Error"] = i["Result_Empty"].Value;
                return Redirect("/my/practices#import");
        }
        var problems = result.Problems!.Select(p => new ImportLine(texts.FieldLabel(p.Field), i[$"Problem_{p.Kind}", texts.FieldLabel(p.Field), p.Value ?? ""].Value)).ToList();
        return View("Result", new TemplateImportViewModel(
            fileName,
            result.PracticeId!.Value,
            result.Title ?? "",
            result.Outcome == TemplateImportOutcome.AlreadyImported,
            result.Version,
            [.. result.ImportedFields!.Select(texts.FieldLabel)],
            problems,
            result.UnknownParts!,
            [.. result.MissingFields!.Select(texts.FieldLabel)]));
    }

    private RedirectResult Refused(UploadProblem problem)
    {
        TempData["Error"] = i[$"Upload_{problem}"].Value;
        return Redirect("/my/practices#import");
    }
}
