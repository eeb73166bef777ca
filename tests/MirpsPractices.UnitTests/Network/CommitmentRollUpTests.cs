using MirpsPractices.Core.Domain;

namespace MirpsPractices.UnitTests.Network;

/// <summary>A joint commitment's progress is rolled up from its parts, one per organisation.</summary>
public sealed class CommitmentRollUpTests
{
    private static CommitmentPart Part(CommitmentStatus status, int percent, int weight = 1) => new(status, percent, weight);

    [Fact]
    public void Plain_average_counts_every_part_the_same()
    {
        var parts = new[] { Part(CommitmentStatus.InProgress, 50, 9), Part(CommitmentStatus.Fulfilled, 100, 1), Part(CommitmentStatus.Planned, 0, 5) };

        Assert.Equal(50, CommitmentProgress.RollUp(parts, CommitmentRollUp.Plain));
    }

    [Fact]
    public void Weighted_average_counts_each_part_by_its_weight()
    {
        var parts = new[] { Part(CommitmentStatus.InProgress, 50, 3), Part(CommitmentStatus.Fulfilled, 100, 1) };

        // (50 × 3 + 100 × 1) / 4 = 62.5, rounded half away from zero.
        Assert.Equal(63, CommitmentProgress.RollUp(parts, CommitmentRollUp.Weighted));
    }

    [Theory]
    [InlineData(CommitmentRollUp.Plain, 40)]
    [InlineData(CommitmentRollUp.Weighted, 40)]
    public void Withdrawn_parts_are_left_out(CommitmentRollUp mode, int expected)
    {
        var parts = new[] { Part(CommitmentStatus.InProgress, 40, 2), Part(CommitmentStatus.Withdrawn, 0, 10) };

        Assert.Equal(expected, CommitmentProgress.RollUp(parts, mode));
    }

    [Fact]
    public void Delayed_parts_still_count()
    {
        var parts = new[] { Part(CommitmentStatus.Delayed, 20), Part(CommitmentStatus.InProgress, 60) };

        Assert.Equal(40, CommitmentProgress.RollUp(parts, CommitmentRollUp.Plain));
    }

    [Fact]
    public void Nothing_to_roll_up_gives_no_percentage()
    {
        Assert.Null(CommitmentProgress.RollUp([], CommitmentRollUp.Plain));
        Assert.Null(CommitmentProgress.RollUp([Part(CommitmentStatus.Withdrawn, 80)], CommitmentRollUp.Plain));
        Assert.Null(CommitmentProgress.RollUp([Part(CommitmentStatus.InProgress, 80, 0)], CommitmentRollUp.Weighted));
    }

    [Fact]
    public void Plain_average_rounds_half_away_from_zero()
    {
        var parts = new[] { Part(CommitmentStatus.InProgress, 33), Part(CommitmentStatus.InProgress, 34) };

        Assert.Equal(34, CommitmentProgress.RollUp(parts, CommitmentRollUp.Plain));
    }
}

/// <summary>Each progress note records the stage and the percentage it set.</summary>
public sealed class ProgressNoteStageTests
{
    private static Commitment NewCommitment() => new() { CreatedById = "u1", Title = "Ruta de empleo" };

    [Fact]
    public void A_note_records_the_stage_and_percentage_it_set()
    {
        var commitment = NewCommitment();

        var note = commitment.RecordProgress(new DateOnly(2026, 11, 1), "Primer taller.", CommitmentStatus.InProgress, 30, "u1");

        Assert.Equal((CommitmentStatus.InProgress, 30), (note.Status, note.Percent));
        Assert.Equal((CommitmentStatus.InProgress, 30), (commitment.Status, commitment.Percent));
    }

    [Fact]
    public void Without_a_percentage_the_current_one_is_kept()
    {
        var commitment = NewCommitment();
        commitment.RecordProgress(new DateOnly(2026, 11, 1), "Primer taller.", CommitmentStatus.InProgress, 30, "u1");

        var note = commitment.RecordProgress(new DateOnly(2026, 11, 10), "Sin fondos.", CommitmentStatus.Delayed, null, "u1");

        Assert.Equal(30, note.Percent);
        Assert.Equal("Sin fondos.", commitment.StageReason);
    }

    [Fact]
    public void Fulfilled_is_one_hundred_percent_and_clears_the_reason()
    {
        var commitment = NewCommitment();
        commitment.RecordProgress(new DateOnly(2026, 11, 1), "Sin fondos.", CommitmentStatus.Delayed, 10, "u1");

        var note = commitment.RecordProgress(new DateOnly(2026, 11, 20), "Hecho.", CommitmentStatus.Fulfilled, 80, "u1");

        Assert.Equal(100, note.Percent);
        Assert.Null(commitment.StageReason);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(101)]
    public void A_percentage_outside_0_to_100_is_refused(int percent)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            NewCommitment().RecordProgress(new DateOnly(2026, 11, 1), "x", CommitmentStatus.InProgress, percent, "u1"));
    }
}
