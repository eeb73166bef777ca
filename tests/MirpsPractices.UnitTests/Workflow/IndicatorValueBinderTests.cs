using MirpsPractices.Web.Models.Practices;

namespace MirpsPractices.UnitTests.Workflow;

public sealed class IndicatorValueBinderTests
{
    [Theory]
    [InlineData("2,5", "2.5")]
    [InlineData("2.5", "2.5")]
    [InlineData(" 1500 ", "1500")]
    [InlineData("0,125", "0.125")]
    [InlineData("12.75", "12.75")]
    [InlineData("-3", "-3")]
    [InlineData("1234,5678", "1234.5678")]
    public void Either_decimal_separator_reads_the_same_number(string typed, string expected)
    {
        Assert.True(IndicatorValueBinder.TryParse(typed, out var value));
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value);
    }

    [Theory]
    [InlineData("1.500")]
    [InlineData("2,000")]
    [InlineData("1.500,5")]
    [InlineData("1 500")]
    [InlineData("1e5")]
    [InlineData(",5")]
    [InlineData("5.")]
    [InlineData("-")]
    [InlineData("doce")]
    public void Ambiguous_or_malformed_numbers_are_refused_not_guessed(string typed) =>
        Assert.False(IndicatorValueBinder.TryParse(typed, out _));
}
