using FluentValidation;
using MirpsPractices.Core.Data.Configurations;
using MirpsPractices.Core.Features.Reuse;

namespace MirpsPractices.Web.Models.Reuse;

/// <summary>What the practice form sends while a title and summary are typed (GET /my/practices/similar).</summary>
public sealed class SimilarPracticesInput
{
    public string? Title { get; set; }
    public string? Summary { get; set; }

    /// <summary>The practice being edited, left out of its own suggestions.</summary>
    public int? Id { get; set; }
}

public sealed class SimilarPracticesInputValidator : AbstractValidator<SimilarPracticesInput>
{
    public SimilarPracticesInputValidator()
    {
        // Longer than the form's own limits: the text is only compared, never stored.
        RuleFor(x => x.Title).MaximumLength(FieldLimits.Title * 2);
        RuleFor(x => x.Summary).MaximumLength(FieldLimits.Summary * 2);
        RuleFor(x => x.Id).GreaterThan(0).When(x => x.Id is not null);
    }
}

/// <summary>The suggestions shown beside the practice form (<see cref="ForForm"/>) or on the moderator's review screen.</summary>
public sealed record SimilarPracticesViewModel(IReadOnlyList<SimilarPractice> Practices, bool ForForm, int? PracticeId, bool HasText)
{
    public const string EndpointUrl = "/my/practices/similar";
}
