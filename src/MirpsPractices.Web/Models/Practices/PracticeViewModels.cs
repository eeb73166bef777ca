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

    /// <summary>Comments of the last review round on one field, with the index of their answer in <see cref="PracticeFormModel.Answers"/>.</summary>
    public IEnumerable<(ReviewCommentView Comment, int AnswerIndex)> CommentsFor(string? field) =>
        LatestComments.Select((comment, index) => (comment, index)).Where(x => x.comment.FieldName == field);

    public IReadOnlyList<ReviewCommentView> LatestComments => ReviewCommentView.LatestRound(Comments);
}

public sealed record PracticeDetailsViewModel(PracticeDetails Practice, bool IsOwner, bool IsModerator, bool CanEdit);
