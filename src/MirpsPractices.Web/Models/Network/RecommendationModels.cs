using FluentValidation;
using Microsoft.Extensions.Localization;
using MirpsPractices.Core.Data.Configurations;
using MirpsPractices.Core.Domain;
using MirpsPractices.Core.Features.Recommendations;
using MirpsPractices.Core.Features.Workspace;
using MirpsPractices.Web.Resources;

namespace MirpsPractices.Web.Models.Network;

public sealed class RecommendationInput
{
    /// <summary>Generated when the create form is shown: posting it twice (double click, retry) creates one record.</summary>
    public string? IdempotencyKey { get; set; }
    /// <summary>The record's stamp when the edit form was loaded: saving over a newer change is refused.</summary>
    public Guid ConcurrencyStamp { get; set; }
    public string? Title { get; set; }
    public string? Text { get; set; }
    public RecommendationLevel? Level { get; set; }
    public List<ActorType> ActorTypes { get; set; } = [];
    public List<StrategyArea> StrategyAreas { get; set; } = [];
    public List<int> EvidencePracticeIds { get; set; } = [];
    public string? Language { get; set; }

    public RecommendationDraft ToDraft() => new(Title!, Text!, Level!.Value, ActorTypes, StrategyAreas, EvidencePracticeIds, Language!);

    public static RecommendationInput From(RecommendationDetail r) => new()
    {
        ConcurrencyStamp = r.ConcurrencyStamp,
        Title = r.Title,
        Text = r.Text,
        Level = r.Level,
        ActorTypes = [.. r.ActorTypes],
        StrategyAreas = [.. r.StrategyAreas],
        EvidencePracticeIds = [.. r.Evidence.Select(e => e.Id)],
        Language = r.Language,
    };
}

public sealed class RecommendationInputValidator : AbstractValidator<RecommendationInput>
{
    public RecommendationInputValidator(IStringLocalizer<NetworkResource> n)
    {
        RuleFor(x => x.Title).NotEmpty().WithMessage(_ => n["Validation_TitleRequired"])
            .MaximumLength(FieldLimits.Title).WithMessage(_ => n["Validation_TooLong", FieldLimits.Title]);
        RuleFor(x => x.Text).NotEmpty().WithMessage(_ => n["Validation_RecommendationTextRequired"])
            .MaximumLength(FieldLimits.LongText).WithMessage(_ => n["Validation_TooLong", FieldLimits.LongText]);
        RuleFor(x => x.Level).NotNull().WithMessage(_ => n["Validation_LevelRequired"]);
        RuleFor(x => x.ActorTypes).NotEmpty().WithMessage(_ => n["Validation_ActorTypesRequired"]);
        RuleFor(x => x.StrategyAreas).NotEmpty().WithMessage(_ => n["Validation_StrategyAreasRequired"]);
        RuleFor(x => x.Language).Must(l => l is not null && RecordLanguages.All.Contains(l)).WithMessage(_ => n["Validation_LanguageRequired"]);
    }
}

public sealed class EndorseInput
{
    public string? Comment { get; set; }
}

public sealed class EndorseInputValidator : AbstractValidator<EndorseInput>
{
    public EndorseInputValidator(IStringLocalizer<NetworkResource> n) =>
        RuleFor(x => x.Comment).MaximumLength(FieldLimits.MediumText).WithMessage(_ => n["Validation_TooLong", FieldLimits.MediumText]);
}

public sealed class FollowUpInput
{
    public RecommendationImplementationStatus? Status { get; set; }
    public DateOnly? Date { get; set; }
    public string? Note { get; set; }
}

public sealed class FollowUpInputValidator : AbstractValidator<FollowUpInput>
{
    public FollowUpInputValidator(IStringLocalizer<NetworkResource> n, TimeProvider clock)
    {
        RuleFor(x => x.Status).NotNull().WithMessage(_ => n["Validation_StatusRequired"]);
        RuleFor(x => x.Note).MaximumLength(FieldLimits.MediumText).WithMessage(_ => n["Validation_TooLong", FieldLimits.MediumText]);
        RuleFor(x => x.Date).NotNull().When(x => !string.IsNullOrWhiteSpace(x.Note)).WithMessage(_ => n["Validation_DateRequired"]);
        RuleFor(x => x.Date).Must(d => NoteDates.NotInFuture(d, clock)).WithMessage(_ => n["Validation_NoteDateInFuture"]);
    }
}

public sealed record RecommendationListViewModel(
    IReadOnlyList<RecommendationListItem> Items,
    string? Query,
    RecommendationLevel? Level,
    StrategyArea? Area,
    string? Joint,
    bool Pending,
    ParticipantGroup? MyGroup);

/// <summary>
/// The create or edit form; <paramref name="Conflict"/> when the save was refused because someone else saved first,
/// <paramref name="LockedMeanwhile"/> when a group endorsed the text while it was being edited.
/// </summary>
public sealed record RecommendationFormViewModel(
    int? Id,
    RecommendationInput Input,
    IReadOnlyList<PracticeOption> Practices,
    bool Conflict = false,
    bool LockedMeanwhile = false);

public sealed record RecommendationDetailViewModel(
    RecommendationDetail Recommendation,
    ParticipantGroup? MyGroup,
    bool CanEdit,
    EndorseInput Endorse,
    FollowUpInput FollowUp,
    DateOnly Today,
    IReadOnlySet<int>? StaleCommitments = null,
    AmendmentPanel? Amendments = null)
{
    public bool IsStale(int commitmentId) => StaleCommitments?.Contains(commitmentId) == true;
}
