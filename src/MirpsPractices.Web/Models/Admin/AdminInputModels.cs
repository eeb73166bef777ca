using FluentValidation;
using Microsoft.Extensions.Localization;
using MirpsPractices.Core.Data.Configurations;
using MirpsPractices.Core.Domain;
using MirpsPractices.Web.Resources;

namespace MirpsPractices.Web.Models.Admin;

public sealed class InviteUserInputModel
{
    public string? Email { get; set; }
    public string? DisplayName { get; set; }
    public List<string> Roles { get; set; } = [];
    public int? OrganisationId { get; set; }

    /// <summary>The language of the invitation and later e-mails ("es" or "en"; the administrator's current language when empty).</summary>
    public string? PreferredLanguage { get; set; }
}

/// <summary>The only fields an administrator changes on an account's access; nothing else binds.</summary>
public sealed class UserAccessInputModel
{
    public List<string> Roles { get; set; } = [];
    public int? OrganisationId { get; set; }
}

public sealed class OrganisationInputModel
{
    public string? Name { get; set; }
    public string? Acronym { get; set; }
    public ActorType? ActorType { get; set; }
    public string? CountryCode { get; set; }
    public bool IsDialogueMechanismMember { get; set; }
    public string? Website { get; set; }
}

public sealed class MergeOrganisationInputModel
{
    public int? SurvivorId { get; set; }
}

public sealed class InviteUserInputModelValidator : AbstractValidator<InviteUserInputModel>
{
    public InviteUserInputModelValidator(IStringLocalizer<AdminResource> localizer)
    {
        RuleFor(x => x.Email).NotEmpty().WithMessage(_ => localizer["Validation_EmailRequired"])
            .MaximumLength(256).WithMessage(_ => localizer["Validation_TooLong", 256])
            .EmailAddress().WithMessage(_ => localizer["Validation_EmailInvalid"]);
        RuleFor(x => x.DisplayName).NotEmpty().WithMessage(_ => localizer["Validation_NameRequired"])
            .MaximumLength(FieldLimits.Name).WithMessage(_ => localizer["Validation_TooLong", FieldLimits.Name]);
        RuleFor(x => x.Roles).NotEmpty().WithMessage(_ => localizer["Validation_RoleRequired"]);
        RuleForEach(x => x.Roles).Must(r => Core.Domain.Roles.All.Contains(r)).WithMessage(_ => localizer["Validation_UnknownRole"]);
        // Optional: left out, the invitee's language is the administrator's current one.
        RuleFor(x => x.PreferredLanguage).Must(l => string.IsNullOrEmpty(l) || RecordLanguages.All.Contains(l)).WithMessage(_ => localizer["Validation_LanguageRequired"]);
    }
}

public sealed class UserAccessInputModelValidator : AbstractValidator<UserAccessInputModel>
{
    public UserAccessInputModelValidator(IStringLocalizer<AdminResource> localizer)
    {
        RuleForEach(x => x.Roles).Must(r => Core.Domain.Roles.All.Contains(r)).WithMessage(_ => localizer["Validation_UnknownRole"]);
    }
}

public sealed class OrganisationInputModelValidator : AbstractValidator<OrganisationInputModel>
{
    public OrganisationInputModelValidator(IStringLocalizer<AdminResource> localizer)
    {
        RuleFor(x => x.Name).NotEmpty().WithMessage(_ => localizer["Validation_NameRequired"])
            .MaximumLength(FieldLimits.Name).WithMessage(_ => localizer["Validation_TooLong", FieldLimits.Name]);
        RuleFor(x => x.Acronym).MaximumLength(FieldLimits.Acronym).WithMessage(_ => localizer["Validation_TooLong", FieldLimits.Acronym]);
        RuleFor(x => x.ActorType).NotNull().WithMessage(_ => localizer["Validation_ActorTypeRequired"]).IsInEnum();
        RuleFor(x => x.CountryCode).NotEmpty().WithMessage(_ => localizer["Validation_CountryRequired"])
            .Must(c => c is null || Country.MirpsCodes.Contains(c)).WithMessage(_ => localizer["Validation_CountryRequired"]);
        RuleFor(x => x.Website).MaximumLength(FieldLimits.Url).WithMessage(_ => localizer["Validation_TooLong", FieldLimits.Url])
            .Must(BeAnHttpUrl).WithMessage(_ => localizer["Validation_Url"]);
    }

    private static bool BeAnHttpUrl(string? url) =>
        string.IsNullOrWhiteSpace(url)
        || (Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp));
}

public sealed class MergeOrganisationInputModelValidator : AbstractValidator<MergeOrganisationInputModel>
{
    public MergeOrganisationInputModelValidator(IStringLocalizer<AdminResource> localizer)
    {
        RuleFor(x => x.SurvivorId).NotNull().WithMessage(_ => localizer["Validation_SurvivorRequired"]);
    }
}
