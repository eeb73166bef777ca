using Microsoft.Extensions.Localization;
using MirpsPractices.Core.Features.Reports;
using MirpsPractices.Web.Resources;

namespace MirpsPractices.Web.Localization;

/// <summary>The report's labels from NetworkResource and the reference labels, in the current UI culture.</summary>
public sealed class ResourceReportText(
    IStringLocalizer<NetworkResource> localizer, IStringLocalizer<TranslationResource> translations, ReferenceLabels labels) : IReportText
{
    public string Get(string key, params object[] arguments) => localizer[key, arguments];

    public string Label<TEnum>(TEnum value) where TEnum : struct, Enum => labels.For(value);

    public string Country(string code) => labels.Country(code);

    public string Untranslated(string language) => translations["Report_NoTranslation", labels.Language(language)];
}
