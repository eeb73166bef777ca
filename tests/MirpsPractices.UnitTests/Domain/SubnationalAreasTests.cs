using MirpsPractices.Core.Domain;

namespace MirpsPractices.UnitTests.Domain;

public sealed class SubnationalAreasTests
{
    [Theory]
    [InlineData("BZ", 6)]
    [InlineData("CR", 7)]
    [InlineData("SV", 14)]
    [InlineData("GT", 22)]
    [InlineData("HN", 18)]
    [InlineData("MX", 32)]
    [InlineData("PA", 14)] // 10 provinces + 4 indigenous regions (comarcas) of ISO 3166-2:PA
    public void Each_country_has_its_iso_3166_2_first_level_subdivisions(string country, int expected) =>
        Assert.Equal(expected, SubnationalAreas.OfCountry(country).Count());

    [Fact]
    public void Codes_are_unique_prefixed_by_their_country_and_named_in_both_languages()
    {
        Assert.Equal(113, SubnationalAreas.All.Count);
        Assert.Equal(SubnationalAreas.All.Count, SubnationalAreas.All.Select(a => a.Code).Distinct(StringComparer.Ordinal).Count());
        Assert.All(SubnationalAreas.All, a =>
        {
            Assert.Contains(a.CountryCode, Country.MirpsCodes);
            Assert.StartsWith(a.CountryCode + "-", a.Code, StringComparison.Ordinal);
            Assert.InRange(a.Code.Length, 4, 6);
            Assert.False(string.IsNullOrWhiteSpace(a.NameEs));
            Assert.False(string.IsNullOrWhiteSpace(a.NameEn));
        });
    }

    [Theory]
    [InlineData("GT-16", "es", "Alta Verapaz")]
    [InlineData("MX-CMX", "es", "Ciudad de México")]
    [InlineData("MX-CMX", "en", "Mexico City")]
    [InlineData("PA-10", "es", "Panamá Oeste")]
    [InlineData("PA-KY", "es", "Comarca Guna Yala")]
    [InlineData("HN-IB", "en", "Bay Islands")]
    [InlineData("BZ-TOL", "es", "Toledo")]
    [InlineData("XX-1", "es", "XX-1")]
    public void Labels_are_in_the_readers_language(string code, string language, string expected) =>
        Assert.Equal(expected, SubnationalAreas.Label(code, language));

    [Fact]
    public void Guatemala_uses_the_numeric_codes_and_the_old_letter_codes_are_unknown()
    {
        Assert.Equal("GT", SubnationalAreas.CountryOf("GT-01"));
        Assert.False(SubnationalAreas.IsKnown("GT-AV"));
        Assert.False(SubnationalAreas.IsKnown("MX-DIF"));
        Assert.False(SubnationalAreas.IsKnown(null));
    }
}
