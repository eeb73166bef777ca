using MirpsPractices.Core.Domain;

namespace MirpsPractices.UnitTests.Network;

/// <summary>Which stale period a commitment is in: one reminder per period, counted from its last note.</summary>
public sealed class ReminderPeriodTests
{
    private static readonly DateOnly LastNote = new(2026, 1, 1);
    private static readonly DateTime Created = new(2025, 6, 1, 9, 0, 0, DateTimeKind.Utc);

    private static DateOnly? On(int daysAfterNote, CommitmentStatus status = CommitmentStatus.InProgress, int period = 90) =>
        CommitmentReminder.PeriodStartOn(status, LastNote, Created, LastNote.AddDays(daysAfterNote), period);

    [Fact]
    public void Not_stale_until_the_day_after_the_period() => Assert.Null(On(90));

    [Fact]
    public void The_first_period_starts_the_day_it_is_flagged()
    {
        Assert.Equal(LastNote.AddDays(91), On(91));
        Assert.Equal(LastNote.AddDays(91), On(180));
    }

    [Fact]
    public void Each_further_period_without_a_note_is_a_new_one()
    {
        Assert.Equal(LastNote.AddDays(181), On(181));
        Assert.Equal(LastNote.AddDays(271), On(300));
    }

    [Theory]
    [InlineData(CommitmentStatus.Fulfilled)]
    [InlineData(CommitmentStatus.Withdrawn)]
    public void Closed_commitments_have_no_period(CommitmentStatus status) => Assert.Null(On(400, status));

    [Fact]
    public void Without_a_note_the_count_starts_at_creation()
    {
        var today = DateOnly.FromDateTime(Created).AddDays(100);
        Assert.Equal(DateOnly.FromDateTime(Created).AddDays(91), CommitmentReminder.PeriodStartOn(CommitmentStatus.Planned, null, Created, today, 90));
    }
}
