using Microsoft.EntityFrameworkCore;
using MirpsPractices.Core.Data;
using MirpsPractices.Core.Domain;

namespace MirpsPractices.Core.Features.Idempotency;

/// <summary>
/// A create form carries a key generated when the form was shown; posting it twice (double click, browser retry after a lost
/// connection) creates one record. The key is claimed in the same transaction as the insert, so a concurrent duplicate waits
/// for the commit, fails on the key and returns what the first one created. Forms without a key create as before.
/// </summary>
public sealed class IdempotentCreation(AppDbContext db, TimeProvider clock)
{
    public static bool IsValidKey(string? key) => Guid.TryParseExact(key, "N", out _);

    /// <summary>Runs <paramref name="create"/> once per (<paramref name="kind"/>, key); a replay returns the first result.</summary>
    public async Task<string> CreateOnceAsync(string kind, string? key, string userId, Func<CancellationToken, Task<string>> create, CancellationToken ct = default)
    {
        if (!IsValidKey(key))
        {
            return await create(ct);
        }
        var recordKey = $"{kind}:{key}";
        if (await ExistingAsync(recordKey, userId, ct) is { } existing)
        {
            return existing;
        }
        try
        {
            return await db.InTransactionAsync(async token =>
            {
                var record = new IdempotencyRecord { Key = recordKey, UserId = userId, CreatedAtUtc = clock.GetUtcNow().UtcDateTime };
                db.IdempotencyRecords.Add(record);
                await db.SaveChangesAsync(token);
                var result = await create(token);
                record.ResultLocation = result;
                await db.SaveChangesAsync(token);
                return result;
            }, ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            // A taken key without a result for this user is someone else's (a key can be reused only by copying a form):
            // this post is simply not deduplicated.
            return await ExistingAsync(recordKey, userId, ct) ?? await create(ct);
        }
    }

    private async Task<string?> ExistingAsync(string recordKey, string userId, CancellationToken ct) =>
        await db.IdempotencyRecords.Where(r => r.Key == recordKey && r.UserId == userId && r.ResultLocation != null)
            .Select(r => r.ResultLocation).SingleOrDefaultAsync(ct);
}
