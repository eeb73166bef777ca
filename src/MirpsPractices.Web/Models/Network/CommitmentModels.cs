using FluentValidation;
using Microsoft.Extensions.Localization;
using MirpsPractices.Core.Data.Configurations;
using MirpsPractices.Core.Domain;
using MirpsPractices.Core.Features.Commitments;
using MirpsPractices.Core.Features.Workspace;
using MirpsPractices.Web.Resources;

namespace MirpsPractices.Web.Models.Network;

public sealed class CommitmentInput
{
    /// <summary>Generated when the create form is shown: posting it twice (double click, retry) creates one record.</summary>
    public string? IdempotencyKey { get; set; }
    /// <summary>The record's stamp when the edit form was loaded: saving over a newer change is refused.</summary>
    public Guid ConcurrencyStamp { get; set; }
    public string? Title { get; set; }
    public string? Description { get; set; }
    public CommitmentKind? Kind { get; set; }
    public string? WithWhom { get; set; }
    public int? ReplicatedPracticeId { get; set; }
    public string? TargetCountryCode { get; set; }
    public string? TargetLocality { get; set; }
    public DateOnly? DueDate { get; set; }
    public CommitmentStatus? Status { get; set; }
    public List<int> OrganisationIds { get; set; } = [];
    public List<int> PracticeIds { get; set; } = [];
    public List<int> RecommendationIds { get; set; } = [];

    /// <summary>A joint commitment: one part per organisation, its progress rolled up from them.</summary>
    public bool IsJoint { get; set; }
    public CommitmentRollUp? RollUp { get; set; }

    /// <summary>The weights of the existing parts of a joint commitment (a new part starts at 1).</summary>
    public List<PartWeightInput> Parts { get; set; } = [];

    public CommitmentDraft ToDraft() => new(Title!, Description!, Kind!.Value, WithWhom, ReplicatedPracticeId,
        string.IsNullOrEmpty(TargetCountryCode) ? null : TargetCountryCode, TargetLocality, DueDate!.Value, Status!.Value,
        OrganisationIds, PracticeIds, RecommendationIds,
        IsJoint, RollUp ?? CommitmentRollUp.Plain,
        Parts.Where(p => p.Weight is not null).GroupBy(p => p.Id).ToDictionary(g => g.Key, g => g.First().Weight!.Value));

    public static CommitmentInput From(CommitmentDetail c) => new()
    {
        ConcurrencyStamp = c.ConcurrencyStamp,
        Title = c.Title,
        Description = c.Description,
        Kind = c.Kind,
        WithWhom = c.WithWhom,
        ReplicatedPracticeId = c.ReplicatedPractice?.Id,
        TargetCountryCode = c.TargetCountryCode,
        TargetLocality = c.TargetLocality,
        DueDate = c.DueDate,
        Status = c.Status,
        OrganisationIds = [.. c.Organisations.Select(o => o.Id)],
        PracticeIds = [.. c.Practices.Select(p => p.Id)],
        RecommendationIds = [.. c.Recommendations.Select(r => r.Id)],
        IsJoint = c.IsJoint,
        RollUp = c.RollUp,
        Parts = [.. c.SubCommitments.Select(p => new PartWeightInput { Id = p.Id, Weight = p.Weight })],
    };
}

public sealed class PartWeightInput
{
    public int Id { get; set; }
    public int? Weight { get; set; }
}

public sealed class CommitmentInputValidator : AbstractValidator<CommitmentInput>
{
    public CommitmentInputValidator(IStringLocalizer<NetworkResource> n, IStringLocalizer<CommitmentJointResource> j)
    {
        RuleFor(x => x.Title).NotEmpty().WithMessage(_ => n["Validation_TitleRequired"])
            .MaximumLength(FieldLimits.Title).WithMessage(_ => n["Validation_TooLong", FieldLimits.Title]);
        RuleFor(x => x.Description).NotEmpty().WithMessage(_ => n["Validation_CommitmentDescriptionRequired"])
            .MaximumLength(FieldLimits.MediumText).WithMessage(_ => n["Validation_TooLong", FieldLimits.MediumText]);
        RuleFor(x => x.Kind).NotNull().WithMessage(_ => n["Validation_KindRequired"]);
        RuleFor(x => x.WithWhom).MaximumLength(FieldLimits.Summary).WithMessage(_ => n["Validation_TooLong", FieldLimits.Summary]);
        RuleFor(x => x.DueDate).NotNull().WithMessage(_ => n["Validation_DueDateRequired"]);
        RuleFor(x => x.Status).NotNull().WithMessage(_ => n["Validation_StatusRequired"]);
        RuleFor(x => x.OrganisationIds).NotEmpty().WithMessage(_ => n["Validation_OrganisationsRequired"]);
        When(x => x.IsJoint, () =>
        {
            RuleFor(x => x.RollUp).NotNull().IsInEnum().WithMessage(_ => j["Validation_RollUpRequired"]);
            RuleFor(x => x.IsJoint).Must((x, _) => x.OrganisationIds.Distinct().Count() >= 2 || x.Parts.Count > 0)
                .WithMessage(_ => j["Validation_JointTwoOrganisations"]);
            RuleForEach(x => x.Parts).ChildRules(part => part.RuleFor(p => p.Weight)
                .NotNull().WithMessage(_ => j["Validation_WeightRange", CommitmentPartLimits.MinWeight, CommitmentPartLimits.MaxWeight])
                .InclusiveBetween(CommitmentPartLimits.MinWeight, CommitmentPartLimits.MaxWeight)
                .WithMessage(_ => j["Validation_WeightRange", CommitmentPartLimits.MinWeight, CommitmentPartLimits.MaxWeight]));
        });
        When(x => x.Kind == CommitmentKind.ReplicatePractice, () =>
        {
            RuleFor(x => x.ReplicatedPracticeId).NotNull().WithMessage(_ => n["Validation_ReplicatedPracticeRequired"]);
            RuleFor(x => x.TargetCountryCode).Must(c => c is not null && Country.MirpsCodes.Contains(c)).WithMessage(_ => n["Validation_TargetCountryRequired"]);
            RuleFor(x => x.TargetLocality).MaximumLength(FieldLimits.Name).WithMessage(_ => n["Validation_TooLong", FieldLimits.Name]);
        });
    }
}

public sealed class ProgressInput
{
    public DateOnly? Date { get; set; }
    public string? Text { get; set; }
    public CommitmentStatus? Status { get; set; }

    /// <summary>The percentage the note sets; empty keeps the current one (fulfilled is always 100 %).</summary>
    public int? Percent { get; set; }
}

public sealed class ProgressInputValidator : AbstractValidator<ProgressInput>
{
    public ProgressInputValidator(IStringLocalizer<NetworkResource> n, IStringLocalizer<CommitmentProgressResource> p, TimeProvider clock)
    {
        RuleFor(x => x.Date).NotNull().WithMessage(_ => n["Validation_DateRequired"])
            .Must(d => NoteDates.NotInFuture(d, clock)).WithMessage(_ => n["Validation_NoteDateInFuture"]);
        RuleFor(x => x.Text).NotEmpty().WithMessage(_ => n["Validation_NoteRequired"])
            .MaximumLength(FieldLimits.MediumText).WithMessage(_ => n["Validation_TooLong", FieldLimits.MediumText]);
        RuleFor(x => x.Status).NotNull().WithMessage(_ => n["Validation_StatusRequired"]);
        RuleFor(x => x.Percent).InclusiveBetween(0, 100).WithMessage(_ => p["Validation_PercentRange"]);
    }
}

public sealed record CommitmentListViewModel(
    IReadOnlyList<CommitmentListItem> Items,
    CommitmentFilter Filter,
    IReadOnlyList<OrganisationOption> Organisations,
    NetworkActor Actor);

public sealed record CommitmentFormViewModel(
    int? Id,
    CommitmentInput Input,
    IReadOnlyList<OrganisationOption> Organisations,
    IReadOnlyList<PracticeOption> Practices,
    IReadOnlyList<RecordOption> Recommendations,
    NetworkActor Actor,
    bool Conflict = false,
    IReadOnlyList<CommitmentPartView>? Parts = null,
    bool IsPart = false);

public sealed record CommitmentDetailViewModel(
    CommitmentDetail Commitment,
    bool CanUpdate,
    ProgressInput Progress,
    IReadOnlySet<int>? StaleParts = null)
{
    public bool IsStale(int partId) => StaleParts?.Contains(partId) == true;
}
