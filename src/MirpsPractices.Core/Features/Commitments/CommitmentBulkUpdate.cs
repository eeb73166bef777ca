using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Logging;
using MirpsPractices.Core.Auditing;
using MirpsPractices.Core.Catalogue;
using MirpsPractices.Core.Data;
using MirpsPractices.Core.Data.Configurations;
using MirpsPractices.Core.Domain;
using MirpsPractices.Core.Features.Workspace;
using MirpsPractices.Core.Spreadsheets;

namespace MirpsPractices.Core.Features.Commitments;

/// <summary>Why one row of an uploaded sheet cannot be applied; the web tier words each in the reader's language.</summary>
public enum BulkRowProblem
{
    None,
    MissingId,
    UnknownCommitment,
    NotYours,
    JointCommitment,
    DuplicateRow,
    UnknownStage,
    BadPercent,
    NoteRequired,
    NoteTooLong,
}

/// <summary>Why a whole uploaded sheet was refused (beyond the checks of <see cref="UploadedFileCheck"/>).</summary>
public enum BulkFileProblem
{
    None,
    MissingColumns,
    NoRows,
}

/// <summary>One row of an uploaded sheet: what it changes (or why it cannot), as shown in the preview.</summary>
public sealed record BulkRow(
    int RowNumber,
    int? CommitmentId,
    string Title,
    CommitmentStatus? FromStage,
    int? FromPercent,
    CommitmentStatus? ToStage,
    int? ToPercent,
    string Note,
    BulkRowProblem Problem,
    string? ProblemValue = null)
{
    /// <summary>Nothing to save: same stage and percentage, and no note or the same note as the last one (a re-upload).</summary>
    public bool IsNoChange { get; init; }

    public bool IsChange => Problem == BulkRowProblem.None && !IsNoChange;
}

/// <summary>An uploaded sheet read and checked, kept server-side under <see cref="Token"/> until it is confirmed or cancelled.</summary>
public sealed record BulkPreview(string Token, string FileName, IReadOnlyList<BulkRow> Rows, BulkFileProblem FileProblem = BulkFileProblem.None)
{
    public int Changes => Rows.Count(r => r.IsChange);
    public int Errors => Rows.Count(r => r.Problem != BulkRowProblem.None);
    public int Unchanged => Rows.Count(r => r.IsNoChange);
}

/// <summary>What confirming saved.</summary>
public sealed record BulkOutcome(bool Found, int Saved, bool Conflict = false);

/// <summary>
/// Bulk progress updates by spreadsheet: a moderator downloads every commitment, a participant their organisation's; stage,
/// percentage and a note are filled in offline; the upload is read, checked row by row and kept in the distributed cache (the
/// web tier is stateless, so the preview may be confirmed on another instance) until it is confirmed, which saves each valid
/// changed row as a progress note, or cancelled, which saves nothing. A row equal to the commitment's current stage,
/// percentage and last note is no change, so uploading the same file again saves nothing.
/// </summary>
public sealed class CommitmentBulkUpdate(
    AppDbContext db, IDistributedCache cache, AuditLog audit, IPublicCatalogueCache publicPages, TimeProvider clock,
    ILogger<CommitmentBulkUpdate> logger)
{
    public const string Id = "id";
    public const string Title = "title";
    public const string Organisations = "organisations";
    public const string Kind = "kind";
    public const string TargetCountry = "target_country";
    public const string DueDate = "due_date";
    public const string Stage = "stage";
    public const string Percent = "percent";
    public const string Note = "note";

    /// <summary>The columns of the download, in order: the commitment (read only), then what may be updated.</summary>
    public static IReadOnlyList<string> Headers { get; } = [Id, Title, Organisations, Kind, TargetCountry, DueDate, Stage, Percent, Note];

    /// <summary>A preview is kept this long; after that the file has to be uploaded again.</summary>
    public static readonly TimeSpan PendingFor = TimeSpan.FromMinutes(30);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>The rows of the download: header, then one row per commitment the actor may update (joint ones roll up from their parts and are left out).</summary>
    public async Task<IReadOnlyList<IReadOnlyList<string>>> ExportAsync(NetworkActor actor, CancellationToken ct = default)
    {
        var rows = await Updatable(actor)
            .OrderBy(c => c.Id)
            .Select(c => new
            {
                c.Id, c.Title, c.Kind, c.TargetCountryCode, c.DueDate, c.Status, c.Percent,
                Organisations = c.Organisations.Select(o => o.Organisation!.Acronym ?? o.Organisation.Name).ToList(),
            })
            .ToListAsync(ct);
        var table = new List<IReadOnlyList<string>> { Headers };
        table.AddRange(rows.Select(r => (IReadOnlyList<string>)
        [
            r.Id.ToString(CultureInfo.InvariantCulture), r.Title, string.Join(" | ", r.Organisations.Order(StringComparer.Ordinal)),
            r.Kind.ToString(), r.TargetCountryCode ?? "", r.DueDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            r.Status.ToString(), r.Percent.ToString(CultureInfo.InvariantCulture), "",
        ]));
        return table;
    }

    /// <summary>Reads a checked upload, compares each row with the commitment as it is now, and keeps the result for confirmation.</summary>
    public async Task<BulkPreview> PreviewAsync(IReadOnlyList<IReadOnlyList<string>> table, string fileName, NetworkActor actor, CancellationToken ct = default)
    {
        var token = Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();
        var header = table.Count == 0 ? [] : table[0].Select(h => h.Trim().ToLowerInvariant()).ToList();
        int Column(string name) => header.IndexOf(name);
        var (id, stage, percent, note) = (Column(Id), Column(Stage), Column(Percent), Column(Note));
        if (id < 0 || stage < 0 || percent < 0 || note < 0)
        {
            return new BulkPreview(token, fileName, [], BulkFileProblem.MissingColumns);
        }
        var lines = table.Skip(1).Select((cells, i) => (Number: i + 2, Cells: cells))
            .Where(l => l.Cells.Any(c => !string.IsNullOrWhiteSpace(c)))
            .ToList();
        if (lines.Count == 0)
        {
            return new BulkPreview(token, fileName, [], BulkFileProblem.NoRows);
        }
        string Cell(IReadOnlyList<string> cells, int index) => index < cells.Count ? cells[index].Trim() : "";
        var ids = lines.Select(l => int.TryParse(Cell(l.Cells, id), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : 0)
            .Where(v => v > 0).Distinct().ToList();
        var current = await CurrentAsync(ids, ct);
        var seen = new HashSet<int>();
        var rows = new List<BulkRow>();
        foreach (var (number, cells) in lines)
        {
            rows.Add(ReadRow(number, Cell(cells, id), Cell(cells, stage), Cell(cells, percent), Cell(cells, note), current, seen, actor));
        }
        var preview = new BulkPreview(token, fileName, rows);
        await cache.SetAsync(Key(token, actor), JsonSerializer.SerializeToUtf8Bytes(preview, Json),
            new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = PendingFor }, ct);
        return preview;
    }

    /// <summary>The kept preview, only for the user who uploaded it.</summary>
    public async Task<BulkPreview?> PendingAsync(string? token, NetworkActor actor, CancellationToken ct = default)
    {
        if (!IsToken(token))
        {
            return null;
        }
        var bytes = await cache.GetAsync(Key(token!, actor), ct);
        return bytes is null ? null : JsonSerializer.Deserialize<BulkPreview>(bytes, Json);
    }

    /// <summary>Forgets a kept preview: nothing is saved.</summary>
    public async Task CancelAsync(string? token, NetworkActor actor, CancellationToken ct = default)
    {
        if (IsToken(token))
        {
            await cache.RemoveAsync(Key(token!, actor), ct);
        }
    }

    /// <summary>
    /// Saves each changed valid row of the kept preview as a dated progress note, all in one save. Each row is checked again
    /// against the commitment as it is now (the actor's rights, and whether it is still a change), so confirming twice, or
    /// after someone noted the same progress, adds nothing.
    /// </summary>
    public async Task<BulkOutcome> ConfirmAsync(string? token, NetworkActor actor, AuditContext who, CancellationToken ct = default)
    {
        var preview = await PendingAsync(token, actor, ct);
        if (preview is null)
        {
            return new BulkOutcome(false, 0);
        }
        var changes = preview.Rows.Where(r => r.IsChange).ToList();
        var ids = changes.Select(r => r.CommitmentId!.Value).ToList();
        var saved = await db.RetryOnStampConflictAsync(async attempt =>
        {
            var commitments = await db.Commitments.AsTracking()
                .Include(c => c.Organisations)
                .Include(c => c.ProgressNotes)
                .AsSplitQuery()
                .Where(c => ids.Contains(c.Id))
                .ToDictionaryAsync(c => c.Id, attempt);
            var count = 0;
            var now = clock.GetUtcNow().UtcDateTime;
            foreach (var row in changes)
            {
                if (!commitments.TryGetValue(row.CommitmentId!.Value, out var commitment)
                    || !actor.CanUpdateCommitmentOf(commitment.Organisations.Select(o => o.OrganisationId))
                    || IsSame(commitment.Status, commitment.Percent, LastNote(commitment.ProgressNotes), row.ToStage!.Value, row.ToPercent, row.Note))
                {
                    continue;
                }
                commitment.RecordProgress(Today, row.Note, row.ToStage.Value, row.ToPercent, actor.UserId);
                commitment.UpdatedAtUtc = now;
                // A replication fulfilled by a spreadsheet row records where the model went, as a note on the page does (issue 13).
                await Reuse.PathwayService.RecordIfFulfilledAsync(db, audit, commitment, who, now, attempt);
                audit.Add(AuditEvents.CommitmentProgressNoted, who, nameof(Commitment), AuditLog.EntityKey(commitment.Id), row.ToStage.Value.ToString());
                count++;
            }
            await db.SaveChangesAsync(attempt);
            return count;
        }, -1, ct);
        if (saved < 0)
        {
            return new BulkOutcome(true, 0, Conflict: true);
        }
        await cache.RemoveAsync(Key(token!, actor), ct);
        if (saved > 0)
        {
            await publicPages.EvictPagesAsync(ct);
        }
        logger.LogInformation("Bulk update of {Count} commitments by {UserId}", saved, actor.UserId);
        return new BulkOutcome(true, saved);
    }

    private static BulkRow ReadRow(
        int number, string idText, string stageText, string percentText, string note,
        IReadOnlyDictionary<int, Current> current, HashSet<int> seen, NetworkActor actor)
    {
        if (!int.TryParse(idText, NumberStyles.None, CultureInfo.InvariantCulture, out var id) || id <= 0)
        {
            return new BulkRow(number, null, "", null, null, null, null, note, BulkRowProblem.MissingId, idText);
        }
        if (!current.TryGetValue(id, out var c))
        {
            return new BulkRow(number, id, "", null, null, null, null, note, BulkRowProblem.UnknownCommitment, idText);
        }
        BulkRow Problem(BulkRowProblem problem, string? value = null, CommitmentStatus? to = null, int? toPercent = null) =>
            new(number, id, c.Title, c.Status, c.Percent, to, toPercent, note, problem, value);
        if (!actor.CanUpdateCommitmentOf(c.OrganisationIds))
        {
            return Problem(BulkRowProblem.NotYours);
        }
        if (c.IsJoint)
        {
            return Problem(BulkRowProblem.JointCommitment);
        }
        if (!seen.Add(id))
        {
            return Problem(BulkRowProblem.DuplicateRow);
        }
        CommitmentStatus stage;
        if (stageText.Length == 0)
        {
            stage = c.Status;
        }
        else if (!Enum.TryParse(stageText, ignoreCase: true, out stage) || !Enum.IsDefined(stage) || int.TryParse(stageText, out _))
        {
            return Problem(BulkRowProblem.UnknownStage, stageText);
        }
        int? percent = null;
        if (percentText.TrimEnd('%', ' ') is { Length: > 0 } p)
        {
            if (!int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value > 100)
            {
                return Problem(BulkRowProblem.BadPercent, percentText, stage);
            }
            percent = value;
        }
        var effective = Effective(c.Status, c.Percent, stage, percent);
        if (IsSame(c.Status, c.Percent, c.LastNote, stage, percent, note))
        {
            return new BulkRow(number, id, c.Title, c.Status, c.Percent, stage, effective, note, BulkRowProblem.None) { IsNoChange = true };
        }
        if (note.Length == 0)
        {
            return Problem(BulkRowProblem.NoteRequired, null, stage, effective);
        }
        if (note.Length > FieldLimits.MediumText)
        {
            return Problem(BulkRowProblem.NoteTooLong, FieldLimits.MediumText.ToString(CultureInfo.InvariantCulture), stage, effective);
        }
        return new BulkRow(number, id, c.Title, c.Status, c.Percent, stage, effective, note, BulkRowProblem.None);
    }

    /// <summary>No change: the same stage and percentage, and either no note or the last note again (the same file uploaded twice).</summary>
    private static bool IsSame(CommitmentStatus status, int percent, string? lastNote, CommitmentStatus stage, int? newPercent, string note)
    {
        var effective = Effective(status, percent, stage, newPercent);
        return stage == status && effective == percent && (note.Length == 0 || string.Equals(note.Trim(), lastNote, StringComparison.Ordinal));
    }

    /// <summary>
    /// The percentage a row sets: what it says, or the current one when it is blank; reaching Fulfilled means 100. A row left
    /// as downloaded stays no change even for an old record fulfilled below 100.
    /// </summary>
    private static int Effective(CommitmentStatus status, int percent, CommitmentStatus stage, int? newPercent) =>
        stage == CommitmentStatus.Fulfilled && (status != CommitmentStatus.Fulfilled || newPercent is not null && newPercent != percent) ? 100 : newPercent ?? percent;

    private static string? LastNote(IEnumerable<CommitmentProgressNote> notes) =>
        notes.OrderByDescending(n => n.Date).ThenByDescending(n => n.Id).Select(n => n.Text).FirstOrDefault();

    private sealed record Current(string Title, CommitmentStatus Status, int Percent, IReadOnlyList<int> OrganisationIds, bool IsJoint, string? LastNote);

    private async Task<IReadOnlyDictionary<int, Current>> CurrentAsync(IReadOnlyList<int> ids, CancellationToken ct)
    {
        var rows = await db.Commitments.Where(c => ids.Contains(c.Id))
            .Select(c => new
            {
                c.Id, c.Title, c.Status, c.Percent,
                Organisations = c.Organisations.Select(o => o.OrganisationId).ToList(),
                IsJoint = db.Commitments.Any(p => p.ParentCommitmentId == c.Id),
                LastNote = c.ProgressNotes.OrderByDescending(n => n.Date).ThenByDescending(n => n.Id).Select(n => n.Text).FirstOrDefault(),
            })
            .ToListAsync(ct);
        return rows.ToDictionary(r => r.Id, r => new Current(r.Title, r.Status, r.Percent, r.Organisations, r.IsJoint, r.LastNote));
    }

    private IQueryable<Commitment> Updatable(NetworkActor actor)
    {
        var query = db.Commitments.Where(c => !db.Commitments.Any(p => p.ParentCommitmentId == c.Id));
        if (actor.IsModerator)
        {
            return query;
        }
        var own = actor.OrganisationId ?? -1;
        return query.Where(c => c.Organisations.Any(o => o.OrganisationId == own));
    }

    private static bool IsToken(string? token) => token is { Length: 32 } && token.All(char.IsAsciiHexDigitLower);

    /// <summary>The key names the user too: another user who learns the token still finds nothing.</summary>
    private static string Key(string token, NetworkActor actor) => $"commitment-bulk:{actor.UserId}:{token}";
}
