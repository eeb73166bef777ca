using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;

namespace MirpsPractices.Core.Data;

public static class Transactions
{
    private static readonly ConditionalWeakTable<AppDbContext, List<Func<CancellationToken, Task>>> AfterCommit = [];

    /// <summary>
    /// Runs <paramref name="work"/> so that all its saves commit together: inside the transaction already open (the
    /// duplicate-submission guard opens one), or in its own, started through the execution strategy (SQL Server's retrying
    /// strategy accepts a transaction only inside it). A retry starts again from a clear change tracker, so
    /// <paramref name="work"/> must create what it saves itself. What <see cref="WhenCommittedAsync"/> deferred runs once
    /// this transaction has committed.
    /// </summary>
    public static async Task<T> InTransactionAsync<T>(this AppDbContext db, Func<CancellationToken, Task<T>> work, CancellationToken ct)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            return await work(ct);
        }
        var deferred = AfterCommit.GetOrCreateValue(db);
        T result;
        try
        {
            result = await db.Database.CreateExecutionStrategy().ExecuteAsync(async token =>
            {
                db.ChangeTracker.Clear();
                deferred.Clear();
                await using var transaction = await db.Database.BeginTransactionAsync(token);
                var value = await work(token);
                await transaction.CommitAsync(token);
                return value;
            }, ct);
        }
        catch
        {
            deferred.Clear();
            throw;
        }
        var actions = deferred.ToList();
        deferred.Clear();
        foreach (var action in actions)
        {
            await action(ct);
        }
        return result;
    }

    /// <summary>
    /// Runs <paramref name="action"/> once what was saved is committed: now when no transaction is open, otherwise after the
    /// <see cref="InTransactionAsync"/> around it commits (never if it rolls back). For effects outside the database that
    /// readers must not see before the data, such as evicting cached pages.
    /// </summary>
    public static Task WhenCommittedAsync(this AppDbContext db, Func<CancellationToken, Task> action, CancellationToken ct)
    {
        if (db.Database.CurrentTransaction is null)
        {
            return action(ct);
        }
        AfterCommit.GetOrCreateValue(db).Add(action);
        return Task.CompletedTask;
    }
}
