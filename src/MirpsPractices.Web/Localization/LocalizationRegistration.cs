using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.WebEncoders;
using MirpsPractices.Web.Resources;

namespace MirpsPractices.Web.Localization;

public static class LocalizationRegistration
{
    public static IServiceCollection AddPortalLocalization(this IServiceCollection services)
    {
        services.AddLocalization();
        services.Configure<RequestLocalizationOptions>(PortalCultures.Configure);
        services.AddScoped<ReferenceLabels>();
        // Razor would otherwise escape every accented letter (ó → &#xF3;), which bloats pages and breaks text search in tests.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddSingleton<IConfigureOptions<MvcOptions>, LocalizedModelBindingMessages>();
        return services;
    }
}

/// <summary>Model-binding messages ("the value 'x' is not valid") in the request's language.</summary>
public sealed class LocalizedModelBindingMessages(IStringLocalizerFactory factory) : IConfigureOptions<MvcOptions>
{
    public void Configure(MvcOptions options)
    {
        var localizer = factory.Create(typeof(SharedResource));
        var messages = options.ModelBindingMessageProvider;
        messages.SetValueMustNotBeNullAccessor(_ => localizer["ModelBinding_ValueMustNotBeNull"]);
        messages.SetMissingBindRequiredValueAccessor(x => localizer["ModelBinding_MissingBindRequiredValue", x]);
        messages.SetMissingKeyOrValueAccessor(() => localizer["ModelBinding_MissingKeyOrValue"]);
        messages.SetMissingRequestBodyRequiredValueAccessor(() => localizer["ModelBinding_MissingRequestBodyRequiredValue"]);
        messages.SetAttemptedValueIsInvalidAccessor((x, y) => localizer["ModelBinding_AttemptedValueIsInvalid", x, y]);
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(x => localizer["ModelBinding_NonPropertyAttemptedValueIsInvalid", x]);
        messages.SetUnknownValueIsInvalidAccessor(x => localizer["ModelBinding_UnknownValueIsInvalid", x]);
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => localizer["ModelBinding_NonPropertyUnknownValueIsInvalid"]);
        messages.SetValueIsInvalidAccessor(x => localizer["ModelBinding_ValueIsInvalid", x]);
        messages.SetValueMustBeANumberAccessor(x => localizer["ModelBinding_ValueMustBeANumber", x]);
        messages.SetNonPropertyValueMustBeANumberAccessor(() => localizer["ModelBinding_NonPropertyValueMustBeANumber"]);
    }
}
