using Microsoft.EntityFrameworkCore;
using MirpsPractices.Core.Auditing;
using MirpsPractices.Core.Data;
using MirpsPractices.Core.Domain;
using MirpsPractices.Core.Features.Workspace;

namespace MirpsPractices.Core.Features.Moderation;

public sealed record CallInput(string Theme, string Description, IReadOnlyList<StrategyArea> StrategyAreas, IReadOnlyList<string> CountryCodes, DateOnly Deadline, int? SessionId);

public sealed record CallRow(int Id, string Theme, string Description, DateOnly Deadline, IReadOnlyList<StrategyArea> StrategyAreas, IReadOnlyList<string> CountryCodes, string? SessionTitle, int? SessionId, int Answers, Guid ConcurrencyStamp);

public sealed record SessionOption(int Id, DateOnly Date, string Title);

/// <summary>Calls for practices: moderators open them, submitters answer them, the queue filters by them.</summary>
public sealed class CallsService(AppDbContext db, AuditLog audit, TimeProvider clock)
{
    public async Task<IReadOnlyList<CallRow>> ListAsync(bool openOnly, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        return await RowsAsync(db.CallsForPractices.Where(c => !openOnly || c.Deadline >= today).OrderByDescending(c => c.Deadline), cancellationToken);
    }

    public async Task<CallRow?> GetAsync(int id, CancellationToken cancellationToken) =>
        (await RowsAsync(db.CallsForPractices.Where(c => c.Id == id), cancellationToken)).SingleOrDefault();

    /// <summary>The calls of <paramref name="query"/> with their answer counts and session titles, in three queries whatever their number.</summary>
    private async Task<IReadOnlyList<CallRow>> RowsAsync(IQueryable<CallForPractices> query, CancellationToken cancellationToken)
    {
        var calls = await query.ToListAsync(cancellationToken);
        var ids = calls.Select(c => c.Id).ToList();
        var answers = await db.Practices.Where(p => p.CallForPracticesId != null && ids.Contains(p.CallForPracticesId.Value))
            .GroupBy(p => p.CallForPracticesId!.Value).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        var sessionIds = calls.Select(c => c.SessionId).OfType<int>().ToList();
        var sessions = await db.Sessions.Where(s => sessionIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Title, cancellationToken);
        return
        [
            .. calls.Select(c => new CallRow(c.Id, c.Theme, c.Description, c.Deadline, c.StrategyAreas, c.CountryCodes,
                c.SessionId is int s ? sessions.GetValueOrDefault(s) : null, c.SessionId, answers.GetValueOrDefault(c.Id), c.ConcurrencyStamp)),
        ];
    }

    public async Task<IReadOnlyList<SessionOption>> SessionsAsync(CancellationToken cancellationToken) =>
        await db.Sessions.OrderByDescending(s => s.Date).Select(s => new SessionOption(s.Id, s.Date, s.Title)).ToListAsync(cancellationToken);

    public async Task<int> CreateAsync(AuditContext who, CallInput input, CancellationToken cancellationToken)
    {
        return await audit.AddCreatedAsync(async token =>
        {
            var call = new CallForPractices { CreatedById = who.UserId!, CreatedAtUtc = clock.GetUtcNow().UtcDateTime };
            await ApplyAsync(call, input, token);
            return call;
        }, c => c.Id, AuditEvents.CallForPracticesSaved, who, "created", cancellationToken);
    }

    /// <summary>Saves the edit form; refused (<see cref="SaveOutcome.Conflict"/>) when another moderator saved the call since <paramref name="stamp"/>.</summary>
    public async Task<SaveOutcome> UpdateAsync(int id, AuditContext who, CallInput input, Guid stamp, CancellationToken cancellationToken)
    {
        var call = await db.CallsForPractices.AsTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (call is null)
        {
            return SaveOutcome.NotFound;
        }
        if (!db.HasStamp(call, stamp))
        {
            return SaveOutcome.Conflict;
        }
        await ApplyAsync(call, input, cancellationToken);
        audit.Add(AuditEvents.CallForPracticesSaved, who, nameof(CallForPractices), AuditLog.EntityKey(id), "updated");
        return await db.TrySaveStampedAsync(cancellationToken) ? SaveOutcome.Saved : SaveOutcome.Conflict;
    }

    /// <summary>Deletes a call; practices that answered it keep their content and lose only the link.</summary>
    public async Task<bool> DeleteAsync(int id, AuditContext who, CancellationToken cancellationToken)
    {
        var call = await db.CallsForPractices.AsTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (call is null)
        {
            return false;
        }
        var answers = await db.Practices.AsTracking().Where(p => p.CallForPracticesId == id).ToListAsync(cancellationToken);
        answers.ForEach(p => p.CallForPracticesId = null);
        db.CallsForPractices.Remove(call);
        audit.Add(AuditEvents.CallForPracticesDeleted, who, nameof(CallForPractices), AuditLog.EntityKey(id));
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private async Task ApplyAsync(CallForPractices call, CallInput input, CancellationToken cancellationToken)
    {
        call.Theme = input.Theme.Trim();
        call.Description = input.Description.Trim();
        call.StrategyAreas = [.. input.StrategyAreas.Distinct()];
        call.CountryCodes = [.. input.CountryCodes.Where(Country.MirpsCodes.Contains).Distinct()];
        call.Deadline = input.Deadline;
        call.SessionId = input.SessionId is int s && await db.Sessions.AnyAsync(x => x.Id == s, cancellationToken) ? s : null;
    }
}
