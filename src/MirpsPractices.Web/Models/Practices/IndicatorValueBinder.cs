using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using MirpsPractices.Web.Resources;

namespace MirpsPractices.Web.Models.Practices;

/// <summary>
/// Binds an indicator value typed with either decimal separator: people in the MIRPS countries write "2,5" or "2.5" whatever
/// the interface language. The culture's own parser would read "2.5" as 25 in Spanish. A value whose separator may be a
/// thousands separator ("1.500", "2,000") or that has several separators is refused with a message rather than guessed.
/// </summary>
public sealed class IndicatorValueBinder(IStringLocalizer<WorkflowResource> t) : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        var result = bindingContext.ValueProvider.GetValue(bindingContext.ModelName);
        if (result == ValueProviderResult.None)
        {
            return Task.CompletedTask;
        }
        bindingContext.ModelState.SetModelValue(bindingContext.ModelName, result);
        var text = result.FirstValue;
        if (string.IsNullOrWhiteSpace(text))
        {
            bindingContext.Result = ModelBindingResult.Success(null);
        }
        else if (TryParse(text, out var value))
        {
            bindingContext.Result = ModelBindingResult.Success(value);
        }
        else
        {
            bindingContext.ModelState.TryAddModelError(bindingContext.ModelName, t["Validation_NumberFormat"]);
        }
        return Task.CompletedTask;
    }

    public static bool TryParse(string text, out decimal value)
    {
        value = 0;
        var trimmed = text.Trim();
        var digits = trimmed.StartsWith('-') ? trimmed[1..] : trimmed;
        var separators = digits.Count(c => c is '.' or ',');
        if (digits.Length == 0 || separators > 1 || digits.Any(c => !char.IsAsciiDigit(c) && c is not ('.' or ',')))
        {
            return false;
        }
        var at = digits.IndexOfAny(['.', ',']);
        if (at == 0 || at == digits.Length - 1)
        {
            return false;
        }
        if (at > 0 && digits.Length - at - 1 == 3 && digits[..at].TrimStart('0').Length > 0)
        {
            // "1.500": one thousand five hundred, or one and a half? Not guessed.
            return false;
        }
        var invariant = (trimmed.StartsWith('-') ? "-" : "") + digits.Replace(',', '.');
        return decimal.TryParse(invariant, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }
}
