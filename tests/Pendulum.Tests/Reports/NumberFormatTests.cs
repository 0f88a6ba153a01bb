using Pendulum.Reports;

namespace Pendulum.Tests.Reports;

public sealed class NumberFormatTests
{
    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void EveryFormat_NotAFiniteNumber_IsMissing(double value)
    {
        Assert.Null(NumberFormat.Json(value));
        Assert.Equal("", NumberFormat.Csv(value));
        Assert.Equal("-", NumberFormat.Table(value));
    }

    [Fact]
    public void EveryFormat_Null_IsMissing()
    {
        Assert.Null(NumberFormat.Json((double?)null));
        Assert.Equal("", NumberFormat.Csv((double?)null));
        Assert.Equal("-", NumberFormat.Table((double?)null));
    }

    [Theory]
    [InlineData(0.20886942239255407, 0.208869)]
    [InlineData(-0.005349810175530295, -0.00535)]
    [InlineData(2.0, 2.0)]
    public void Json_FiniteValue_KeepsSixDecimals(double value, double expected) => Assert.Equal(expected, NumberFormat.Json(value));

    [Fact]
    public void Csv_FiniteValue_ReadsBackAsTheSameDouble()
    {
        const double value = 0.20886942239255407;

        Assert.Equal(value, double.Parse(NumberFormat.Csv(value), System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Table_FiniteValue_UsesTheFormatGiven()
    {
        Assert.Equal("0.2089", NumberFormat.Table(0.20886942239255407));
        Assert.Equal("0.209", NumberFormat.Table(0.20886942239255407, "0.000"));
    }
}
