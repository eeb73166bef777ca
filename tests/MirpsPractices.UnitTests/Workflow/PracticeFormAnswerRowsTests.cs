using MirpsPractices.Core.Features.Practices;
using MirpsPractices.Web.Models.Practices;

namespace MirpsPractices.UnitTests.Workflow;

/// <summary>The practice form gets an answer row for every review comment it shows before it renders; the view only looks the row up.</summary>
public sealed class PracticeFormAnswerRowsTests
{
    private static readonly DateTime Reviewed = new(2026, 3, 1, 10, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Each_comment_without_a_row_gets_one_holding_its_saved_answer()
    {
        var form = FormWith([], Comment(1, "Title", answer: "Título corregido"), Comment(2, "Results"));

        form.AddMissingAnswerRows();

        Assert.Collection(form.Input.Answers,
            a => Assert.Equal((1, "Título corregido"), (a.CommentId, a.Answer)),
            a => Assert.Equal((2, (string?)null), (a.CommentId, a.Answer)));
        Assert.Equal([(1, 0)], form.CommentsFor("Title").Select(c => (c.Comment.Id, c.AnswerIndex)));
        Assert.Equal([(2, 1)], form.CommentsFor("Results").Select(c => (c.Comment.Id, c.AnswerIndex)));
    }

    [Fact]
    public void An_answer_posted_back_keeps_what_was_typed_and_its_index()
    {
        var typed = new AnswerInput { CommentId = 2, Answer = "lo que escribí" };
        var form = FormWith([typed], Comment(1, "Title", answer: "guardada"), Comment(2, "Results", answer: "guardada antes"));

        form.AddMissingAnswerRows();

        Assert.Same(typed, form.Input.Answers[0]);
        Assert.Equal("lo que escribí", form.Input.Answers[0].Answer);
        Assert.Equal((1, "guardada"), (form.Input.Answers[1].CommentId, form.Input.Answers[1].Answer));
        Assert.Equal([(2, 0)], form.CommentsFor("Results").Select(c => (c.Comment.Id, c.AnswerIndex)));
        Assert.Equal([(1, 1)], form.CommentsFor("Title").Select(c => (c.Comment.Id, c.AnswerIndex)));
    }

    [Fact]
    public void New_rows_follow_the_order_the_form_shows_the_comments_whole_practice_first()
    {
        var form = FormWith([], Comment(1, "EvidenceLinks"), Comment(2, "Context"), Comment(3, null), Comment(4, "Title"), Comment(5, "Context"));

        form.AddMissingAnswerRows();

        Assert.Equal([3, 4, 2, 5, 1], form.Input.Answers.Select(a => a.CommentId));
        Assert.Equal([(2, 2), (5, 3)], form.CommentsFor("Context").Select(c => (c.Comment.Id, c.AnswerIndex)));
    }

    [Fact]
    public void Only_the_comments_of_the_last_review_round_are_answered()
    {
        var form = FormWith([], Comment(1, "Title", version: 1), Comment(2, "Title", version: 2));

        form.AddMissingAnswerRows();

        Assert.Equal(2, Assert.Single(form.Input.Answers).CommentId);
    }

    [Fact]
    public void Comments_on_the_language_and_the_call_get_rows_in_form_order()
    {
        var form = FormWith([], Comment(1, "Countries"), Comment(2, "CallForPracticesId"), Comment(3, "Language"));

        form.AddMissingAnswerRows();

        Assert.Equal([3, 2, 1], form.Input.Answers.Select(a => a.CommentId));
    }

    [Fact]
    public void A_comment_on_a_field_the_form_does_not_have_gets_no_row_that_would_leave_a_gap_in_the_posted_indices()
    {
        var form = FormWith([], Comment(1, "NoSuchField"), Comment(2, "Summary"));

        form.AddMissingAnswerRows();

        Assert.Equal(2, Assert.Single(form.Input.Answers).CommentId);
    }

    [Fact]
    public void Adding_rows_twice_adds_nothing_more()
    {
        var form = FormWith([], Comment(1, "Title"), Comment(2, null));

        form.AddMissingAnswerRows().AddMissingAnswerRows();

        Assert.Equal([2, 1], form.Input.Answers.Select(a => a.CommentId));
    }

    private static PracticeFormViewModel FormWith(List<AnswerInput> posted, params ReviewCommentView[] comments) => new()
    {
        Input = new PracticeFormModel { Answers = posted },
        Reference = new FormReferenceData([], []),
        Comments = comments,
    };

    private static ReviewCommentView Comment(int id, string? field, string? answer = null, int version = 1) =>
        new(id, version, field, $"Comentario {id}", "Moderadora", Reviewed, answer, answer is null ? null : Reviewed);
}
