using FluentValidation;
using Microsoft.Extensions.Localization;
using MirpsPractices.Web.Resources;

namespace MirpsPractices.Web.Models.Account;

public sealed class SignInInputModel
{
    public string? Email { get; set; }
    public string? Password { get; set; }
    public bool RememberMe { get; set; }
    public string? ReturnUrl { get; set; }
}

public sealed class SignInInputModelValidator : AbstractValidator<SignInInputModel>
{
    public SignInInputModelValidator(IStringLocalizer<SharedResource> localizer)
    {
        RuleFor(x => x.Email).NotEmpty().WithMessage(_ => localizer["Validation_Required"])
            .MaximumLength(256).WithMessage(_ => localizer["Validation_TooLong", 256])
            .EmailAddress().WithMessage(_ => localizer["Validation_Email"]);
        RuleFor(x => x.Password).NotEmpty().WithMessage(_ => localizer["Validation_Required"])
            .MaximumLength(1024).WithMessage(_ => localizer["Validation_TooLong", 1024]);
        RuleFor(x => x.ReturnUrl).MaximumLength(2000).WithMessage(_ => localizer["Validation_TooLong", 2000]);
    }
}
