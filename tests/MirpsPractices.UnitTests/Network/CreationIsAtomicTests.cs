using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;
using MirpsPractices.Core.Auditing;
using MirpsPractices.Core.Catalogue;
using MirpsPractices.Core.Data;
using MirpsPractices.Core.Domain;
using MirpsPractices.Core.Features.Commitments;
using MirpsPractices.Core.Features.Workspace;

namespace MirpsPractices.UnitTests.Network;

/// <summary>
/// A new record's audit entry needs the record's id, so they are two saves; they commit together or not at all, even when
/// the service is called without the duplicate-submission guard's transaction around it.
/// </summary>
public sealed class CreationIsAtomicTests : IDisposable
{
    private readonly InMemoryDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task A_commitment_whose_audit_entry_cannot_be_written_is_not_written_either()
    {
        await using var db = NewContext(new RefuseAuditEntries());
        var service = new CommitmentService(db, new AuditLog(db, TimeProvider.System), Mock.Of<IPublicCatalogueCache>(), TimeProvider.System, NullLogger<CommitmentService>.Instance);

        await Assert.ThrowsAsync<InvalidOperationException>(() => service.CreateAsync(Draft("Sin auditoría no hay compromiso"), Actor, Who));

        await using var check = NewContext();
        Assert.False(await check.Commitments.AnyAsync());
        Assert.False(await check.AuditLog.AnyAsync());
    }

    [Fact]
    public async Task Without_a_failure_both_are_written()
    {
        await using var db = NewContext();
        var service = new CommitmentService(db, new AuditLog(db, TimeProvider.System), Mock.Of<IPublicCatalogueCache>(), TimeProvider.System, NullLogger<CommitmentService>.Instance);

        var id = await service.CreateAsync(Draft("Con su auditoría"), Actor, Who);

        await using var check = NewContext();
        Assert.True(await check.Commitments.AnyAsync(c => c.Id == id));
        Assert.True(await check.AuditLog.AnyAsync(a => a.EventType == AuditEvents.CommitmentCreated && a.EntityId == AuditLog.EntityKey(id)));
    }

    private static readonly NetworkActor Actor = new(InMemoryDatabase.AuthorId, null, null, IsModerator: true);
    private static readonly AuditContext Who = new(InMemoryDatabase.AuthorId, "author@example.org", "127.0.0.1");

    private static CommitmentDraft Draft(string title) =>
        new(title, "Descripción.", CommitmentKind.Collaboration, null, null, null, null, new DateOnly(2026, 12, 31), CommitmentStatus.Planned, [], [], []);

    private SqliteAppDbContext NewContext(params IInterceptor[] interceptors) => _database.NewContext(interceptors);

    /// <summary>The audit table refuses every insert, as a full disk or a lost connection would at that moment.</summary>
    private sealed class RefuseAuditEntries : SaveChangesInterceptor
    {
        public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
            eventData.Context!.ChangeTracker.Entries<AuditLogEntry>().Any(e => e.State == EntityState.Added)
                ? throw new InvalidOperationException("The audit log cannot be written.")
                : base.SavingChangesAsync(eventData, result, cancellationToken);
    }
}
