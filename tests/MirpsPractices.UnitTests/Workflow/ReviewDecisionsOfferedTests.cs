using MirpsPractices.Core.Domain;
using MirpsPractices.Core.Features.Moderation;
using MirpsPractices.Core.Features.Practices;
using MirpsPractices.Web.Models.Moderation;

namespace MirpsPractices.UnitTests.Workflow;

/// <summary>What the review screen offers a moderator in each state of a practice.</summary>
public sealed class ReviewDecisionsOfferedTests
{
    private static readonly DateTime Now = new(2026, 3, 1, 10, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(PracticeState.Submitted, true, new[] { LifecycleAction.RequestChanges, LifecycleAction.Publish, LifecycleAction.Reject })]
    [InlineData(PracticeState.InReview, true, new[] { LifecycleAction.RequestChanges, LifecycleAction.Publish, LifecycleAction.Reject })]
    [InlineData(PracticeState.Published, false, new[] { LifecycleAction.WithdrawFromPublication, LifecycleAction.Archive })]
    [InlineData(PracticeState.Rejected, false, new[] { LifecycleAction.Archive })]
    [InlineData(PracticeState.Draft, false, new LifecycleAction[0])]
    [InlineData(PracticeState.ChangesRequested, false, new LifecycleAction[0])]
    [InlineData(PracticeState.Archived, false, new LifecycleAction[0])]
    public void The_decisions_and_the_assessment_follow_the_state(PracticeState state, bool canAssess, LifecycleAction[] offered)
    {
        var review = ReviewOf(state);

        Assert.Equal(canAssess, review.CanAssess);
        Assert.Equal(offered.Order(), review.AvailableActions.Order());
    }

    [Fact]
    public void Only_the_fields_that_changed_are_listed()
    {
        var same = new FieldDiff("Title", false, [new DiffSegment(DiffKind.Same, "Ruta")]);
        var changed = new FieldDiff("Results", true, [new DiffSegment(DiffKind.Added, "535")]);

        var review = ReviewOf(PracticeState.Submitted, [same, changed]);

        Assert.Equal([changed], review.ChangedFields);
    }

    private static ReviewViewModel ReviewOf(PracticeState state, IReadOnlyList<FieldDiff>? diff = null)
    {
        var practice = new PracticeDetails(
            Id: 7, State: state, SubmitterId: "submitter", SubmitterName: "Ana", AssignedModeratorId: null, AssignedModeratorName: null,
            RevisionOfId: null, OpenRevisionId: null, CurrentVersion: 2, CreatedAtUtc: Now, UpdatedAtUtc: Now, SubmittedAtUtc: Now,
            PublishedAtUtc: null, ConcurrencyStamp: Guid.NewGuid(), Content: new PracticeContent { Title = "Ruta de empleo" },
            OrganisationNames: new Dictionary<int, string>(), CallTheme: null, Timeline: [], Comments: [], Versions: [], Attachments: [],
            Criteria: [], Safeguarding: null);
        return new ReviewViewModel(new ReviewData(practice, 1, diff ?? []), ReviewFormModel.From(practice), null, "moderator");
    }
}
