using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;
using MirpsPractices.Core.Auditing;
using MirpsPractices.Core.Catalogue;
using MirpsPractices.Core.Data;
using MirpsPractices.Core.Domain;
using MirpsPractices.Core.Features.Commitments;

namespace MirpsPractices.UnitTests.Network;

public sealed class CommitmentOverdueTests : IDisposable
{
    private static readonly DateOnly Today = new(2025, 9, 1);
    private readonly InMemoryDatabase _database = new();

    public void Dispose() => _database.Dispose();

    private SqliteAppDbContext NewContext() => _database.NewContext();

    /// <summary>A fake clock: the service reads "today" from the injected TimeProvider only.</summary>
    private static TimeProvider ClockAt(DateOnly day)
    {
        var clock = new Mock<TimeProvider>();
        clock.Setup(c => c.GetUtcNow()).Returns(new DateTimeOffset(day.ToDateTime(new TimeOnly(15, 0)), TimeSpan.Zero));
        return clock.Object;
    }

    private static Commitment ACommitment(string title, DateOnly due, CommitmentStatus status) =>
        new() { Title = title, Description = "—", DueDate = due, Status = status, CreatedById = InMemoryDatabase.AuthorId };

    [Theory]
    [InlineData(CommitmentStatus.Planned, true)]
    [InlineData(CommitmentStatus.InProgress, true)]
    [InlineData(CommitmentStatus.Delayed, true)]
    [InlineData(CommitmentStatus.Fulfilled, false)]
    [InlineData(CommitmentStatus.Withdrawn, false)]
    public void Past_its_due_date_it_is_overdue_unless_fulfilled_or_withdrawn(CommitmentStatus status, bool overdue) =>
        Assert.Equal(overdue, ACommitment("x", Today.AddDays(-1), status).IsOverdue(Today));

    [Fact]
    public void On_its_due_date_it_is_not_yet_overdue() =>
        Assert.False(ACommitment("x", Today, CommitmentStatus.Planned).IsOverdue(Today));

    [Fact]
    public async Task The_tracker_flags_overdue_commitments_by_the_injected_clock()
    {
        await using (var db = NewContext())
        {
            db.Commitments.AddRange(
                ACommitment("Vencido", Today.AddDays(-3), CommitmentStatus.InProgress),
                ACommitment("Cumplido a tiempo", Today.AddDays(-3), CommitmentStatus.Fulfilled),
                ACommitment("Por venir", Today.AddDays(10), CommitmentStatus.Planned));
            await db.SaveChangesAsync();
        }

        await using var context = NewContext();
        var today = new CommitmentService(context, new AuditLog(context, ClockAt(Today)), Mock.Of<IPublicCatalogueCache>(), ClockAt(Today), NullLogger<CommitmentService>.Instance);
        var all = await today.ListAsync(new CommitmentFilter());
        var overdueOnly = await today.ListAsync(new CommitmentFilter(OverdueOnly: true));

        Assert.Equal(["Vencido"], all.Where(c => c.IsOverdue).Select(c => c.Title));
        Assert.Equal(["Vencido"], overdueOnly.Select(c => c.Title));

        // A month later the planned one is overdue too: nothing but the clock changed.
        var later = new CommitmentService(context, new AuditLog(context, ClockAt(Today)), Mock.Of<IPublicCatalogueCache>(), ClockAt(Today.AddMonths(1)), NullLogger<CommitmentService>.Instance);
        Assert.Equal(["Vencido", "Por venir"], (await later.ListAsync(new CommitmentFilter(OverdueOnly: true))).Select(c => c.Title));
    }
}
