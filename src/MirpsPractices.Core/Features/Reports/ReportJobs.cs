using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using MirpsPractices.Core.Auditing;
using MirpsPractices.Core.Data;
using MirpsPractices.Core.Domain;
using MirpsPractices.Core.Features.Jobs;

namespace MirpsPractices.Core.Features.Reports;

public sealed record ReportJobView(
    Guid Id,
    ReportJobStatus Status,
    int Progress,
    DateTime CreatedAtUtc,
    DateTime? CompletedAtUtc,
    string? FileName,
    string Culture,
    ReportScope Scope)
{
    public bool IsFinished => Status is ReportJobStatus.Completed or ReportJobStatus.Failed;
}

public sealed record ReportFile(string FileName, byte[] Content);

/// <summary>In-process wake-up signal for the worker; the database is the queue of record.</summary>
public sealed class ReportQueue : JobSignal;

/// <summary>Requests, status and files of report jobs. A job belongs to whoever requested it.</summary>
public sealed class ReportJobService(AppDbContext db, ReportQueue queue, AuditLog audit, TimeProvider clock, ILogger<ReportJobService> logger)
{
    public const string DocxContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <summary>Queues a report; the request is audited with its scope (a report gathers much of the network's content).</summary>
    public async Task<Guid> RequestAsync(ReportScope scope, string culture, AuditContext who, CancellationToken ct = default)
    {
        var job = new ReportJob
        {
            Id = Guid.NewGuid(),
            RequestedById = who.UserId!,
            ScopeJson = scope.ToJson(),
            Culture = culture,
            Status = ReportJobStatus.Queued,
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.ReportJobs.Add(job);
        audit.Add(AuditEvents.ReportRequested, who, nameof(ReportJob), job.Id.ToString("D"), job.ScopeJson);
        await db.SaveChangesAsync(ct);
        queue.Signal(job.Id);
        logger.LogInformation("Report job {ReportJobId} requested by {UserId}", job.Id, who.UserId);
        return job.Id;
    }

    public async Task<ReportJobView?> GetAsync(Guid id, string userId, CancellationToken ct = default)
    {
        var row = await db.ReportJobs
            .Where(j => j.Id == id && j.RequestedById == userId)
            .Select(j => new { j.Id, j.Status, j.Progress, j.CreatedAtUtc, j.CompletedAtUtc, j.FileName, j.Culture, j.ScopeJson })
            .SingleOrDefaultAsync(ct);
        return row is null ? null : new ReportJobView(row.Id, row.Status, row.Progress, row.CreatedAtUtc, row.CompletedAtUtc, row.FileName, row.Culture, ReportScope.FromJson(row.ScopeJson));
    }

    public async Task<IReadOnlyList<ReportJobView>> ListAsync(string userId, int take = 10, CancellationToken ct = default)
    {
        var rows = await db.ReportJobs
            .Where(j => j.RequestedById == userId)
            .OrderByDescending(j => j.CreatedAtUtc)
            .Take(take)
            .Select(j => new { j.Id, j.Status, j.Progress, j.CreatedAtUtc, j.CompletedAtUtc, j.FileName, j.Culture, j.ScopeJson })
            .ToListAsync(ct);
        return rows.Select(row => new ReportJobView(row.Id, row.Status, row.Progress, row.CreatedAtUtc, row.CompletedAtUtc, row.FileName, row.Culture, ReportScope.FromJson(row.ScopeJson))).ToList();
    }

    public async Task<ReportFile?> GetFileAsync(Guid id, string userId, CancellationToken ct = default)
    {
        var row = await db.ReportJobs
            .Where(j => j.Id == id && j.RequestedById == userId && j.Status == ReportJobStatus.Completed)
            .Select(j => new { j.FileName, j.Content })
            .SingleOrDefaultAsync(ct);
        return row is { FileName: not null, Content: not null } ? new ReportFile(row.FileName, row.Content) : null;
    }
}

/// <summary>
/// Generates queued reports off the request path. Several instances may run it: a job is claimed with a conditional update
/// (Queued → Running), so exactly one instance generates it; the others just see its progress in the database.
/// Jobs queued by an instance that stopped are picked up by the periodic sweep.
/// </summary>
public sealed class ReportWorker(IServiceScopeFactory scopes, ReportQueue queue, TimeProvider clock, ILogger<ReportWorker> logger) : QueuedJobWorker(queue, logger)
{
    protected override async Task ProcessQueuedAsync(CancellationToken ct)
    {
        while (true)
        {
            Guid? next;
            await using (var scope = scopes.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
                next = await db.ReportJobs.Where(j => j.Status == ReportJobStatus.Queued)
                    .OrderBy(j => j.CreatedAtUtc).Select(j => (Guid?)j.Id).FirstOrDefaultAsync(ct);
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
        var claimed = await db.ReportJobs
            .Where(j => j.Id == id && j.Status == ReportJobStatus.Queued)
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.Status, ReportJobStatus.Running).SetProperty(j => j.StartedAtUtc, clock.GetUtcNow().UtcDateTime).SetProperty(j => j.Progress, 5), ct);
        if (claimed == 0)
        {
            return;
        }
        var job = await db.ReportJobs.Where(j => j.Id == id).Select(j => new { j.Culture, j.ScopeJson }).SingleAsync(ct);
        var previousCulture = CultureInfo.CurrentCulture;
        var previousUiCulture = CultureInfo.CurrentUICulture;
        try
        {
            // The report speaks the language the user had when asking for it.
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = RecordLanguages.Culture(job.Culture);
            var progress = new DatabaseProgress(scopes, id);
            var report = await scope.ServiceProvider.GetRequiredService<ReportBuilder>().BuildAsync(ReportScope.FromJson(job.ScopeJson), progress, ct);
            var text = scope.ServiceProvider.GetRequiredService<IReportText>();
            var content = DocxReportWriter.Write(report, text, job.Culture, progress);
            var fileName = $"{FileSlug(text.Get(ReportKeys.FileName))}-{report.GeneratedAtUtc:yyyyMMdd-HHmm}.docx";
            await progress.FlushAsync(ct);
            await db.ReportJobs.Where(j => j.Id == id).ExecuteUpdateAsync(s => s
                .SetProperty(j => j.Status, ReportJobStatus.Completed)
                .SetProperty(j => j.Progress, 100)
                .SetProperty(j => j.FileName, fileName)
                .SetProperty(j => j.Content, content)
                .SetProperty(j => j.CompletedAtUtc, clock.GetUtcNow().UtcDateTime), ct);
            logger.LogInformation("Report job {ReportJobId} completed ({Bytes} bytes)", id, content.Length);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Report job {ReportJobId} failed", id);
            await db.ReportJobs.Where(j => j.Id == id).ExecuteUpdateAsync(s => s
                .SetProperty(j => j.Status, ReportJobStatus.Failed)
                .SetProperty(j => j.Error, ex.GetType().Name)
                .SetProperty(j => j.CompletedAtUtc, clock.GetUtcNow().UtcDateTime), CancellationToken.None);
        }
        finally
        {
            CultureInfo.CurrentCulture = previousCulture;
            CultureInfo.CurrentUICulture = previousUiCulture;
        }
    }

    /// <summary>An ASCII file name: accents dropped, anything else but letters and digits becomes a hyphen.</summary>
    private static string FileSlug(string value)
    {
        var builder = new System.Text.StringBuilder();
        foreach (var c in value.Normalize(System.Text.NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }
        return builder.ToString().Trim('-');
    }

    /// <summary>Writes progress to the job row so that the status page of any instance sees it.</summary>
    private sealed class DatabaseProgress(IServiceScopeFactory scopes, Guid id) : IProgress<int>
    {
        private Task _last = Task.CompletedTask;

        public void Report(int value) => _last = _last.ContinueWith(_ => WriteAsync(value), TaskScheduler.Default).Unwrap();

        public Task FlushAsync(CancellationToken ct) => _last.WaitAsync(ct);

        private async Task WriteAsync(int value)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await db.ReportJobs.Where(j => j.Id == id && j.Status == ReportJobStatus.Running && j.Progress < value)
                .ExecuteUpdateAsync(s => s.SetProperty(j => j.Progress, value));
        }
    }
}
