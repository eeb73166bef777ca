using FluentValidation;
using Microsoft.Extensions.Localization;
using MirpsPractices.Core.Data.Configurations;
using MirpsPractices.Core.Domain;
using MirpsPractices.Core.Features.Translations;
using MirpsPractices.Web.Localization;
using MirpsPractices.Web.Resources;

namespace MirpsPractices.Web.Models.Translations;

/// <summary>The translation form: one row per field of the original (its key travels hidden), the version stamp, and the intent.</summary>
public sealed class TranslationFormModel
{
    public const string IntentSave = "save";
    public const string IntentSubmit = "submit";
    public const int MaxFields = 300;

    public Guid? ConcurrencyStamp { get; set; }
    public string? Intent { get; set; }
    public List<TranslationFieldInput> Fields { get; set; } = [];

    public bool IsSubmit => Intent == IntentSubmit;

    public IReadOnlyDictionary<string, string> ToTexts()
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var field in Fields.Where(f => !string.IsNullOrEmpty(f.Key)))
        {
            texts[field.Key!] = field.Text ?? "";
        }
        return texts;
    }

    public static TranslationFormModel From(TranslationEditData data) => new()
    {
        ConcurrencyStamp = data.ConcurrencyStamp,
        Fields = [.. data.Fields.Select(f => new TranslationFieldInput { Key = f.Key, Text = f.Translation })],
    };
}

public sealed class TranslationFieldInput
{
    public string? Key { get; set; }
    public string? Text { get; set; }
}

public sealed class TranslationFormModelValidator : AbstractValidator<TranslationFormModel>
{
    public TranslationFormModelValidator(IStringLocalizer<TranslationResource> t)
    {
        RuleFor(m => m.Fields.Count).LessThanOrEqualTo(TranslationFormModel.MaxFields).WithMessage(_ => t["Validation_TooManyFields"]);
        RuleForEach(m => m.Fields).ChildRules(field =>
        {
            field.RuleFor(f => f.Key).MaximumLength(100).WithMessage(_ => t["Validation_TooLong", 100]);
            field.RuleFor(f => f.Text).MaximumLength(FieldLimits.LongText).WithMessage(_ => t["Validation_TooLong", FieldLimits.LongText]);
        });
    }
}

public sealed record TranslationFieldRow(int Index, string Key, string Label, string Original, string Translation, bool IsOutdated, bool IsLong, IReadOnlyList<Core.Features.Practices.DiffSegment> OriginalDiff);

public sealed class TranslationEditViewModel
{
    public required TranslationEditData Data { get; init; }
    public required TranslationFormModel Input { get; init; }
    public required IReadOnlyList<TranslationFieldRow> Rows { get; init; }
    public required string RouteType { get; init; }
    public bool CanReview { get; init; }
    public string? Message { get; init; }

    public string Url => TranslationLinks.Edit(Data.Original.Type, Data.Original.RecordId);

    public static TranslationEditViewModel Create(TranslationEditData data, TranslationFormModel input, bool canReview, IStringLocalizer<TranslationResource> t, ReferenceLabels labels,
        IStringLocalizer<BlockTranslationResource> blocks, string? message = null)
    {
        var typed = input.ToTexts();
        var rows = data.Fields.Select((f, i) => new TranslationFieldRow(
            i, f.Key, FieldLabel(f.Key, t, labels, blocks), f.Original, typed.GetValueOrDefault(f.Key, f.Translation), f.IsOutdated,
            f.Original.Length > 160 || f.Original.Contains('\n'), f.OriginalDiff)).ToList();
        return new TranslationEditViewModel
        {
            Data = data, Input = input, Rows = rows, RouteType = TranslationLinks.Segment(data.Original.Type), CanReview = canReview, Message = message,
        };
    }

    /// <summary>A field key (<see cref="TranslatableFields"/>) in words: "Title", "Coordination mechanism: One-stop shop", "Other indicator 2: name".</summary>
    public static string FieldLabel(string key, IStringLocalizer<TranslationResource> t, ReferenceLabels labels, IStringLocalizer<BlockTranslationResource> blocks)
    {
        var parts = key.Split('.');
        // Building blocks (issue 13) are numbered from 1 in their key, as on their page.
        if (parts.Length == 3 && parts[0] == "Block" && int.TryParse(parts[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number))
        {
            return parts[2] switch
            {
                nameof(PracticeBuildingBlock.Title) => blocks["Field_BlockTitle", number],
                nameof(PracticeBuildingBlock.Description) => blocks["Field_BlockDescription", number],
                nameof(PracticeBuildingBlock.EnablingFactors) => blocks["Field_BlockEnablingFactors", number],
                _ => blocks["Field_BlockTransferConditions", number],
            };
        }
        if (parts.Length == 2 && parts[0] == "Mechanism" && Enum.TryParse<CoordinationMechanism>(parts[1], out var mechanism))
        {
            return t["Field_Mechanism", labels.For(mechanism)];
        }
        if (parts.Length == 3 && int.TryParse(parts[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var position))
        {
            return t[$"Field_{parts[0]}{parts[2]}", position + 1];
        }
        return t["Field_" + key];
    }
}

public sealed record TranslationQueueViewModel(IReadOnlyList<TranslationQueueItem> Items);

/// <summary>URLs of the translation screens: /translations/practice/5.</summary>
public static class TranslationLinks
{
    public static string Segment(TranslatedRecordType type) => type.ToString().ToLowerInvariant();

    public static string Edit(TranslatedRecordType type, int id) => $"/translations/{Segment(type)}/{id.ToString(System.Globalization.CultureInfo.InvariantCulture)}";

    public static TranslatedRecordType? Parse(string? segment) =>
        Enum.GetValues<TranslatedRecordType>().Where(t => string.Equals(Segment(t), segment, StringComparison.Ordinal)).Select(t => (TranslatedRecordType?)t).FirstOrDefault();
}
