using MirpsPractices.Core.Domain;

namespace MirpsPractices.UnitTests.Network;

public sealed class RecommendationEndorsementTests
{
    private static readonly DateTime Monday = new(2025, 8, 18, 10, 0, 0, DateTimeKind.Utc);

    private static Recommendation ADraft() => new() { Id = 7, Title = "Ventanilla única municipal", CreatedById = "author" };

    [Fact]
    public void A_group_endorses_once_with_its_comment()
    {
        var recommendation = ADraft();

        var endorsement = recommendation.Endorse(ParticipantGroup.CivilSociety, "user-cs", "  De acuerdo.  ", Monday);

        Assert.Equal(ParticipantGroup.CivilSociety, endorsement.Group);
        Assert.Equal("De acuerdo.", endorsement.Comment);
        Assert.True(recommendation.IsEndorsedBy(ParticipantGroup.CivilSociety));
        Assert.False(recommendation.IsJoint);
    }

    [Fact]
    public void A_second_endorsement_by_the_same_group_is_refused_even_from_another_member()
    {
        var recommendation = ADraft();
        recommendation.Endorse(ParticipantGroup.RefugeeLed, "member-1", null, Monday);

        Assert.Throws<InvalidOperationException>(() => recommendation.Endorse(ParticipantGroup.RefugeeLed, "member-2", "otra vez", Monday.AddHours(1)));
        Assert.Single(recommendation.Endorsements);
    }

    [Fact]
    public void It_is_not_joint_while_any_group_is_missing()
    {
        var recommendation = ADraft();
        recommendation.Endorse(ParticipantGroup.EmploymentTeam, "u1", null, Monday);
        recommendation.Endorse(ParticipantGroup.LocalGovernanceTeam, "u2", null, Monday);
        recommendation.Endorse(ParticipantGroup.CivilSociety, "u3", null, Monday);

        Assert.False(recommendation.IsJoint);
        Assert.Null(recommendation.JointSinceUtc);
    }

    [Fact]
    public void The_last_group_makes_it_joint_at_the_moment_of_its_endorsement()
    {
        var recommendation = ADraft();
        var groups = Enum.GetValues<ParticipantGroup>();
        for (var i = 0; i < groups.Length; i++)
        {
            recommendation.Endorse(groups[i], $"u{i}", null, Monday.AddDays(i));
        }

        Assert.True(recommendation.IsJoint);
        Assert.Equal(Monday.AddDays(groups.Length - 1), recommendation.JointSinceUtc);
        Assert.Equal(4, recommendation.Endorsements.Count);
    }
}
