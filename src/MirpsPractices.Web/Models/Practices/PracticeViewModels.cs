using MirpsPractices.Core.Domain;
using MirpsPractices.Core.Features.Moderation;
using MirpsPractices.Core.Features.Practices;

namespace MirpsPractices.Web.Models.Practices;

public sealed record MyPracticesViewModel(IReadOnlyList<MyPracticeRow> Practices, IReadOnlyList<CallRow> OpenCalls);

public sealed class PracticeFormViewModel
{
    public required PracticeFormModel Input { get; init; }
    public int? Id { get; init; }
    public PracticeState State { get; init; } = PracticeState.Draft;
    public int? RevisionOfId { get; init; }
    public required FormReferenceData Reference { get; init; }
    public IReadOnlyList<ReviewCommentView> Comments { get; init; } = [];
    public IReadOnlyList<AttachmentView> Attachments { get; init; } = [];
    public string? ConflictMessage { get; init; }

    public bool IsNew => Id is null;
    public string FormAction => IsNew ? "/my/practices/new" : $"/my/practices/{Id}/edit";

    /// <summary>The fields whose review comments the form shows, in the order it shows them; null is the comments on the whole practice.</summary>
    public static readonly IReadOnlyList<string?> CommentedFields = [null, .. PracticeSnapshot.Fields];

    /// <summary>Comments of the last review round on one field, with the index of their answer in <see cref="PracticeFormModel.Answers"/>.</summary>
    public IEnumerable<(ReviewCommentView Comment, int AnswerIndex)> CommentsFor(string? field) =>
        LatestComments.Where(c => c.FieldName == field).Select(c => (c, Input.Answers.FindIndex(a => a.CommentId == c.Id)));

    public IReadOnlyList<ReviewCommentView> LatestComments => ReviewCommentView.LatestRound(Comments);

    /// <summary>
    /// Gives every comment the form shows an answer row before the form renders. A row already there (posted back with what
    /// was typed) keeps its index and text; a missing one is added after them with the saved answer, in the order the form
    /// shows the comments. A comment the form does not show gets no row: its index would never be posted back, and the
    /// answers bind only up to the first missing index.
    /// </summary>
    public PracticeFormViewModel AddMissingAnswerRows()
    {
        var latest = LatestComments;
        foreach (var comment in CommentedFields.SelectMany(field => latest.Where(c => c.FieldName == field)))
        {
            if (!Input.Answers.Exists(a => a.CommentId == comment.Id))
            {
                Input.Answers.Add(new AnswerInput { CommentId = comment.Id, Answer = comment.Answer });
            }
        }
        return this;
    }
}

public sealed record PracticeDetailsViewModel(PracticeDetails Practice, bool IsOwner, bool IsModerator, bool CanEdit);
