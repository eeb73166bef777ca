using FluentValidation;
using Microsoft.Extensions.Localization;
using MirpsPractices.Core.Features.Imports;
using MirpsPractices.Web.Resources;

namespace MirpsPractices.Web.Models.Imports;

/// <summary>The mapping form: for each column (by position) the field it fills, "" to ignore it.</summary>
public sealed class ColumnMappingInput
{
    public List<string?> Fields { get; set; } = [];
}

public sealed class ColumnMappingInputValidator : AbstractValidator<ColumnMappingInput>
{
    public ColumnMappingInputValidator(IStringLocalizer<ImportResource> i)
    {
        RuleFor(x => x.Fields.Count).LessThanOrEqualTo(200).WithMessage(_ => i["Bulk_MappingInvalid"]);
        RuleForEach(x => x.Fields).Must(BulkRows.IsTarget).WithMessage(_ => i["Bulk_MappingInvalid"]);
    }
}

/// <summary>
/// The confirm form: the team member (a participant's user id) who will own the imported drafts, and whether they are
/// imported as drafts (default) or as published with one criteria and safeguarding assessment for the whole batch.
/// </summary>
public sealed class StartImportInput
{
    public string? OwnerId { get; set; }
    public bool Publish { get; set; }
    public List<Moderation.CriterionFormInput> Criteria { get; set; } = [];
    public bool NoPersonalDataOfDisplacedPeople { get; set; }
    public bool ConsentForPhotosOfPeople { get; set; }
    public string? SafeguardingNote { get; set; }

    /// <summary>Every criterion once, in order, keeping what was posted (a re-shown form loses nothing).</summary>
    public StartImportInput WithAllCriteria()
    {
        Criteria = [.. Enum.GetValues<Core.Domain.GoodPracticeCriterion>().Select(c =>
            Criteria.FirstOrDefault(x => x.Criterion == c) ?? new Moderation.CriterionFormInput { Criterion = c })];
        return this;
    }

    public ImportAssessment? ToAssessment() => Publish
        ? new ImportAssessment([.. Criteria.Where(c => Enum.IsDefined(c.Criterion)).DistinctBy(c => c.Criterion).Select(c => new Core.Features.Moderation.CriterionInput(c.Criterion, c.IsMet, c.Note))],
            NoPersonalDataOfDisplacedPeople, ConsentForPhotosOfPeople, SafeguardingNote)
        : null;
}

public sealed class StartImportInputValidator : AbstractValidator<StartImportInput>
{
    public StartImportInputValidator(IStringLocalizer<ImportPublishResource> p)
    {
        RuleFor(x => x.OwnerId).NotEmpty().WithMessage(_ => p["Owner_Required"]).MaximumLength(450).WithMessage(_ => p["Owner_Invalid"]);
        // Publishing needs what the moderation review needs: both safeguarding confirmations (the criteria are recorded as assessed).
        RuleFor(x => x.NoPersonalDataOfDisplacedPeople).Equal(true).When(x => x.Publish).WithMessage(_ => p["Publish_SafeguardingRequired"]);
        RuleFor(x => x.ConsentForPhotosOfPeople).Equal(true).When(x => x.Publish).WithMessage(_ => p["Publish_SafeguardingRequired"]);
        RuleFor(x => x.Criteria.Count).LessThanOrEqualTo(20).WithMessage(_ => p["Publish_TooLong"]);
        RuleFor(x => x.SafeguardingNote).MaximumLength(Core.Data.Configurations.FieldLimits.MediumText).WithMessage(_ => p["Publish_TooLong"]);
        RuleForEach(x => x.Criteria).ChildRules(c =>
            c.RuleFor(x => x.Note).MaximumLength(Core.Data.Configurations.FieldLimits.MediumText).WithMessage(_ => p["Publish_TooLong"]));
    }
}

/// <summary>"Propose as new organisation" from the preview, prefilled from the row that names it.</summary>
public sealed class ProposeOrganisationInput
{
    public string? Name { get; set; }
    public string? Acronym { get; set; }
    public Core.Domain.ActorType? ActorType { get; set; }
    public string? CountryCode { get; set; }
}

public sealed class ProposeOrganisationInputValidator : AbstractValidator<ProposeOrganisationInput>
{
    public ProposeOrganisationInputValidator(IStringLocalizer<ImportPublishResource> p)
    {
        RuleFor(x => x.Name).NotEmpty().WithMessage(_ => p["Propose_NameRequired"])
            .MaximumLength(Core.Data.Configurations.FieldLimits.Name).WithMessage(_ => p["Propose_TooLong"]);
        RuleFor(x => x.Acronym).MaximumLength(Core.Data.Configurations.FieldLimits.Acronym).WithMessage(_ => p["Propose_TooLong"]);
        RuleFor(x => x.ActorType).NotNull().WithMessage(_ => p["Propose_TypeRequired"]).IsInEnum().WithMessage(_ => p["Propose_TypeRequired"]);
        RuleFor(x => x.CountryCode).Must(c => c is not null && Core.Domain.Country.MirpsCodes.Contains(c)).WithMessage(_ => p["Propose_CountryRequired"]);
    }
}

/// <summary>An organisation named in the file that the directory lacks, with the values to propose it prefilled.</summary>
public sealed record OrganisationProposalLine(string Text, string Name, string? Acronym, string? CountryCode, int FirstRow);

public sealed record FieldOption(string Key, string Label);

public sealed record BulkIndexViewModel(IReadOnlyList<ImportBatchView> Recent);

public sealed record BulkMappingViewModel(ImportBatchView Batch, IReadOnlyList<BulkColumn> Columns, IReadOnlyList<FieldOption> Options);

/// <summary>One preview row with its problems already localized.</summary>
public sealed record BulkPreviewLine(BulkPreviewRow Row, IReadOnlyList<ImportLine> Problems, IReadOnlyList<string> Countries);

/// <param name="Owners">The team members to choose the drafts' owner from (value: user id).</param>
/// <param name="Proposals">Organisations the rows name but the directory lacks, each offered as a new organisation.</param>
/// <param name="Start">The confirm form's values (those posted, when a confirmation was refused).</param>
public sealed record BulkPreviewViewModel(BulkPreview Preview, IReadOnlyList<BulkPreviewLine> Lines, IReadOnlyList<FieldOption> Owners,
    IReadOnlyList<OrganisationProposalLine> Proposals, IReadOnlyList<FieldOption> ActorTypes, IReadOnlyList<FieldOption> Countries,
    StartImportInput Start);

public sealed record BulkProgressViewModel(ImportBatchView Batch, IReadOnlyList<(int Row, string Title, IReadOnlyList<ImportLine> Problems)> Failures);
