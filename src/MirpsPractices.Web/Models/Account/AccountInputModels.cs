using FluentValidation;
using MirpsPractices.Core.Domain;
using Microsoft.Extensions.Localization;
using MirpsPractices.Web.Resources;
using MirpsPractices.Web.Security;

namespace MirpsPractices.Web.Models.Account;

public sealed class TwoFactorSignInInputModel
{
    public string? Code { get; set; }
    public bool RememberMe { get; set; }
    public string? ReturnUrl { get; set; }
}

public sealed class RecoveryCodeSignInInputModel
{
    public string? RecoveryCode { get; set; }
    public string? ReturnUrl { get; set; }
}

/// <summary>Setting a password from an invitation or a reset link: the link's user id and token travel in hidden fields.</summary>
public sealed class SetPasswordInputModel
{
    public string? User { get; set; }
    public string? Token { get; set; }
    public string? Password { get; set; }
    public string? ConfirmPassword { get; set; }
}

public sealed class ForgotPasswordInputModel
{
    public string? Email { get; set; }
}

public sealed class ChangePasswordInputModel
{
    public string? CurrentPassword { get; set; }
    public string? NewPassword { get; set; }
    public string? ConfirmPassword { get; set; }
}

public sealed class EnableTwoFactorInputModel
{
    public string? Code { get; set; }
}

/// <summary>The current password, asked again before two-factor authentication is weakened (new recovery codes, turned off, new app).</summary>
public sealed class ConfirmPasswordInputModel
{
    public string? Password { get; set; }
}

public sealed class PreferencesInputModel
{
    /// <summary>"es" or "en" (<see cref="RecordLanguages"/>): the language of the e-mails the portal sends this person.</summary>
    public string? PreferredLanguage { get; set; }
}

public sealed class DeleteAccountInputModel
{
    public string? Password { get; set; }
    public bool Confirm { get; set; }
}

public sealed class TwoFactorSignInInputModelValidator : AbstractValidator<TwoFactorSignInInputModel>
{
    public TwoFactorSignInInputModelValidator(IStringLocalizer<AccountResource> localizer)
    {
        RuleFor(x => x.Code).NotEmpty().WithMessage(_ => localizer["Validation_CodeRequired"]).MaximumLength(20).WithMessage(_ => localizer["Validation_TooLong", 20]);
        RuleFor(x => x.ReturnUrl).MaximumLength(2000).WithMessage(_ => localizer["Validation_TooLong", 2000]);
    }
}

public sealed class RecoveryCodeSignInInputModelValidator : AbstractValidator<RecoveryCodeSignInInputModel>
{
    public RecoveryCodeSignInInputModelValidator(IStringLocalizer<AccountResource> localizer)
    {
        RuleFor(x => x.RecoveryCode).NotEmpty().WithMessage(_ => localizer["Validation_RecoveryCodeRequired"]).MaximumLength(40).WithMessage(_ => localizer["Validation_TooLong", 40]);
        RuleFor(x => x.ReturnUrl).MaximumLength(2000).WithMessage(_ => localizer["Validation_TooLong", 2000]);
    }
}

public sealed class SetPasswordInputModelValidator : AbstractValidator<SetPasswordInputModel>
{
    public SetPasswordInputModelValidator(IStringLocalizer<AccountResource> localizer)
    {
        // Both come from the e-mailed link, never typed: a wrong one means a broken link.
        RuleFor(x => x.User).NotEmpty().WithMessage(_ => localizer["Validation_Required"]).MaximumLength(100).WithMessage(_ => localizer["Validation_TooLong", 100]);
        RuleFor(x => x.Token).NotEmpty().WithMessage(_ => localizer["Validation_Required"]).MaximumLength(2000).WithMessage(_ => localizer["Validation_TooLong", 2000]);
        RuleFor(x => x.Password).NotEmpty().WithMessage(_ => localizer["Validation_PasswordRequired"])
            .MinimumLength(12).WithMessage(_ => localizer["Password_TooShort", 12])
            .MaximumLength(PasswordPolicyValidator.MaximumLength).WithMessage(_ => localizer["Password_TooLong", PasswordPolicyValidator.MaximumLength]);
        RuleFor(x => x.ConfirmPassword).Equal(x => x.Password).WithMessage(_ => localizer["Validation_PasswordsDiffer"]);
    }
}

public sealed class ForgotPasswordInputModelValidator : AbstractValidator<ForgotPasswordInputModel>
{
    public ForgotPasswordInputModelValidator(IStringLocalizer<AccountResource> localizer)
    {
        RuleFor(x => x.Email).NotEmpty().WithMessage(_ => localizer["Validation_EmailRequired"])
            .MaximumLength(256).WithMessage(_ => localizer["Validation_TooLong", 256])
            .EmailAddress().WithMessage(_ => localizer["Validation_EmailInvalid"]);
    }
}

public sealed class ChangePasswordInputModelValidator : AbstractValidator<ChangePasswordInputModel>
{
    public ChangePasswordInputModelValidator(IStringLocalizer<AccountResource> localizer)
    {
        RuleFor(x => x.CurrentPassword).NotEmpty().WithMessage(_ => localizer["Validation_PasswordRequired"])
            .MaximumLength(1024).WithMessage(_ => localizer["Validation_TooLong", 1024]);
        RuleFor(x => x.NewPassword).NotEmpty().WithMessage(_ => localizer["Validation_PasswordRequired"])
            .MinimumLength(12).WithMessage(_ => localizer["Password_TooShort", 12])
            .MaximumLength(PasswordPolicyValidator.MaximumLength).WithMessage(_ => localizer["Password_TooLong", PasswordPolicyValidator.MaximumLength]);
        RuleFor(x => x.ConfirmPassword).Equal(x => x.NewPassword).WithMessage(_ => localizer["Validation_PasswordsDiffer"]);
    }
}

public sealed class EnableTwoFactorInputModelValidator : AbstractValidator<EnableTwoFactorInputModel>
{
    public EnableTwoFactorInputModelValidator(IStringLocalizer<AccountResource> localizer)
    {
        RuleFor(x => x.Code).NotEmpty().WithMessage(_ => localizer["Validation_CodeRequired"]).MaximumLength(20).WithMessage(_ => localizer["Validation_TooLong", 20]);
    }
}

public sealed class ConfirmPasswordInputModelValidator : AbstractValidator<ConfirmPasswordInputModel>
{
    public ConfirmPasswordInputModelValidator(IStringLocalizer<AccountResource> localizer)
    {
        RuleFor(x => x.Password).NotEmpty().WithMessage(_ => localizer["Validation_PasswordRequired"])
            .MaximumLength(1024).WithMessage(_ => localizer["Validation_TooLong", 1024]);
    }
}

public sealed class PreferencesInputModelValidator : AbstractValidator<PreferencesInputModel>
{
    public PreferencesInputModelValidator(IStringLocalizer<AccountResource> localizer)
    {
        RuleFor(x => x.PreferredLanguage).NotEmpty().WithMessage(_ => localizer["Validation_LanguageRequired"])
            .Must(l => l is null || RecordLanguages.All.Contains(l)).WithMessage(_ => localizer["Validation_LanguageRequired"]);
    }
}

public sealed class DeleteAccountInputModelValidator : AbstractValidator<DeleteAccountInputModel>
{
    public DeleteAccountInputModelValidator(IStringLocalizer<AccountResource> localizer)
    {
        RuleFor(x => x.Password).NotEmpty().WithMessage(_ => localizer["Validation_PasswordRequired"])
            .MaximumLength(1024).WithMessage(_ => localizer["Validation_TooLong", 1024]);
        RuleFor(x => x.Confirm).Equal(true).WithMessage(_ => localizer["Validation_ConfirmDeletion"]);
    }
}
