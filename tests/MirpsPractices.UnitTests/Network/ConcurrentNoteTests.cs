using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;
using MirpsPractices.Core.Auditing;
using MirpsPractices.Core.Catalogue;
using MirpsPractices.Core.Domain;
using MirpsPractices.Core.Features.Commitments;
using MirpsPractices.Core.Features.Workspace;

namespace MirpsPractices.UnitTests.Network;

/// <summary>A progress note adds to a commitment: someone else's save a moment earlier is no reason to refuse it or fail.</summary>
public sealed class ConcurrentNoteTests : IDisposable
{
    private readonly InMemoryDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Theory]
    [InlineData(1, SaveOutcome.Saved, 1)]
    [InlineData(5, SaveOutcome.Conflict, 0)]
    public async Task A_note_saved_while_others_save_the_commitment_is_applied_again_to_the_newer_record(int othersSaves, SaveOutcome expected, int notes)
    {
        int id;
        await using (var setup = _database.NewContext())
        {
            var commitment = new Commitment { Title = "Compromiso", Description = "—", DueDate = new DateOnly(2026, 12, 31), Status = CommitmentStatus.Planned, CreatedById = InMemoryDatabase.AuthorId };
            setup.Commitments.Add(commitment);
            await setup.SaveChangesAsync();
            id = commitment.Id;
        }
        await using var db = _database.NewContext(new AnotherSaveFirst(_database, id, othersSaves));
        var service = new CommitmentService(db, new AuditLog(db, TimeProvider.System), Mock.Of<IPublicCatalogueCache>(), TimeProvider.System, NullLogger<CommitmentService>.Instance);

        var outcome = await service.AddProgressAsync(id, new DateOnly(2026, 11, 20), "Primera reunión hecha.", CommitmentStatus.InProgress,
            new NetworkActor(InMemoryDatabase.AuthorId, null, null, IsModerator: true), new AuditContext(InMemoryDatabase.AuthorId, null, null));

        Assert.Equal(expected, outcome);
        await using var check = _database.NewContext();
        Assert.Equal(notes, await check.Set<CommitmentProgressNote>().CountAsync(n => n.CommitmentId == id));
    }

    /// <summary>Just before each of the first <paramref name="times"/> saves, another user's save renews the commitment's stamp.</summary>
    private sealed class AnotherSaveFirst(InMemoryDatabase database, int commitmentId, int times) : SaveChangesInterceptor
    {
        private int _left = times;

        public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            if (_left-- > 0)
            {
                await using var other = database.NewContext();
                await other.Commitments.Where(c => c.Id == commitmentId)
                    .ExecuteUpdateAsync(s => s.SetProperty(c => c.ConcurrencyStamp, Guid.NewGuid()), cancellationToken);
            }
            return await base.SavingChangesAsync(eventData, result, cancellationToken);
        }
    }
}
