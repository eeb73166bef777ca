using System.Globalization;
using Microsoft.Extensions.Localization;

namespace MirpsPractices.Web.Localization;

public static class CountedStrings
{
    /// <summary>
    /// "1 práctica", "3 prácticas": the string <c>{key}_One</c> when <paramref name="count"/> is exactly one (Spanish and English
    /// use the singular then only), otherwise <paramref name="key"/>. The count, formatted for the UI culture, is argument {0};
    /// <paramref name="more"/> follow as {1}, {2}…
    /// </summary>
    public static LocalizedString Count(this IStringLocalizer localizer, string key, int count, params object[] more)
    {
        object[] arguments = [count.ToString("N0", CultureInfo.CurrentCulture), .. more];
        if (count == 1 && localizer[key + "_One", arguments] is { ResourceNotFound: false } one)
        {
            return one;
        }
        return localizer[key, arguments];
    }
}
