using MirpsPractices.Core.Domain;

namespace MirpsPractices.UnitTests.Workflow;

/// <summary>Every state × action × actor: the allowed ones move the practice, every other one is refused and changes nothing.</summary>
public sealed class PracticeLifecycleTests
{
    private static readonly DateTime Now = new(2026, 3, 1, 10, 0, 0, DateTimeKind.Utc);

    // The lifecycle of domain.md, written out independently of PracticeLifecycle.Transitions.
    private static readonly Dictionary<(PracticeState From, LifecycleAction Action, LifecycleActor Actor), (PracticeState To, bool CommentRequired)> Allowed = new()
    {
        [(PracticeState.Draft, LifecycleAction.Submit, LifecycleActor.Submitter)] = (PracticeState.Submitted, false),
        [(PracticeState.ChangesRequested, LifecycleAction.Submit, LifecycleActor.Submitter)] = (PracticeState.Submitted, false),
        [(PracticeState.Submitted, LifecycleAction.ReturnToDraft, LifecycleActor.Submitter)] = (PracticeState.Draft, false),
        [(PracticeState.Submitted, LifecycleAction.StartReview, LifecycleActor.Moderator)] = (PracticeState.InReview, false),
        [(PracticeState.InReview, LifecycleAction.RequestChanges, LifecycleActor.Moderator)] = (PracticeState.ChangesRequested, true),
        [(PracticeState.InReview, LifecycleAction.Publish, LifecycleActor.Moderator)] = (PracticeState.Published, false),
        [(PracticeState.InReview, LifecycleAction.Reject, LifecycleActor.Moderator)] = (PracticeState.Rejected, true),
        [(PracticeState.Published, LifecycleAction.WithdrawFromPublication, LifecycleActor.Moderator)] = (PracticeState.ChangesRequested, true),
        [(PracticeState.Published, LifecycleAction.Archive, LifecycleActor.Moderator)] = (PracticeState.Archived, false),
        [(PracticeState.Rejected, LifecycleAction.Archive, LifecycleActor.Moderator)] = (PracticeState.Archived, false),
    };

    public static TheoryData<PracticeState, LifecycleAction, LifecycleActor> AllowedTransitions()
    {
        var data = new TheoryData<PracticeState, LifecycleAction, LifecycleActor>();
        foreach (var key in Allowed.Keys)
        {
            data.Add(key.From, key.Action, key.Actor);
        }
        return data;
    }

    public static TheoryData<PracticeState, LifecycleAction, LifecycleActor> ForbiddenTransitions()
    {
        var data = new TheoryData<PracticeState, LifecycleAction, LifecycleActor>();
        foreach (var state in Enum.GetValues<PracticeState>())
        {
            foreach (var action in Enum.GetValues<LifecycleAction>())
            {
                foreach (var actor in Enum.GetValues<LifecycleActor>())
                {
                    if (!Allowed.ContainsKey((state, action, actor)))
                    {
                        data.Add(state, action, actor);
                    }
                }
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(AllowedTransitions))]
    public void An_allowed_transition_moves_the_practice_and_is_recorded(PracticeState from, LifecycleAction action, LifecycleActor actor)
    {
        var practice = APractice.In(from);
        var (to, commentRequired) = Allowed[(from, action, actor)];

        var change = practice.Apply(action, actor, "user-1", Now, "Porque sí");

        Assert.Equal(to, practice.State);
        Assert.Equal(from, change.FromState);
        Assert.Equal(to, change.ToState);
        Assert.Equal("user-1", change.UserId);
        Assert.Equal(Now, change.AtUtc);
        Assert.Equal("Porque sí", change.Comment);
        Assert.Same(change, Assert.Single(practice.StateChanges));
        Assert.Equal(commentRequired, PracticeLifecycle.Find(from, action, actor)!.CommentRequired);
    }

    [Theory]
    [MemberData(nameof(ForbiddenTransitions))]
    public void A_forbidden_transition_is_refused_and_changes_nothing(PracticeState from, LifecycleAction action, LifecycleActor actor)
    {
        var practice = APractice.In(from);

        var refused = Assert.Throws<IllegalTransitionException>(() => practice.Apply(action, actor, "user-1", Now, "comentario"));

        Assert.Equal((from, action, actor), (refused.From, refused.Action, refused.Actor));
        Assert.Equal(from, practice.State);
        Assert.Empty(practice.StateChanges);
    }

    [Fact]
    public void The_domain_table_has_exactly_the_documented_transitions()
    {
        var table = PracticeLifecycle.Transitions.ToDictionary(t => (t.From, t.Action, t.Actor), t => (t.To, t.CommentRequired));
        Assert.Equal(Allowed.OrderBy(k => k.Key.ToString()), table.OrderBy(k => k.Key.ToString()));
    }

    [Theory]
    [InlineData(PracticeState.InReview, LifecycleAction.RequestChanges)]
    [InlineData(PracticeState.InReview, LifecycleAction.Reject)]
    [InlineData(PracticeState.Published, LifecycleAction.WithdrawFromPublication)]
    public void A_decision_that_needs_a_comment_is_refused_without_one(PracticeState from, LifecycleAction action)
    {
        var practice = APractice.In(from);
        Assert.Throws<CommentRequiredException>(() => practice.Apply(action, LifecycleActor.Moderator, "mod", Now, "   "));
        Assert.Equal(from, practice.State);
        Assert.Empty(practice.StateChanges);
    }

    [Fact]
    public void Submitting_numbers_the_version_and_dates_the_submission()
    {
        var practice = APractice.In(PracticeState.Draft);
        practice.Apply(LifecycleAction.Submit, LifecycleActor.Submitter, "owner", Now);
        practice.Apply(LifecycleAction.StartReview, LifecycleActor.Moderator, "mod", Now.AddDays(1));
        practice.Apply(LifecycleAction.RequestChanges, LifecycleActor.Moderator, "mod", Now.AddDays(2), "Completen los resultados");
        practice.Apply(LifecycleAction.Submit, LifecycleActor.Submitter, "owner", Now.AddDays(3));

        Assert.Equal(2, practice.CurrentVersion);
        Assert.Equal(Now.AddDays(3), practice.SubmittedAtUtc);
    }

    [Fact]
    public void Publication_keeps_the_first_publication_date_after_a_withdrawal()
    {
        var practice = APractice.In(PracticeState.InReview);
        practice.Apply(LifecycleAction.Publish, LifecycleActor.Moderator, "mod", Now);
        practice.Apply(LifecycleAction.WithdrawFromPublication, LifecycleActor.Moderator, "mod", Now.AddDays(1), "Datos personales");
        Assert.False(practice.IsPublic);
        practice.Apply(LifecycleAction.Submit, LifecycleActor.Submitter, "owner", Now.AddDays(2));
        practice.Apply(LifecycleAction.StartReview, LifecycleActor.Moderator, "mod", Now.AddDays(3));
        practice.Apply(LifecycleAction.Publish, LifecycleActor.Moderator, "mod", Now.AddDays(4));

        Assert.True(practice.IsPublic);
        Assert.Equal(Now, practice.PublishedAtUtc);
    }

    [Fact]
    public void A_published_revision_row_is_never_public_itself()
    {
        var revision = APractice.In(PracticeState.InReview);
        revision.RevisionOfId = 7;
        revision.Apply(LifecycleAction.Publish, LifecycleActor.Moderator, "mod", Now);
        Assert.False(revision.IsPublic);
    }

    [Theory]
    [InlineData(PracticeState.Draft, true)]
    [InlineData(PracticeState.ChangesRequested, true)]
    [InlineData(PracticeState.Submitted, false)]
    [InlineData(PracticeState.InReview, false)]
    [InlineData(PracticeState.Published, false)]
    [InlineData(PracticeState.Rejected, false)]
    [InlineData(PracticeState.Archived, false)]
    public void Only_drafts_and_practices_with_changes_requested_are_editable(PracticeState state, bool editable) =>
        Assert.Equal(editable, PracticeLifecycle.IsEditableBySubmitter(state));
}

internal static class APractice
{
    public static Practice In(PracticeState state)
    {
        var practice = new Practice { SubmitterId = "owner", Title = "Ventanilla única de empleo" };
        practice.ForceState(state);
        return practice;
    }
}
