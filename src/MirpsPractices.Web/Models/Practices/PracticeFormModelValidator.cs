using FluentValidation;
using Microsoft.Extensions.Localization;
using MirpsPractices.Core.Data.Configurations;
using MirpsPractices.Core.Domain;
using MirpsPractices.Web.Resources;

namespace MirpsPractices.Web.Models.Practices;

/// <summary>
/// Lengths and formats always (a draft may be incomplete but never malformed); completeness only when submitting.
/// The unconditional rules also run in the browser through the unobtrusive adapters.
/// </summary>
public sealed class PracticeFormModelValidator : AbstractValidator<PracticeFormModel>
{
    public PracticeFormModelValidator(IStringLocalizer<WorkflowResource> t, IStringLocalizer<BuildingBlockResource> r, IStringLocalizer<SubnationalResource> s)
    {
        RuleFor(x => x.Title).MaximumLength(FieldLimits.Title).WithMessage(_ => t["Validation_TooLong", FieldLimits.Title]);
        RuleFor(x => x.Summary).MaximumLength(FieldLimits.Summary).WithMessage(_ => t["Validation_TooLong", FieldLimits.Summary]);
        RuleFor(x => x.Locality).MaximumLength(FieldLimits.Name).WithMessage(_ => t["Validation_TooLong", FieldLimits.Name]);
        foreach (var field in new System.Linq.Expressions.Expression<Func<PracticeFormModel, string?>>[]
        {
            x => x.Context, x => x.Description, x => x.Results, x => x.AgeGenderDiversityApproach, x => x.Challenges,
            x => x.LessonsLearned, x => x.ReplicationConditions, x => x.SustainabilityAndFunding,
        })
        {
            RuleFor(field).MaximumLength(FieldLimits.LongText).WithMessage(_ => t["Validation_TooLong", FieldLimits.LongText]);
        }
        RuleFor(x => x.Language).Must(l => l is null || RecordLanguages.All.Contains(l)).WithMessage(_ => t["Validation_Choose"]);
        RuleForEach(x => x.Countries).Must(c => Country.MirpsCodes.Contains(c)).WithMessage(_ => t["Validation_Choose"]);
        // A subnational area must be a known ISO 3166-2 code of one of the practice's countries. Reported on the list as a
        // whole (not per item) so the error summary links to the fieldset.
        RuleFor(x => x.SubnationalAreas).Custom((codes, context) =>
        {
            var countries = context.InstanceToValidate.Countries;
            foreach (var code in codes.Distinct(StringComparer.Ordinal))
            {
                var area = SubnationalAreas.Find(code);
                if (area is null)
                {
                    context.AddFailure(s["Subnational_Unknown", code ?? ""]);
                }
                else if (!countries.Contains(area.CountryCode))
                {
                    context.AddFailure(s["Subnational_NotOfSelectedCountry", area.Name(System.Globalization.CultureInfo.CurrentUICulture.Name)]);
                }
            }
        });
        RuleFor(x => x.EndDate).GreaterThanOrEqualTo(x => x.StartDate).When(x => x.StartDate is not null && x.EndDate is not null)
            .WithMessage(_ => t["Validation_EndBeforeStart"]);

        foreach (var number in new System.Linq.Expressions.Expression<Func<PracticeFormModel, int?>>[]
        {
            x => x.PeopleReached, x => x.WomenReached, x => x.PeoplePlacedInJobs, x => x.PeopleTrained, x => x.BusinessesStarted, x => x.QualificationsRecognised,
        })
        {
            RuleFor(number).GreaterThanOrEqualTo(0).WithMessage(_ => t["Validation_NotNegative"]);
        }
        RuleFor(x => x.WomenReached).LessThanOrEqualTo(x => x.PeopleReached)
            .When(x => x.WomenReached is not null && x.PeopleReached is not null)
            .WithMessage(_ => t["Validation_WomenNotMoreThanPeople"]);

        RuleForEach(x => x.Mechanisms).ChildRules(m =>
        {
            m.RuleFor(x => x.Description).MaximumLength(FieldLimits.MediumText).WithMessage(_ => t["Validation_TooLong", FieldLimits.MediumText]);
        });
        RuleForEach(x => x.OtherIndicators).Where(i => !i.IsEmpty).ChildRules(i =>
        {
            i.RuleFor(x => x.Name).MaximumLength(FieldLimits.Name).WithMessage(_ => t["Validation_TooLong", FieldLimits.Name]);
            i.RuleFor(x => x.Unit).MaximumLength(FieldLimits.Unit).WithMessage(_ => t["Validation_TooLong", FieldLimits.Unit]);
            i.RuleFor(x => x.Value).GreaterThanOrEqualTo(0).WithMessage(_ => t["Validation_NotNegative"])
                .LessThanOrEqualTo(FieldLimits.IndicatorValue).WithMessage(_ => t["Validation_NumberTooLarge"])
                .PrecisionScale(18, 2, ignoreTrailingZeros: true).WithMessage(_ => t["Validation_TwoDecimals"]);
        });
        RuleForEach(x => x.EvidenceLinks).Where(e => !e.IsEmpty).ChildRules(e =>
        {
            e.RuleFor(x => x.Title).MaximumLength(FieldLimits.Name).WithMessage(_ => t["Validation_TooLong", FieldLimits.Name]);
            e.RuleFor(x => x.Url).MaximumLength(FieldLimits.Url).WithMessage(_ => t["Validation_TooLong", FieldLimits.Url])
                .Must(BeHttpUrl).When(x => !string.IsNullOrWhiteSpace(x.Url)).WithMessage(_ => t["Validation_Url"]);
        });
        RuleFor(x => x.BuildingBlocks).Must(rows => rows.Count(b => !b.IsEmpty) <= PracticeBuildingBlock.MaxPerPractice)
            .WithMessage(_ => r["Blocks_TooMany", PracticeBuildingBlock.MaxPerPractice]);
        RuleForEach(x => x.BuildingBlocks).Where(b => !b.IsEmpty).ChildRules(b =>
        {
            b.RuleFor(x => x.Title).MaximumLength(FieldLimits.Title).WithMessage(_ => t["Validation_TooLong", FieldLimits.Title]);
            foreach (var text in new System.Linq.Expressions.Expression<Func<BuildingBlockInput, string?>>[]
            {
                x => x.Description, x => x.EnablingFactors, x => x.TransferConditions,
            })
            {
                b.RuleFor(text).MaximumLength(FieldLimits.MediumText).WithMessage(_ => t["Validation_TooLong", FieldLimits.MediumText]);
            }
            b.RuleForEach(x => x.ActorTypes).IsInEnum().WithMessage(_ => t["Validation_Choose"]);
        });
        RuleFor(x => x.NewOrganisation).ChildRules(o =>
        {
            o.RuleFor(x => x.Name).MaximumLength(FieldLimits.Name).WithMessage(_ => t["Validation_TooLong", FieldLimits.Name]);
            o.RuleFor(x => x.Acronym).MaximumLength(FieldLimits.Acronym).WithMessage(_ => t["Validation_TooLong", FieldLimits.Acronym]);
            o.RuleFor(x => x.ActorType).NotNull().When(x => !x.IsEmpty).WithMessage(_ => t["Validation_Required"]);
            o.RuleFor(x => x.CountryCode).Must(c => c is not null && Country.MirpsCodes.Contains(c)).When(x => !x.IsEmpty).WithMessage(_ => t["Validation_Required"]);
            o.RuleFor(x => x.Role).NotNull().When(x => !x.IsEmpty).WithMessage(_ => t["Validation_Required"]);
        });
        RuleForEach(x => x.Answers).ChildRules(a =>
            a.RuleFor(x => x.Answer).MaximumLength(FieldLimits.MediumText).WithMessage(_ => t["Validation_TooLong", FieldLimits.MediumText]));

        When(x => x.IsSubmit, () =>
        {
            foreach (var required in new System.Linq.Expressions.Expression<Func<PracticeFormModel, string?>>[]
            {
                x => x.Title, x => x.Summary, x => x.Context, x => x.Description, x => x.Results, x => x.AgeGenderDiversityApproach,
                x => x.Challenges, x => x.LessonsLearned, x => x.ReplicationConditions, x => x.SustainabilityAndFunding,
            })
            {
                RuleFor(required).NotEmpty().WithMessage(_ => t["Validation_Required"]);
            }
            RuleFor(x => x.Language).NotEmpty().WithMessage(_ => t["Validation_Required"]);
            RuleFor(x => x.ImplementationStatus).NotNull().WithMessage(_ => t["Validation_Required"]);
            RuleFor(x => x.StartDate).NotNull().WithMessage(_ => t["Validation_Required"]);
            RuleFor(x => x.Countries).NotEmpty().WithMessage(_ => t["Validation_AtLeastOneCountry"]);
            RuleFor(x => x.StrategyAreas).NotEmpty().WithMessage(_ => t["Validation_AtLeastOneArea"]);
            RuleFor(x => x.Populations).NotEmpty().WithMessage(_ => t["Validation_AtLeastOnePopulation"]);
            RuleFor(x => x.Organisations).Must((model, rows) => rows.Any(r => !r.IsEmpty) || !model.NewOrganisation.IsEmpty)
                .WithMessage(_ => t["Validation_AtLeastOneOrganisation"]);
            RuleForEach(x => x.Organisations).Where(o => !o.IsEmpty).ChildRules(o =>
                o.RuleFor(x => x.Role).NotNull().WithMessage(_ => t["Validation_Required"]));
            RuleForEach(x => x.Mechanisms).Where(m => m.Selected).ChildRules(m =>
                m.RuleFor(x => x.Description).NotEmpty().WithMessage(_ => t["Validation_MechanismDescription"]));
            RuleForEach(x => x.OtherIndicators).Where(i => !i.IsEmpty).ChildRules(i =>
            {
                i.RuleFor(x => x.Name).NotEmpty().WithMessage(_ => t["Validation_Required"]);
                i.RuleFor(x => x.Value).NotNull().WithMessage(_ => t["Validation_Required"]);
            });
            RuleForEach(x => x.EvidenceLinks).Where(e => !e.IsEmpty).ChildRules(e =>
            {
                e.RuleFor(x => x.Title).NotEmpty().WithMessage(_ => t["Validation_Required"]);
                e.RuleFor(x => x.Url).NotEmpty().WithMessage(_ => t["Validation_Required"]);
            });
            // Blocks stay optional (practices submitted before blocks existed must still go through); a block that is
            // there needs its title, what it is, its transfer conditions and who carries it.
            RuleForEach(x => x.BuildingBlocks).Where(b => !b.IsEmpty).ChildRules(b =>
            {
                b.RuleFor(x => x.Title).NotEmpty().WithMessage(_ => t["Validation_Required"]);
                b.RuleFor(x => x.Description).NotEmpty().WithMessage(_ => t["Validation_Required"]);
                b.RuleFor(x => x.TransferConditions).NotEmpty().WithMessage(_ => t["Validation_Required"]);
                b.RuleFor(x => x.ActorTypes).NotEmpty().WithMessage(_ => r["Blocks_AtLeastOneActor"]);
            });
        });
    }

    public static bool BeHttpUrl(string? url) =>
        Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
