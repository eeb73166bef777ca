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

/// <summary>The confirm form: the team member (a participant's user id) who will own the imported drafts.</summary>
public sealed class StartImportInput
{
    public string? OwnerId { get; set; }
}

public sealed class StartImportInputValidator : AbstractValidator<StartImportInput>
{
    public StartImportInputValidator(IStringLocalizer<ImportPublishResource> p)
    {
        RuleFor(x => x.OwnerId).NotEmpty().WithMessage(_ => p["Owner_Required"]).MaximumLength(450).WithMessage(_ => p["Owner_Invalid"]);
    }
}

public sealed record FieldOption(string Key, string Label);

public sealed record BulkIndexViewModel(IReadOnlyList<ImportBatchView> Recent);

public sealed record BulkMappingViewModel(ImportBatchView Batch, IReadOnlyList<BulkColumn> Columns, IReadOnlyList<FieldOption> Options);

/// <summary>One preview row with its problems already localized.</summary>
public sealed record BulkPreviewLine(BulkPreviewRow Row, IReadOnlyList<ImportLine> Problems, IReadOnlyList<string> Countries);

/// <param name="Owners">The team members to choose the drafts' owner from (value: user id).</param>
public sealed record BulkPreviewViewModel(BulkPreview Preview, IReadOnlyList<BulkPreviewLine> Lines, IReadOnlyList<FieldOption> Owners);

public sealed record BulkProgressViewModel(ImportBatchView Batch, IReadOnlyList<(int Row, string Title, IReadOnlyList<ImportLine> Problems)> Failures);
