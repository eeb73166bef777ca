using Microsoft.Extensions.Localization;
using MirpsPractices.Web.Resources;

namespace MirpsPractices.Web.Localization;

/// <summary>Localized labels of the reference codes (countries, actor types, strategy areas…), from SharedResource.</summary>
public sealed class ReferenceLabels(IStringLocalizer<SharedResource> localizer)
{
    public string For<TEnum>(TEnum value) where TEnum : struct, Enum => localizer[$"{typeof(TEnum).Name}_{value}"];

    public string Country(string code) => localizer[$"Country_{code}"];

    public string Language(string code) => localizer[$"RecordLanguage_{code}"];

    public string Role(string role) => localizer[$"Role_{role}"];

    public IReadOnlyList<(TEnum Value, string Label)> All<TEnum>() where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().Select(v => (v, For(v))).ToList();
}
