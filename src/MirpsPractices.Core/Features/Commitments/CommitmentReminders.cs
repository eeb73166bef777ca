using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MirpsPractices.Core.Data;
using MirpsPractices.Core.Domain;
using MirpsPractices.Core.Notifications;

namespace MirpsPractices.Core.Features.Commitments;

/// <summary>A stale commitment whose current period has not been reminded yet.</summary>
public sealed record DueReminder(int CommitmentId, string Title, DateOnly PeriodStart, DateOnly LastUpdate, int DaysWithoutUpdate);

/// <summary>Someone in one of the commitment's organisations.</summary>
public sealed record ReminderRecipient(string Email, string DisplayName, string Language);

/// <summary>The reminder's words, in the recipient's language (the web host owns the resources).</summary>
public interface ICommitmentReminderText
{
    EmailMessage Compose(DueReminder reminder, ReminderRecipient recipient, string link);
}

/// <summary>
/// Reminds the members of a stale commitment's organisations, once per stale period (<see cref="CommitmentReminder.PeriodStartOn"/>).
/// Safe with several instances on one database: a period's reminder row is inserted before anything is sent, and the unique
/// index lets only one instance insert it. A claim left unsent by an instance that stopped is taken over after
/// <see cref="CommitmentReminder.ClaimLease"/> with a conditional update; a send that fails gives the claim back for the next run.
/// With Redis configured, each period's lock in Redis (<see cref="IReminderPeriodLocks"/>) is taken first.
/// </summary>
public sealed class CommitmentReminderJob(
    AppDbContext db,
    IEmailSender sender,
    ICommitmentReminderText text,
    IReminderPeriodLocks locks,
    TimeProvider clock,
    IOptions<CommitmentFollowUpOptions> followUp,
    IOptions<EmailOptions> email,
    ILogger<CommitmentReminderJob> logger)
{
    /// <summary>Identifies this process in the claims it takes.</summary>
    public static readonly string InstanceId = Guid.NewGuid().ToString("N");

    private int PeriodDays => Math.Max(1, followUp.Value.StalePeriodDays);

    /// <summary>Stale commitments whose current period has no sent or claimed reminder yet.</summary>
    public async Task<IReadOnlyList<DueReminder>> FindDueAsync(CancellationToken ct = default)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var open = await db.Commitments
            .Where(c => c.Status != CommitmentStatus.Fulfilled && c.Status != CommitmentStatus.Withdrawn)
            .Select(c => new { c.Id, c.Title, c.Status, c.CreatedAtUtc, LastNote = c.ProgressNotes.Max(n => (DateOnly?)n.Date) })
            .ToListAsync(ct);
        var due = open
            .Select(c => (c, Start: CommitmentReminder.PeriodStartOn(c.Status, c.LastNote, c.CreatedAtUtc, today, PeriodDays)))
            .Where(x => x.Start is not null)
            .Select(x =>
            {
                var last = x.c.LastNote ?? DateOnly.FromDateTime(x.c.CreatedAtUtc);
                return new DueReminder(x.c.Id, x.c.Title, x.Start!.Value, last, today.DayNumber - last.DayNumber);
            })
            .ToList();
        var ids = due.Select(d => d.CommitmentId).ToList();
        var done = (await db.CommitmentReminders.Where(r => ids.Contains(r.CommitmentId))
                .Select(r => new { r.CommitmentId, r.PeriodStart, r.SentAtUtc, r.ClaimedAtUtc }).ToListAsync(ct))
            .Where(r => r.SentAtUtc is not null || r.ClaimedAtUtc > LeaseCutoff)
            .Select(r => (r.CommitmentId, r.PeriodStart))
            .ToHashSet();
        return [.. due.Where(d => !done.Contains((d.CommitmentId, d.PeriodStart))).OrderBy(d => d.CommitmentId)];
    }

    /// <summary>One pass: claims and sends every due reminder. Returns how many periods this instance reminded.</summary>
    public async Task<int> RunOnceAsync(CancellationToken ct = default)
    {
        var sent = 0;
        foreach (var reminder in await FindDueAsync(ct))
        {
            if (!await locks.TryTakeAsync(reminder, ct) || await TryClaimAsync(reminder, ct) is not CommitmentReminder claim)
            {
                continue;
            }
            try
            {
                var recipients = await RecipientsAsync(reminder.CommitmentId, ct);
                var link = $"{email.Value.PublicBaseUrl.TrimEnd('/')}/workspace/commitments/{reminder.CommitmentId}";
                foreach (var recipient in recipients)
                {
                    await sender.SendAsync(text.Compose(reminder, recipient, link), ct);
                }
                claim.SentAtUtc = clock.GetUtcNow().UtcDateTime;
                claim.Recipients = recipients.Count;
                await db.SaveChangesAsync(ct);
                sent++;
                logger.LogInformation("Reminder for commitment {CommitmentId} (period from {PeriodStart}) sent to {Recipients} people",
                    reminder.CommitmentId, reminder.PeriodStart, recipients.Count);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // Given back: the next run (here or on another instance) tries this period again.
                logger.LogError(exception, "Reminder for commitment {CommitmentId} could not be sent; it will be tried again", reminder.CommitmentId);
                db.ChangeTracker.Clear();
                await db.CommitmentReminders.Where(r => r.Id == claim.Id && r.SentAtUtc == null).ExecuteDeleteAsync(ct);
                await locks.GiveBackAsync(reminder, ct);
            }
        }
        return sent;
    }

    private DateTime LeaseCutoff => clock.GetUtcNow().UtcDateTime - CommitmentReminder.ClaimLease;

    private async Task<CommitmentReminder?> TryClaimAsync(DueReminder reminder, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var claim = new CommitmentReminder { CommitmentId = reminder.CommitmentId, PeriodStart = reminder.PeriodStart, ClaimedAtUtc = now, ClaimedBy = InstanceId };
        db.CommitmentReminders.Add(claim);
        try
        {
            await db.SaveChangesAsync(ct);
            return claim;
        }
        catch (DbUpdateException)
        {
            // Another instance inserted it first, or an earlier claim exists: take that one over only if it was abandoned.
            db.ChangeTracker.Clear();
        }
        var cutoff = LeaseCutoff;
        var taken = await db.CommitmentReminders
            .Where(r => r.CommitmentId == reminder.CommitmentId && r.PeriodStart == reminder.PeriodStart && r.SentAtUtc == null && r.ClaimedAtUtc < cutoff)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.ClaimedAtUtc, now).SetProperty(r => r.ClaimedBy, InstanceId), ct);
        if (taken != 1)
        {
            return null;
        }
        return await db.CommitmentReminders.AsTracking()
            .SingleAsync(r => r.CommitmentId == reminder.CommitmentId && r.PeriodStart == reminder.PeriodStart && r.ClaimedBy == InstanceId, ct);
    }

    private async Task<IReadOnlyList<ReminderRecipient>> RecipientsAsync(int commitmentId, CancellationToken ct)
    {
        var organisations = db.Commitments.Where(c => c.Id == commitmentId).SelectMany(c => c.Organisations.Select(o => o.OrganisationId));
        var rows = await db.Users
            .Where(u => u.OrganisationId != null && organisations.Contains(u.OrganisationId.Value) && !u.IsDeactivated && u.Email != null && u.Email != "")
            .OrderBy(u => u.Email)
            .Select(u => new { u.Email, u.DisplayName, u.PreferredLanguage })
            .ToListAsync(ct);
        return [.. rows.Select(u => new ReminderRecipient(u.Email!, u.DisplayName, u.PreferredLanguage))];
    }
}

/// <summary>Runs <see cref="CommitmentReminderJob"/> at start and then every <see cref="CommitmentFollowUpOptions.ReminderCheckMinutes"/>.</summary>
public sealed class CommitmentReminderWorker(IServiceScopeFactory scopes, IOptions<CommitmentFollowUpOptions> options, TimeProvider clock, ILogger<CommitmentReminderWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.RemindersEnabled)
        {
            return;
        }
        var interval = TimeSpan.FromMinutes(Math.Max(1, options.Value.ReminderCheckMinutes));
        // The app finishes starting (and migrating) before the first run.
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<CommitmentReminderJob>().RunOnceAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                logger.LogError(exception, "Commitment reminder run failed; it runs again at the next interval");
            }
            try
            {
                await Task.Delay(interval, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
