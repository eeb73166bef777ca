using System.Globalization;
using MirpsPractices.Core.Domain;

namespace MirpsPractices.UnitTests.Localization;

public sealed class RecordLanguagesCultureTests
{
    private static readonly DateTime TwentiethOfOctober = new(2025, 10, 20, 14, 5, 0);

    [Theory]
    [InlineData("en", "20/10/2025", "1,234.5")]
    [InlineData("es", "20/10/2025", "1.234,5")]
    [InlineData(null, "20/10/2025", "1.234,5")]
    public void Dates_are_written_day_first_in_both_languages(string? language, string shortDate, string number)
    {
        var culture = RecordLanguages.Culture(language);

        Assert.Equal(shortDate, TwentiethOfOctober.ToString("d", culture));
        Assert.Equal(number, 1234.5.ToString("N1", culture));
    }

    [Fact]
    public void English_keeps_its_name_and_its_month_names()
    {
        var english = RecordLanguages.Culture(RecordLanguages.English);

        Assert.Equal("en", english.Name);
        Assert.Equal("20 October 2025", TwentiethOfOctober.ToString("d MMMM yyyy", english));
        Assert.True(english.IsReadOnly);
    }
}
