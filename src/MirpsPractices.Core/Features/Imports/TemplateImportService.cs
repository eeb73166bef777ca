using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using MirpsPractices.Core.Auditing;
using MirpsPractices.Core.Data;
using MirpsPractices.Core.Features.Practices;
using MirpsPractices.Core.Spreadsheets;

namespace MirpsPractices.Core.Features.Imports;

public enum TemplateImportOutcome
{
    Created,
    /// <summary>The same file was imported before by the same person: the draft it made is returned.</summary>
    AlreadyImported,
    /// <summary>Refused before it was opened; <see cref="TemplateImportResult.UploadProblem"/> says why.</summary>
    Refused,
    /// <summary>A Word document without any field control: not (a version of) the template.</summary>
    NotATemplate,
    /// <summary>The template has its controls but nothing written in them.</summary>
    Empty,
}

public sealed record TemplateImportResult(
    TemplateImportOutcome Outcome,
    int? PracticeId = null,
    UploadProblem UploadProblem = UploadProblem.None,
    int? Version = null,
    IReadOnlyList<string>? ImportedFields = null,
    IReadOnlyList<FieldProblem>? Problems = null,
    IReadOnlyList<string>? UnknownParts = null,
    IReadOnlyList<string>? MissingFields = null,
    string? Title = null);

/// <summary>
/// Turns a filled Word template into a draft of the uploader: checked by <see cref="UploadedFileCheck"/> first, read field by
/// field (an older template imports what it has), parsed with <see cref="PracticeFieldParser"/>; whatever cannot go in is
/// returned by name, and the draft's audit entry says which file it came from.
/// </summary>
public sealed class TemplateImportService(AppDbContext db, PracticeWorkflowService workflow)
{
    public async Task<OrganisationMatcher> OrganisationMatcherAsync(CancellationToken cancellationToken) =>
        new(await db.Organisations.AsNoTracking()
            .Where(o => o.IsApproved && o.MergedIntoId == null)
            .Select(o => new OrganisationCandidate(o.Id, o.Name, o.Acronym, o.CountryCode))
            .ToListAsync(cancellationToken));

    public async Task<TemplateImportResult> ImportAsync(AuditContext who, string fileName, byte[] content, CodeAliases aliases, IReadOnlyCollection<string> placeholders, CancellationToken cancellationToken)
    {
        var check = UploadedFileCheck.Check(content, [UploadKind.Docx]);
        if (!check.IsAccepted)
        {
            return new TemplateImportResult(TemplateImportOutcome.Refused, UploadProblem: check.Problem);
        }
        TemplateReadResult read;
        try
        {
            read = PracticeTemplate.Read(content, placeholders);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return new TemplateImportResult(TemplateImportOutcome.Refused, UploadProblem: UploadProblem.Unreadable);
        }
        if (!read.IsTemplate)
        {
            return new TemplateImportResult(TemplateImportOutcome.NotATemplate, UnknownParts: read.UnknownParts);
        }
        if (read.Values.Count == 0)
        {
            return new TemplateImportResult(TemplateImportOutcome.Empty, Version: read.Version, UnknownParts: read.UnknownParts, MissingFields: read.MissingFields);
        }

        var parsed = new PracticeFieldParser(await OrganisationMatcherAsync(cancellationToken), aliases).Parse(read.Values);
        // A template without a title still makes a draft (the problem list says so): the title is the first thing to fix.
        var problems = parsed.Problems;
        var name = Path.GetFileName(fileName.Replace('\\', '/'));
        var key = "template:" + Convert.ToHexString(SHA256.HashData(content));
        var created = await workflow.CreateDraftAsync(who, parsed.Content, key, cancellationToken, PracticeEditDetails.Imported(name));
        if (!created.Succeeded)
        {
            return new TemplateImportResult(TemplateImportOutcome.Refused, UploadProblem: UploadProblem.Unreadable);
        }
        var wrong = problems.Select(p => p.Field).ToHashSet(StringComparer.Ordinal);
        var imported = PracticeFields.All.Where(f => read.Values.ContainsKey(f.Key) && !wrong.Contains(f.Key)).Select(f => f.Key).ToList();
        return new TemplateImportResult(
            created.Replayed ? TemplateImportOutcome.AlreadyImported : TemplateImportOutcome.Created,
            created.PracticeId,
            Version: read.Version,
            ImportedFields: imported,
            Problems: problems,
            UnknownParts: read.UnknownParts,
            MissingFields: read.MissingFields,
            Title: parsed.Content.Title);
    }
}
