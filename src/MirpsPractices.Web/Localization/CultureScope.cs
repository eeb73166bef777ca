using System.Globalization;

namespace MirpsPractices.Web.Localization;

/// <summary>Reads localized strings in a given language, whatever the request's language (bilingual e-mails, reference lists).</summary>
public static class CultureScope
{
    public static T In<T>(string culture, Func<T> read)
    {
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            return read();
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
