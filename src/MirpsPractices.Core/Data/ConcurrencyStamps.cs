using Microsoft.EntityFrameworkCore;
using MirpsPractices.Core.Domain;

namespace MirpsPractices.Core.Data;

/// <summary>
/// Optimistic concurrency with the app-managed <see cref="IHasConcurrencyStamp.ConcurrencyStamp"/>: an edit form carries the
/// stamp it was loaded with; saving over a newer change is refused instead of silently overwriting it.
/// </summary>
public static class ConcurrencyStamps
{
    /// <summary>
    /// True when the form's stamp is the entity's current one. It also becomes the value EF compares in the UPDATE, so a change
    /// committed between this load and the save is refused too (<see cref="DbUpdateConcurrencyException"/>), and the entity is
    /// marked for update, so the save renews the stamp even when only its links (rows of their own) changed.
    /// </summary>
    public static bool HasStamp<T>(this AppDbContext db, T entity, Guid stamp) where T : class, IHasConcurrencyStamp
    {
        if (entity.ConcurrencyStamp != stamp)
        {
            return false;
        }
        var property = db.Entry(entity).Property(e => e.ConcurrencyStamp);
        property.OriginalValue = stamp;
        property.IsModified = true;
        return true;
    }

    /// <summary>Saves; false when someone else's change won the race since the stamp was checked (nothing was written).</summary>
    public static async Task<bool> TrySaveStampedAsync(this AppDbContext db, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            return false;
        }
    }

    /// <summary>
    /// For a change that adds to a record rather than overwriting what someone typed (a progress note, a follow-up): when
    /// another save moved the record's stamp between reading and saving, <paramref name="attempt"/> reads the record again
    /// and applies the change once more. <paramref name="stillConflicting"/> after three tries.
    /// </summary>
    public static async Task<T> RetryOnStampConflictAsync<T>(this AppDbContext db, Func<CancellationToken, Task<T>> attempt, T stillConflicting, CancellationToken ct)
    {
        for (var tries = 1; ; tries++)
        {
            try
            {
                return await attempt(ct);
            }
            catch (DbUpdateConcurrencyException) when (tries < 3)
            {
                db.ChangeTracker.Clear();
            }
            catch (DbUpdateConcurrencyException)
            {
                db.ChangeTracker.Clear();
                return stillConflicting;
            }
        }
    }
}
