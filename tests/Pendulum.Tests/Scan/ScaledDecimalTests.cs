using System.Text;
using Pendulum.Scan;

namespace Pendulum.Tests.Scan;

public sealed class ScaledDecimalTests
{
    [Theory]
    [InlineData("3.4", 3_400_000)]
    [InlineData("-2.0", -2_000_000)]
    [InlineData("10", 10_000_000)]
    [InlineData("+0.5", 500_000)]
    [InlineData(".25", 250_000)]
    [InlineData("-0.000001", -1)]
    public void TryParseMillionths_Decimal_IsExact(string text, long expected)
    {
        Assert.True(ScaledDecimal.TryParseMillionths(Encoding.ASCII.GetBytes(text + "\t"), 0, out var value, out var next));

        Assert.Equal((expected, text.Length + 1), (value, next));
    }

    [Theory]
    [InlineData("")]
    [InlineData("-")]
    [InlineData("1e1")]
    [InlineData("1.2345678")]
    [InlineData("NaN")]
    [InlineData("1 ")]
    public void TryParseMillionths_NotAShortDecimal_Fails(string text) =>
        Assert.False(ScaledDecimal.TryParseMillionths(Encoding.ASCII.GetBytes(text + "\t"), 0, out _, out _));

    [Theory]
    [InlineData(0, "0.000000")]
    [InlineData(-1, "-0.000001")]
    [InlineData(-12_300_000, "-12.300000")]
    [InlineData(123_456_789, "123.456789")]
    public void Format_Millionths_PrintsSixDecimals(long millionths, string expected) =>
        Assert.Equal(expected, ScaledDecimal.Format(millionths));

    [Fact]
    public void Format_BeyondLong_StaysExact() =>
        Assert.Equal("-100000000000000000000.000001", ScaledDecimal.Format(-(Int128.Parse("100000000000000000000000000", System.Globalization.CultureInfo.InvariantCulture) + 1)));
}
