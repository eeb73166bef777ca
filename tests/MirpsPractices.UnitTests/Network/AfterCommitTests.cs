using Microsoft.EntityFrameworkCore;
using MirpsPractices.Core.Data;
using MirpsPractices.Core.Domain;

namespace MirpsPractices.UnitTests.Network;

/// <summary>Effects outside the database (evicting cached pages) wait for the commit of what they announce.</summary>
public sealed class AfterCommitTests : IDisposable
{
    private readonly InMemoryDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task Inside_a_transaction_the_action_runs_after_the_commit_and_sees_the_data()
    {
        await using var db = _database.NewContext();
        var seenByAction = new List<int>();

        var id = await db.InTransactionAsync(async token =>
        {
            var session = new Session { Title = "Sesión", Agenda = "—", Language = "es", Date = new DateOnly(2026, 11, 1), CreatedAtUtc = DateTime.UtcNow };
            db.Sessions.Add(session);
            await db.SaveChangesAsync(token);
            await db.WhenCommittedAsync(async afterCommit =>
            {
                // A context of its own, as the cache's next reader would use: it runs with no transaction left open.
                await using var reader = _database.NewContext();
                Assert.Null(reader.Database.CurrentTransaction);
                seenByAction.Add(await reader.Sessions.CountAsync(afterCommit));
            }, token);
            Assert.Empty(seenByAction);
            return session.Id;
        }, CancellationToken.None);

        Assert.True(id > 0);
        Assert.Equal([1], seenByAction);
    }

    [Fact]
    public async Task A_rolled_back_transaction_never_runs_the_action()
    {
        await using var db = _database.NewContext();
        var ran = false;

        await Assert.ThrowsAsync<InvalidOperationException>(() => db.InTransactionAsync<int>(async token =>
        {
            await db.WhenCommittedAsync(_ => { ran = true; return Task.CompletedTask; }, token);
            throw new InvalidOperationException("The save failed.");
        }, CancellationToken.None));
        await db.InTransactionAsync(_ => Task.FromResult(0), CancellationToken.None);

        Assert.False(ran);
    }

    [Fact]
    public async Task Without_a_transaction_the_action_runs_at_once()
    {
        await using var db = _database.NewContext();
        var ran = false;

        await db.WhenCommittedAsync(_ => { ran = true; return Task.CompletedTask; }, CancellationToken.None);

        Assert.True(ran);
    }
}
