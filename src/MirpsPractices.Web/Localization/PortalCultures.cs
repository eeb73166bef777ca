using System.Globalization;
using Microsoft.AspNetCore.Localization;
using MirpsPractices.Core.Domain;

namespace MirpsPractices.Web.Localization;

/// <summary>The two first-class UI languages: Spanish (default) and English.</summary>
public static class PortalCultures
{
    public const string Spanish = "es";
    public const string English = "en";
    public const string CookieName = ".mirps.culture";
    public static readonly IReadOnlyList<string> All = [Spanish, English];

    public static void Configure(RequestLocalizationOptions options)
    {
        var cultures = All.Select(RecordLanguages.Culture).ToList();
        options.DefaultRequestCulture = new RequestCulture(Spanish);
        options.SupportedCultures = cultures;
        options.SupportedUICultures = cultures;
        options.FallBackToParentCultures = true;
        options.FallBackToParentUICultures = true;
        // An explicit ?culture= wins (shareable links), then the header switch's cookie, then the browser.
        options.RequestCultureProviders =
        [
            new QueryStringRequestCultureProvider(),
            new CookieRequestCultureProvider { CookieName = CookieName },
            new AcceptLanguageHeaderRequestCultureProvider(),
        ];
    }

    public static string Current => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == English ? English : Spanish;

    /// <summary>The UI culture for a stored language code (a user's preferred language): English for "en", Spanish otherwise.</summary>
    public static string ForLanguage(string? language) => language == English ? English : Spanish;
}
