using System.Globalization;
using Microsoft.Extensions.Localization;
using MirpsPractices.Web.Localization;

namespace MirpsPractices.UnitTests.Localization;

public sealed class CountedStringsTests
{
    private static readonly Dictionary<string, string> Strings = new()
    {
        ["Results_Count"] = "{0} prácticas · mostrando {1}–{2}",
        ["Results_Count_One"] = "1 práctica",
        ["Commitments_Count"] = "{0} compromisos",
    };

    [Theory]
    [InlineData(0, "0 prácticas · mostrando 0–0")]
    [InlineData(1, "1 práctica")]
    [InlineData(2, "2 prácticas · mostrando 0–0")]
    [InlineData(12345, "12.345 prácticas · mostrando 0–0")]
    public void One_takes_the_singular_string_and_every_other_count_the_plural(int count, string expected)
    {
        using var _ = new CultureSwitch("es");

        Assert.Equal(expected, new DictionaryLocalizer().Count("Results_Count", count, "0", "0").Value);
    }

    [Fact]
    public void Without_a_singular_string_one_falls_back_to_the_plural()
    {
        Assert.Equal("1 compromisos", new DictionaryLocalizer().Count("Commitments_Count", 1).Value);
    }

    private sealed class DictionaryLocalizer : IStringLocalizer
    {
        public LocalizedString this[string name] => this[name, []];

        public LocalizedString this[string name, params object[] arguments] =>
            Strings.TryGetValue(name, out var format)
                ? new LocalizedString(name, string.Format(CultureInfo.CurrentCulture, format, arguments))
                : new LocalizedString(name, name, resourceNotFound: true);

        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => [];
    }

    private sealed class CultureSwitch : IDisposable
    {
        private readonly CultureInfo _previous = CultureInfo.CurrentCulture;

        public CultureSwitch(string culture) => CultureInfo.CurrentCulture = new CultureInfo(culture);

        public void Dispose() => CultureInfo.CurrentCulture = _previous;
    }
}
