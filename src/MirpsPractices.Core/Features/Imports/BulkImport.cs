using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using MirpsPractices.Core.Auditing;
using MirpsPractices.Core.Catalogue;
using MirpsPractices.Core.Data;
using MirpsPractices.Core.Domain;
using MirpsPractices.Core.Features.Jobs;
using MirpsPractices.Core.Features.Moderation;
using MirpsPractices.Core.Features.Practices;
using MirpsPractices.Core.Spreadsheets;

namespace MirpsPractices.Core.Features.Imports;

/// <summary>The Spanish and English labels people type instead of codes; the web host provides them from its resources.</summary>
public interface IImportAliases
{
    CodeAliases Aliases();
}

public sealed record BulkColumn(int Index, string Header, string? FieldKey, string? Sample);

/// <param name="Owner">The row's own owner (its owner e-mail column); null when the row goes to the member chosen on confirming.</param>
public sealed record BulkPreviewRow(int Row, string Title, IReadOnlyList<FieldProblem> Problems, IReadOnlyList<OrganisationMatch> Organisations, IReadOnlyList<string> Countries, bool AlreadyImported, ImportOwner? Owner = null)
{
    /// <summary>A row with any problem is not imported: it is listed with its reasons to be fixed and imported alone.</summary>
    public bool WillImport => Problems.Count == 0 && !AlreadyImported;
}

/// <param name="Owners">The team members who may own the imported drafts (active participants of the portal).</param>
/// <param name="IgnoredColumns">Headers of the file's columns mapped to no field (unknown or derived columns): named, not imported.</param>
public sealed record BulkPreview(ImportBatchView Batch, IReadOnlyList<BulkPreviewRow> Rows, IReadOnlyList<ImportOwner> Owners, IReadOnlyList<string> IgnoredColumns)
{
    public int WillImport => Rows.Count(r => r.WillImport);
    public int WithProblems => Rows.Count(r => r.Problems.Count > 0);
    public int AlreadyImported => Rows.Count(r => r.AlreadyImported);
}

public sealed record ImportFailureView(int Row, string Title, IReadOnlyList<FieldProblem> Problems);

public sealed record ImportBatchView(
    Guid Id, string FileName, ImportBatchStatus Status, int TotalRows, int ProcessedRows, int CreatedRows, int SkippedRows, int FailedRows,
    DateTime CreatedAtUtc, IReadOnlyList<ImportFailureView> Failures, bool PublishOnImport = false)
{
    public bool IsFinished => Status is ImportBatchStatus.Completed or ImportBatchStatus.Failed;
    public int Percent => TotalRows == 0 ? 100 : (int)(100L * ProcessedRows / TotalRows);
}

public sealed record BulkUploadResult(Guid? BatchId, UploadProblem Problem);

public enum ImportStartResult
{
    Started,
    NotFound,
    /// <summary>The chosen owner is not an active participant of the portal: nothing was queued.</summary>
    InvalidOwner,
    /// <summary>"Import as published" without the safeguarding confirmations publication needs: nothing was queued.</summary>
    AssessmentRequired,
}

/// <summary>
/// The moderator's assessment for a batch imported as published: the good-practice criteria and the safeguarding check the
/// moderation review records when publishing, one for the whole batch. Publishing needs both safeguarding confirmations.
/// </summary>
public sealed record ImportAssessment(IReadOnlyList<CriterionInput> Criteria, bool NoPersonalDataOfDisplacedPeople, bool ConsentForPhotosOfPeople, string? SafeguardingNote)
{
    public bool AllowsPublication => NoPersonalDataOfDisplacedPeople && ConsentForPhotosOfPeople;

    public string Serialize() => JsonSerializer.Serialize(this);

    public static ImportAssessment? Deserialize(string? json) => string.IsNullOrEmpty(json) ? null : JsonSerializer.Deserialize<ImportAssessment>(json);

    public ReviewInput ToPublish(Guid stamp) =>
        new(ModerationDecision.Publish, stamp, Criteria, NoPersonalDataOfDisplacedPeople, ConsentForPhotosOfPeople, SafeguardingNote, new Dictionary<string, string>(), null);
}

/// <summary>A team member who can own imported drafts.</summary>
public sealed record ImportOwner(string Id, string DisplayName, string Email);

/// <summary>
/// Who owns imported drafts: only participants can edit and submit drafts, so the moderator gives them to a team member
/// (an active participant); a row's owner e-mail column, when mapped and filled, names its own owner.
/// </summary>
public static class ImportOwners
{
    public static async Task<IReadOnlyList<ImportOwner>> ListAsync(AppDbContext db, CancellationToken ct)
    {
        var roles = Roles.ParticipantGroups.ToList();
        return await db.Users.AsNoTracking()
            .Where(u => !u.IsDeactivated && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && roles.Contains(r.Name!))))
            .OrderBy(u => u.DisplayName).ThenBy(u => u.Email)
            .Select(u => new ImportOwner(u.Id, u.DisplayName, u.Email ?? ""))
            .ToListAsync(ct);
    }

    public static Dictionary<string, ImportOwner> ByEmail(IEnumerable<ImportOwner> owners) =>
        owners.Where(o => o.Email.Length > 0).DistinctBy(o => o.Email, StringComparer.OrdinalIgnoreCase).ToDictionary(o => o.Email, StringComparer.OrdinalIgnoreCase);

    /// <summary>The row's own owner from its e-mail column; a filled e-mail that is no participant's is a problem of the row.</summary>
    public static (ImportOwner? Owner, FieldProblem? Problem) ForRow(IReadOnlyDictionary<string, string> values, IReadOnlyDictionary<string, ImportOwner> byEmail)
    {
        if (!values.TryGetValue(BulkRows.OwnerEmailKey, out var email) || string.IsNullOrWhiteSpace(email))
        {
            return (null, null);
        }
        email = email.Trim();
        return byEmail.TryGetValue(email, out var owner) ? (owner, null) : (null, new FieldProblem(BulkRows.OwnerEmailKey, FieldProblemKind.UnknownCode, email.Length > 200 ? email[..200] : email));
    }
}

/// <summary>Reads a batch's rows and turns them into field values with its mapping; computes each row's stable source key.</summary>
public static class BulkRows
{
    /// <summary>The mapping target of a column that identifies the row across files (the open-data CSV's "id").</summary>
    public const string SourceIdKey = "SourceId";

    /// <summary>The "field" of a row's failure when its draft was created but could not be published; the value is the outcome.</summary>
    public const string PublicationKey = "Publication";

    /// <summary>The mapping target of a column with the e-mail of the team member who will own the row's draft.</summary>
    public const string OwnerEmailKey = "OwnerEmail";

    /// <summary>The header mapped to <see cref="OwnerEmailKey"/> by default.</summary>
    public const string OwnerEmailColumn = "owner_email";

    public static IReadOnlyList<IReadOnlyList<string>> Read(byte[] content, string kind) =>
        SpreadsheetReader.Read(content, kind == "xlsx" ? UploadKind.Xlsx : UploadKind.Csv);

    public static Dictionary<int, string> Mapping(string json) =>
        JsonSerializer.Deserialize<Dictionary<int, string>>(json) ?? [];

    public static Dictionary<string, string> Values(IReadOnlyList<string> row, IReadOnlyDictionary<int, string> mapping)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (index, key) in mapping)
        {
            if (index < row.Count && key.Length > 0)
            {
                values[key] = values.TryGetValue(key, out var before) && before.Length > 0 ? before + "\n" + row[index] : row[index];
            }
        }
        return values;
    }

    /// <summary>
    /// The row's source key: the file's id column when mapped and filled, otherwise a hash of the title, countries and start
    /// date (normalised), so the same row imported again — from the same or a corrected file — is recognised.
    /// </summary>
    public static string SourceKey(IReadOnlyDictionary<string, string> values, PracticeContent content)
    {
        var basis = values.TryGetValue(SourceIdKey, out var id) && !string.IsNullOrWhiteSpace(id)
            ? "id:" + OrganisationMatcher.Normalise(id)
            : "row:" + OrganisationMatcher.Normalise(content.Title) + "|" + string.Join(",", content.Countries.Order(StringComparer.Ordinal)) + "|" + content.StartDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return "import:" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(basis)));
    }

    /// <summary>The default target of a header: the moderator's remembered choice, else the CSV export's column, else a field key.</summary>
    public static string? DefaultField(string header, IReadOnlyDictionary<string, string> remembered)
    {
        if (remembered.TryGetValue(OrganisationMatcher.Normalise(header), out var key))
        {
            return key.Length == 0 ? null : key;
        }
        if (string.Equals(header.Trim(), PracticeFields.SourceIdColumn, StringComparison.OrdinalIgnoreCase))
        {
            return SourceIdKey;
        }
        if (string.Equals(header.Trim(), OwnerEmailColumn, StringComparison.OrdinalIgnoreCase))
        {
            return OwnerEmailKey;
        }
        return PracticeFields.ForColumn(header)?.Key ?? PracticeFields.Find(header)?.Key;
    }

    public static bool IsTarget(string? key) => key is null || key.Length == 0 || key == SourceIdKey || key == OwnerEmailKey || PracticeFields.Find(key) is not null;

    public static string Reasons(IEnumerable<FieldProblem> problems) =>
        string.Join("\n", problems.Select(p => $"{p.Field}\t{p.Kind}\t{p.Value}"));

    public static IReadOnlyList<FieldProblem> ParseReasons(string reasons) =>
        [.. reasons.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.Split('\t')).Where(p => p.Length >= 2 && Enum.TryParse<FieldProblemKind>(p[1], out _))
            .Select(p => new FieldProblem(p[0], Enum.Parse<FieldProblemKind>(p[1]), p.Length > 2 && p[2].Length > 0 ? p[2] : null))];
}

/// <summary>In-process wake-up for the import worker; the database is the queue of record.</summary>
public sealed class ImportQueue : JobSignal;

/// <summary>
/// Bulk import of practices for moderators: upload (checked before it is read), map columns (remembered per moderator),
/// preview every row, then confirm; the rows are created in the background by <see cref="ImportWorker"/>. A batch belongs to
/// the moderator who uploaded it.
/// </summary>
public sealed class BulkImportService(AppDbContext db, ImportQueue queue, IImportAliases aliases, AuditLog audit, TimeProvider clock, PracticeWorkflowService workflow)
{
    /// <summary>
    /// Proposes an organisation a row names but the directory lacks, from the preview of the moderator's own batch (before
    /// confirming), through the same proposal flow as the practice form: it waits for an administrator's approval in the
    /// directory, and this moderator's imports link it at once. Null when the batch is not the moderator's or already started.
    /// </summary>
    public async Task<int?> ProposeOrganisationAsync(Guid id, AuditContext who, string name, string? acronym, ActorType type, string countryCode, CancellationToken ct)
    {
        if (!await db.ImportBatches.AnyAsync(b => b.Id == id && b.UploadedById == who.UserId && b.Status == ImportBatchStatus.Mapping, ct))
        {
            return null;
        }
        return await workflow.ProposeOrganisationAsync(who, name, acronym, type, countryCode, ct);
    }

    public async Task<BulkUploadResult> UploadAsync(AuditContext who, string fileName, byte[] content, CancellationToken ct)
    {
        var check = UploadedFileCheck.Check(content, [UploadKind.Csv, UploadKind.Xlsx]);
        if (!check.IsAccepted)
        {
            return new BulkUploadResult(null, check.Problem);
        }
        var kind = check.Kind == UploadKind.Xlsx ? "xlsx" : "csv";
        IReadOnlyList<IReadOnlyList<string>> rows;
        try
        {
            rows = BulkRows.Read(content, kind);
        }
        catch (Exception ex) when (ex is SpreadsheetException or InvalidDataException or System.Xml.XmlException or DocumentFormat.OpenXml.Packaging.OpenXmlPackageException)
        {
            return new BulkUploadResult(null, ex is SpreadsheetException s ? s.Problem : UploadProblem.Unreadable);
        }
        if (rows.Count < 2 || rows[0].All(string.IsNullOrWhiteSpace))
        {
            return new BulkUploadResult(null, UploadProblem.Empty);
        }
        var remembered = await RememberedAsync(who.UserId!, ct);
        var mapping = rows[0].Select((h, i) => (i, key: BulkRows.DefaultField(h, remembered))).Where(x => x.key is not null).ToDictionary(x => x.i, x => x.key!);
        var batch = new ImportBatch
        {
            Id = Guid.NewGuid(),
            UploadedById = who.UserId!,
            FileName = Path.GetFileName(fileName.Replace('\\', '/')),
            Content = content,
            Kind = kind,
            MappingJson = JsonSerializer.Serialize(mapping),
            Status = ImportBatchStatus.Mapping,
            TotalRows = rows.Count - 1,
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.ImportBatches.Add(batch);
        await db.SaveChangesAsync(ct);
        return new BulkUploadResult(batch.Id, UploadProblem.None);
    }

    public async Task<IReadOnlyList<BulkColumn>?> ColumnsAsync(Guid id, string userId, CancellationToken ct)
    {
        var batch = await db.ImportBatches.AsNoTracking().SingleOrDefaultAsync(b => b.Id == id && b.UploadedById == userId, ct);
        if (batch is null)
        {
            return null;
        }
        var rows = BulkRows.Read(batch.Content, batch.Kind);
        var mapping = BulkRows.Mapping(batch.MappingJson);
        return [.. rows[0].Select((header, i) => new BulkColumn(i, header, mapping.GetValueOrDefault(i), rows.Skip(1).Select(r => i < r.Count ? r[i] : "").FirstOrDefault(v => v.Length > 0)))];
    }

    /// <summary>Stores the mapping on the batch and remembers it for the moderator's next file; refused once the import started.</summary>
    public async Task<bool> SaveMappingAsync(Guid id, string userId, IReadOnlyDictionary<int, string?> choices, CancellationToken ct)
    {
        var batch = await db.ImportBatches.AsTracking().SingleOrDefaultAsync(b => b.Id == id && b.UploadedById == userId, ct);
        if (batch is null || batch.Status != ImportBatchStatus.Mapping || choices.Values.Any(v => !BulkRows.IsTarget(v)))
        {
            return false;
        }
        var headers = BulkRows.Read(batch.Content, batch.Kind)[0];
        batch.MappingJson = JsonSerializer.Serialize(choices.Where(c => c.Key >= 0 && c.Key < headers.Count && !string.IsNullOrEmpty(c.Value)).ToDictionary(c => c.Key, c => c.Value!));
        var now = clock.GetUtcNow().UtcDateTime;
        var normalised = choices.Where(c => c.Key >= 0 && c.Key < headers.Count).Select(c => (Header: OrganisationMatcher.Normalise(headers[c.Key]), Key: c.Value ?? ""))
            .Where(c => c.Header.Length is > 0 and <= 200).DistinctBy(c => c.Header).ToList();
        var names = normalised.Select(c => c.Header).ToList();
        var existing = await db.ImportColumnMappings.AsTracking().Where(m => m.UserId == userId && names.Contains(m.Header)).ToDictionaryAsync(m => m.Header, ct);
        foreach (var (header, key) in normalised)
        {
            if (existing.TryGetValue(header, out var row))
            {
                row.FieldKey = key;
                row.UpdatedAtUtc = now;
            }
            else
            {
                db.ImportColumnMappings.Add(new ImportColumnMapping { UserId = userId, Header = header, FieldKey = key, UpdatedAtUtc = now });
            }
        }
        await db.SaveChangesAsync(ct);
        return true;
    }

    public async Task<BulkPreview?> PreviewAsync(Guid id, string userId, CancellationToken ct)
    {
        var batch = await db.ImportBatches.AsNoTracking().SingleOrDefaultAsync(b => b.Id == id && b.UploadedById == userId, ct);
        if (batch is null)
        {
            return null;
        }
        var parser = new PracticeFieldParser(await MatcherAsync(db, userId, ct), aliases.Aliases());
        var owners = await ImportOwners.ListAsync(db, ct);
        var byEmail = ImportOwners.ByEmail(owners);
        var mapping = BulkRows.Mapping(batch.MappingJson);
        var sheet = BulkRows.Read(batch.Content, batch.Kind);
        var ignored = sheet[0].Select((header, index) => (header, index)).Where(c => !mapping.ContainsKey(c.index) && c.header.Trim().Length > 0).Select(c => c.header.Trim()).ToList();
        var parsed = sheet.Skip(1).Select((row, i) =>
        {
            var values = BulkRows.Values(row, mapping);
            var practice = parser.Parse(values);
            var (owner, ownerProblem) = ImportOwners.ForRow(values, byEmail);
            IReadOnlyList<FieldProblem> problems = ownerProblem is null ? practice.Problems : [.. practice.Problems, ownerProblem];
            return (Row: i + 2, Parsed: practice, Problems: problems, Owner: owner, Key: PracticeWorkflowService.IdempotencyPrefix + BulkRows.SourceKey(values, practice.Content));
        }).ToList();
        var keys = parsed.Select(p => p.Key).ToList();
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in keys.Chunk(500))
        {
            taken.UnionWith(await db.IdempotencyRecords.Where(r => chunk.Contains(r.Key)).Select(r => r.Key).ToListAsync(ct));
        }
        var rows = parsed.Select(p => new BulkPreviewRow(p.Row, p.Parsed.Content.Title, p.Problems, p.Parsed.Organisations, p.Parsed.Content.Countries, taken.Contains(p.Key), p.Owner)).ToList();
        return new BulkPreview(View(batch, []), rows, owners, ignored);
    }

    /// <summary>
    /// The moderator's confirmation with the team member who will own the drafts (rows with their own owner e-mail keep it):
    /// the batch is queued (once) and the worker is woken up. With an <paramref name="publish"/> assessment, every draft is
    /// then submitted and published through the moderation review with it.
    /// </summary>
    public async Task<ImportStartResult> StartAsync(Guid id, AuditContext who, string ownerId, CancellationToken ct, ImportAssessment? publish = null)
    {
        if (publish is { AllowsPublication: false })
        {
            return await db.ImportBatches.AnyAsync(b => b.Id == id && b.UploadedById == who.UserId, ct) ? ImportStartResult.AssessmentRequired : ImportStartResult.NotFound;
        }
        var assessment = publish?.Serialize();
        var publishOnImport = publish is not null;
        if (!await db.ImportBatches.AnyAsync(b => b.Id == id && b.UploadedById == who.UserId, ct))
        {
            return ImportStartResult.NotFound;
        }
        if ((await ImportOwners.ListAsync(db, ct)).All(o => o.Id != ownerId))
        {
            return ImportStartResult.InvalidOwner;
        }
        var started = await db.ImportBatches.Where(b => b.Id == id && b.UploadedById == who.UserId && b.Status == ImportBatchStatus.Mapping)
            .ExecuteUpdateAsync(s => s.SetProperty(b => b.Status, ImportBatchStatus.Queued).SetProperty(b => b.OwnerId, ownerId)
                .SetProperty(b => b.PublishOnImport, publishOnImport).SetProperty(b => b.PublicationAssessmentJson, assessment), ct);
        if (started == 0)
        {
            return ImportStartResult.Started;
        }
        audit.Add(AuditEvents.PracticeImportStarted, who, nameof(ImportBatch), id.ToString("D"), await db.ImportBatches.Where(b => b.Id == id).Select(b => b.FileName).SingleAsync(ct));
        await db.SaveChangesAsync(ct);
        queue.Signal(id);
        return ImportStartResult.Started;
    }

    public async Task<ImportBatchView?> GetAsync(Guid id, string userId, CancellationToken ct)
    {
        var batch = await db.ImportBatches.AsNoTracking().Where(b => b.Id == id && b.UploadedById == userId)
            .Select(b => new ImportBatch
            {
                Id = b.Id, UploadedById = b.UploadedById, FileName = b.FileName, Content = Array.Empty<byte>(), Kind = b.Kind, Status = b.Status,
                TotalRows = b.TotalRows, ProcessedRows = b.ProcessedRows, CreatedRows = b.CreatedRows, SkippedRows = b.SkippedRows, FailedRows = b.FailedRows, CreatedAtUtc = b.CreatedAtUtc,
                PublishOnImport = b.PublishOnImport,
            }).SingleOrDefaultAsync(ct);
        if (batch is null)
        {
            return null;
        }
        var failures = await db.ImportRowFailures.AsNoTracking().Where(f => f.BatchId == id).OrderBy(f => f.Row).Take(500).ToListAsync(ct);
        return View(batch, failures);
    }

    public async Task<IReadOnlyList<ImportBatchView>> ListAsync(string userId, CancellationToken ct)
    {
        var batches = await db.ImportBatches.AsNoTracking().Where(b => b.UploadedById == userId).OrderByDescending(b => b.CreatedAtUtc).Take(10)
            .Select(b => new ImportBatch
            {
                Id = b.Id, UploadedById = b.UploadedById, FileName = b.FileName, Content = Array.Empty<byte>(), Kind = b.Kind, Status = b.Status,
                TotalRows = b.TotalRows, ProcessedRows = b.ProcessedRows, CreatedRows = b.CreatedRows, SkippedRows = b.SkippedRows, FailedRows = b.FailedRows, CreatedAtUtc = b.CreatedAtUtc,
            }).ToListAsync(ct);
        return [.. batches.Select(b => View(b, []))];
    }

    /// <summary>The directory's approved organisations and those the moderator proposed (from an import preview or a form).</summary>
    internal static async Task<OrganisationMatcher> MatcherAsync(AppDbContext db, string moderatorId, CancellationToken ct) =>
        new(await db.Organisations.AsNoTracking()
            .Where(o => (o.IsApproved || o.ProposedByUserId == moderatorId) && o.MergedIntoId == null)
            .Select(o => new OrganisationCandidate(o.Id, o.Name, o.Acronym, o.CountryCode))
            .ToListAsync(ct));

    private async Task<Dictionary<string, string>> RememberedAsync(string userId, CancellationToken ct) =>
        await db.ImportColumnMappings.AsNoTracking().Where(m => m.UserId == userId).ToDictionaryAsync(m => m.Header, m => m.FieldKey, ct);

    private static ImportBatchView View(ImportBatch b, IReadOnlyList<ImportRowFailure> failures) =>
        new(b.Id, b.FileName, b.Status, b.TotalRows, b.ProcessedRows, b.CreatedRows, b.SkippedRows, b.FailedRows, b.CreatedAtUtc,
            [.. failures.Select(f => new ImportFailureView(f.Row, f.Title, BulkRows.ParseReasons(f.Reasons)))], b.PublishOnImport);
}

/// <summary>
/// Imports confirmed batches off the request path, a chunk of rows per transaction, writing the progress to the batch row so
/// the progress page of any instance sees it. A batch is claimed with a conditional update (Queued → Running): one instance
/// runs it. Batches queued by a stopped instance are found by the periodic sweep.
/// </summary>
public sealed class ImportWorker(IServiceScopeFactory scopes, ImportQueue queue, TimeProvider clock, ILogger<ImportWorker> logger) : QueuedJobWorker(queue, logger)
{
    public const int ChunkSize = 200;
    protected override async Task ProcessQueuedAsync(CancellationToken ct)
    {
        while (true)
        {
            Guid? next;
            await using (var scope = scopes.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
                next = await db.ImportBatches.Where(b => b.Status == ImportBatchStatus.Queued).OrderBy(b => b.CreatedAtUtc).Select(b => (Guid?)b.Id).FirstOrDefaultAsync(ct);
            }
            if (next is not Guid id)
            {
                return;
            }
            await RunAsync(id, ct);
        }
    }

    public async Task RunAsync(Guid id, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var claimed = await db.ImportBatches.Where(b => b.Id == id && b.Status == ImportBatchStatus.Queued)
            .ExecuteUpdateAsync(s => s.SetProperty(b => b.Status, ImportBatchStatus.Running).SetProperty(b => b.StartedAtUtc, clock.GetUtcNow().UtcDateTime), ct);
        if (claimed == 0)
        {
            return;
        }
        try
        {
            var batch = await db.ImportBatches.AsNoTracking().SingleAsync(b => b.Id == id, ct);
            var user = await db.Users.Where(u => u.Id == batch.UploadedById).Select(u => u.UserName).SingleOrDefaultAsync(ct);
            var who = new AuditContext(batch.UploadedById, user, null);
            var workflow = scope.ServiceProvider.GetRequiredService<PracticeWorkflowService>();
            var parser = new PracticeFieldParser(await BulkImportService.MatcherAsync(db, batch.UploadedById, ct), scope.ServiceProvider.GetRequiredService<IImportAliases>().Aliases());
            var mapping = BulkRows.Mapping(batch.MappingJson);
            var byEmail = ImportOwners.ByEmail(await ImportOwners.ListAsync(db, ct));
            // A batch queued before owners were chosen keeps its former owner, the uploader.
            var batchOwner = batch.OwnerId ?? batch.UploadedById;
            var publish = batch.PublishOnImport ? ImportAssessment.Deserialize(batch.PublicationAssessmentJson) : null;
            var rows = BulkRows.Read(batch.Content, batch.Kind).Skip(1).ToList();
            for (var start = 0; start < rows.Count; start += ChunkSize)
            {
                var items = new List<(PracticeContent Content, string SourceKey, string Origin, string OwnerId)>();
                var itemRows = new List<int>();
                var failures = new List<ImportRowFailure>();
                for (var i = start; i < Math.Min(rows.Count, start + ChunkSize); i++)
                {
                    var values = BulkRows.Values(rows[i], mapping);
                    var parsed = parser.Parse(values);
                    var (owner, ownerProblem) = ImportOwners.ForRow(values, byEmail);
                    var rowNumber = i + 2;
                    // A row to be published must be as complete as a submission through the form; it is listed, not created.
                    var incomplete = publish is null ? [] : PublicationCompleteness.Missing(parsed.Content);
                    if (parsed.HasProblems || ownerProblem is not null || incomplete.Count > 0)
                    {
                        var title = parsed.Content.Title;
                        IEnumerable<FieldProblem> problems = [.. parsed.Problems, .. incomplete, .. ownerProblem is null ? [] : new[] { ownerProblem }];
                        failures.Add(new ImportRowFailure { BatchId = id, Row = rowNumber, Title = title.Length > 200 ? title[..200] : title, Reasons = Truncate(BulkRows.Reasons(problems)) });
                        continue;
                    }
                    items.Add((parsed.Content, BulkRows.SourceKey(values, parsed.Content), PracticeEditDetails.Imported(batch.FileName, rowNumber), owner?.Id ?? batchOwner));
                    itemRows.Add(rowNumber);
                }
                var created = items.Count == 0 ? [] : await workflow.CreateImportedDraftsAsync(who, items, ct);
                db.ChangeTracker.Clear();
                var unpublished = 0;
                // One renewal of the catalogue index and the cached pages per chunk, not one per published row.
                var eviction = new ChunkCatalogueEviction();
                if (publish is not null)
                {
                    // Without the per-row mails ("submitted" to every moderator, "decision" to the owner): 5,000 rows would send
                    // 10,000 messages about one act of the moderator, whose batch page is the record of it.
                    var quiet = new SilentWorkflowNotifier();
                    var moderation = ActivatorUtilities.CreateInstance<ModerationService>(scope.ServiceProvider, quiet, eviction);
                    var quietWorkflow = ActivatorUtilities.CreateInstance<PracticeWorkflowService>(scope.ServiceProvider, quiet);
                    for (var n = 0; n < created.Count; n++)
                    {
                        if (created[n] is not int practiceId)
                        {
                            continue;
                        }
                        var outcome = await PublishAsync(db, quietWorkflow, moderation, who, practiceId, items[n].OwnerId, publish, ct);
                        db.ChangeTracker.Clear();
                        if (outcome is WorkflowOutcome failed)
                        {
                            // The row stays a draft of its owner, listed with the reason; it counts as failed, not created.
                            var title = items[n].Content.Title;
                            failures.Add(new ImportRowFailure { BatchId = id, Row = itemRows[n], Title = title.Length > 200 ? title[..200] : title, Reasons = Truncate(BulkRows.Reasons([new FieldProblem(BulkRows.PublicationKey, FieldProblemKind.Missing, failed.ToString())])) });
                            unpublished++;
                        }
                    }
                }
                if (eviction.Requested)
                {
                    await scope.ServiceProvider.GetRequiredService<IPublicCatalogueCache>().EvictAsync(ct);
                }
                db.ImportRowFailures.AddRange(failures);
                await db.SaveChangesAsync(ct);
                var createdCount = created.Count(c => c is not null) - unpublished;
                var skipped = created.Count - createdCount;
                var processed = Math.Min(rows.Count, start + ChunkSize);
                await db.ImportBatches.Where(b => b.Id == id).ExecuteUpdateAsync(s => s
                    .SetProperty(b => b.ProcessedRows, processed)
                    .SetProperty(b => b.CreatedRows, b => b.CreatedRows + createdCount)
                    .SetProperty(b => b.SkippedRows, b => b.SkippedRows + skipped)
                    .SetProperty(b => b.FailedRows, b => b.FailedRows + failures.Count), ct);
            }
            await db.ImportBatches.Where(b => b.Id == id).ExecuteUpdateAsync(s => s
                .SetProperty(b => b.Status, ImportBatchStatus.Completed)
                .SetProperty(b => b.CompletedAtUtc, clock.GetUtcNow().UtcDateTime), ct);
            logger.LogInformation("Import batch {ImportBatchId} completed ({Rows} rows)", id, rows.Count);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Import batch {ImportBatchId} failed", id);
            await db.ImportBatches.Where(b => b.Id == id).ExecuteUpdateAsync(s => s
                .SetProperty(b => b.Status, ImportBatchStatus.Failed)
                .SetProperty(b => b.CompletedAtUtc, clock.GetUtcNow().UtcDateTime), CancellationToken.None);
        }
    }

    /// <summary>
    /// Takes a created draft through the normal path: its owner submits it, then the moderator who uploaded the batch publishes
    /// it in the review with the batch's assessment (catalogue cache, search and audit trail as any publication). Null when published.
    /// </summary>
    private async Task<WorkflowOutcome?> PublishAsync(AppDbContext db, PracticeWorkflowService workflow, ModerationService moderation, AuditContext moderator, int practiceId, string ownerId, ImportAssessment assessment, CancellationToken ct)
    {
        try
        {
            var stamp = await db.Practices.Where(p => p.Id == practiceId).Select(p => p.ConcurrencyStamp).SingleAsync(ct);
            var ownerName = await db.Users.Where(u => u.Id == ownerId).Select(u => u.UserName).SingleOrDefaultAsync(ct);
            var submitted = await workflow.SubmitAsync(practiceId, new AuditContext(ownerId, ownerName, null), stamp, ct);
            db.ChangeTracker.Clear();
            if (!submitted.Succeeded)
            {
                return submitted.Outcome;
            }
            var published = await moderation.ReviewAsync(practiceId, moderator, assessment.ToPublish(submitted.ConcurrencyStamp!.Value), ct);
            return published.Succeeded ? null : published.Outcome;
        }
        catch (DbUpdateException ex)
        {
            logger.LogWarning(ex, "Imported practice {PracticeId} could not be published", practiceId);
            return WorkflowOutcome.NotAllowed;
        }
    }

    private static string Truncate(string text) => text.Length > 4000 ? text[..4000] : text;
}

/// <summary>The workflow's notifications, not sent: for the practices a moderator imports as published in one batch.</summary>
internal sealed class SilentWorkflowNotifier : IWorkflowNotifier
{
    public Task PracticeSubmittedAsync(int practiceId, string title, CancellationToken cancellationToken = default) => Task.CompletedTask;

    public Task DecisionMadeAsync(int practiceId, string title, string submitterId, LifecycleAction action, string? comment, CancellationToken cancellationToken = default) =>
        Task.CompletedTask;
}

/// <summary>Notes that the publications of a chunk asked for the catalogue's renewal; the worker renews it once for the chunk.</summary>
internal sealed class ChunkCatalogueEviction : IPublicCatalogueCache
{
    public bool Requested { get; private set; }

    public Task EvictAsync(CancellationToken cancellationToken = default)
    {
        Requested = true;
        return Task.CompletedTask;
    }

    public Task EvictPagesAsync(CancellationToken cancellationToken = default)
    {
        Requested = true;
        return Task.CompletedTask;
    }
}
