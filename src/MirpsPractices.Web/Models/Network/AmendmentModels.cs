using FluentValidation;
using Microsoft.Extensions.Localization;
using MirpsPractices.Core.Data.Configurations;
using MirpsPractices.Core.Features.Recommendations;
using MirpsPractices.Web.Resources;

namespace MirpsPractices.Web.Models.Network;

/// <summary>A proposed change: the full new wording and why.</summary>
public sealed class AmendmentInput
{
    public string? Text { get; set; }
    public string? Explanation { get; set; }
}

public sealed class AmendmentInputValidator : AbstractValidator<AmendmentInput>
{
    public AmendmentInputValidator(IStringLocalizer<AmendmentResource> a)
    {
        RuleFor(x => x.Text).NotEmpty().WithMessage(_ => a["Validation_AmendmentTextRequired"])
            .MaximumLength(FieldLimits.LongText).WithMessage(_ => a["Validation_TooLong", FieldLimits.LongText]);
        RuleFor(x => x.Explanation).NotEmpty().WithMessage(_ => a["Validation_ExplanationRequired"])
            .MaximumLength(FieldLimits.MediumText).WithMessage(_ => a["Validation_TooLong", FieldLimits.MediumText]);
    }
}

/// <summary>The drafter's decision on one open amendment (its id travels in the form, not the route).</summary>
public sealed class AmendmentDecisionInput
{
    public int AmendmentId { get; set; }
    public AmendmentDecision? Decision { get; set; }
    public string? Reason { get; set; }
}

public sealed class AmendmentDecisionInputValidator : AbstractValidator<AmendmentDecisionInput>
{
    public AmendmentDecisionInputValidator(IStringLocalizer<AmendmentResource> a)
    {
        RuleFor(x => x.Decision).NotNull().WithMessage(_ => a["Validation_DecisionRequired"]);
        RuleFor(x => x.Reason).NotEmpty().When(x => x.Decision == AmendmentDecision.Reject).WithMessage(_ => a["Validation_ReasonRequired"]);
        RuleFor(x => x.Reason).MaximumLength(FieldLimits.MediumText).WithMessage(_ => a["Validation_TooLong", FieldLimits.MediumText]);
    }
}

/// <summary>The amendments part of a recommendation's page: open and decided amendments, history, and the two forms.</summary>
public sealed record AmendmentPanel(
    IReadOnlyList<AmendmentView> Amendments,
    IReadOnlyList<VersionView> Versions,
    bool CanPropose,
    bool CanDecide,
    AmendmentInput Propose,
    AmendmentDecisionInput? Decide);
