using Microsoft.EntityFrameworkCore;

namespace MirpsPractices.Core.Data;

public static class Transactions
{
    /// <summary>
    /// Runs <paramref name="work"/> so that all its saves commit together: inside the transaction already open (the
    /// duplicate-submission guard opens one), or in its own, started through the execution strategy (SQL Server's retrying
    /// strategy accepts a transaction only inside it). A retry starts again from a clear change tracker, so
    /// <paramref name="work"/> must create what it saves itself.
    /// </summary>
    public static async Task<T> InTransactionAsync<T>(this AppDbContext db, Func<CancellationToken, Task<T>> work, CancellationToken ct)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            return await work(ct);
        }
        return await db.Database.CreateExecutionStrategy().ExecuteAsync(async token =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(token);
            var result = await work(token);
            await transaction.CommitAsync(token);
            return result;
        }, ct);
    }
}
