using FluentValidation;
using Microsoft.Extensions.Localization;
using MirpsPractices.Core.Data.Configurations;
using MirpsPractices.Core.Domain;
using MirpsPractices.Core.Features.Reuse;
using MirpsPractices.Core.Features.Workspace;
using MirpsPractices.Web.Resources;

namespace MirpsPractices.Web.Models.Reuse;

/// <summary>The submitter's "this practice came from…" form on their practice page.</summary>
public sealed class PathwayProposalInput
{
    public int? FromPracticeId { get; set; }
    public PathwayKind? Kind { get; set; }
    public string? Note { get; set; }
}

public sealed class PathwayProposalInputValidator : AbstractValidator<PathwayProposalInput>
{
    public PathwayProposalInputValidator(IStringLocalizer<PathwayResource> p)
    {
        RuleFor(x => x.FromPracticeId).NotNull().GreaterThan(0).WithMessage(_ => p["Pathway_ChooseModel"]);
        RuleFor(x => x.Kind).NotNull().IsInEnum().WithMessage(_ => p["Pathway_ChooseKind"]);
        RuleFor(x => x.Note).MaximumLength(FieldLimits.MediumText);
    }
}

public sealed record PathwayProposalsViewModel(int PracticeId, IReadOnlyList<PathwayView> Proposed, IReadOnlyList<PracticeOption> Models);

public sealed record PendingPathwaysViewModel(IReadOnlyList<PathwayView> Pending);

public sealed record PracticePathwaysViewModel(int PracticeId, PracticePathways Pathways);
