using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Binders;
using Microsoft.Extensions.Localization;
using MirpsPractices.Web.Resources;

namespace MirpsPractices.Web.Reliability;

/// <summary>
/// Sanity rules every value bound from a request obeys, whatever the form: text without control characters (a NUL or an
/// ESC is never meant, and breaks the XML of the feed and the .docx report), dates between 1900 and 2100 (year 1 or 9999
/// is a typo or a probe, and overflows date arithmetic). A failure is an ordinary, localized model error, so the form is
/// shown again with its message; new forms get the rules without doing anything.
/// </summary>
public sealed class InputSanityBinderProvider : IModelBinderProvider
{
    public const int MinYear = 1900;
    public const int MaxYear = 2100;

    public IModelBinder? GetBinder(ModelBinderProviderContext context)
    {
        var type = context.Metadata.UnderlyingOrModelType;
        if (context.Metadata.IsComplexType || (type != typeof(string) && type != typeof(DateOnly) && type != typeof(DateTime) && type != typeof(DateTimeOffset)))
        {
            return null;
        }
        // Only values from the form, the query string or the route; a body, a header or a service keeps its own binder.
        var source = context.BindingInfo.BindingSource;
        if (source is not null && source != BindingSource.Form && source != BindingSource.Query && source != BindingSource.Path && source != BindingSource.ModelBinding)
        {
            return null;
        }
        var loggerFactory = context.Services.GetRequiredService<ILoggerFactory>();
        IModelBinder inner = type == typeof(DateTime)
            ? new DateTimeModelBinder(DateTimeStyles.AdjustToUniversal, loggerFactory)
            : new SimpleTypeModelBinder(context.Metadata.ModelType, loggerFactory);
        return new InputSanityBinder(inner);
    }
}

public sealed class InputSanityBinder(IModelBinder inner) : IModelBinder
{
    public async Task BindModelAsync(ModelBindingContext bindingContext)
    {
        await inner.BindModelAsync(bindingContext);
        if (!bindingContext.Result.IsModelSet || bindingContext.Result.Model is not { } model)
        {
            return;
        }
        var key = bindingContext.ModelName;
        var text = bindingContext.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<ReliabilityResource>>();
        string? error = model switch
        {
            string s when HasControlCharacters(s) => text["Input_ControlCharacters"],
            DateOnly d when d.Year is < InputSanityBinderProvider.MinYear or > InputSanityBinderProvider.MaxYear => YearError(text),
            DateTime d when d.Year is < InputSanityBinderProvider.MinYear or > InputSanityBinderProvider.MaxYear => YearError(text),
            DateTimeOffset d when d.Year is < InputSanityBinderProvider.MinYear or > InputSanityBinderProvider.MaxYear => YearError(text),
            _ => null,
        };
        if (error is not null)
        {
            bindingContext.ModelState.TryAddModelError(key, error);
            bindingContext.Result = ModelBindingResult.Failed();
        }
    }

    /// <summary>C0 controls (but tab, line feed, carriage return), DEL and the C1 range.</summary>
    public static bool HasControlCharacters(string value)
    {
        foreach (var c in value)
        {
            if (char.IsControl(c) && c is not ('\t' or '\n' or '\r'))
            {
                return true;
            }
        }
        return false;
    }

    private static string YearError(IStringLocalizer text) =>
        text["Input_DateOutOfRange", InputSanityBinderProvider.MinYear.ToString(CultureInfo.InvariantCulture), InputSanityBinderProvider.MaxYear.ToString(CultureInfo.InvariantCulture)];
}
