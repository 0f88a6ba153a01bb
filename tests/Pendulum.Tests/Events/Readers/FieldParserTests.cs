using System.Text;
using Pendulum.Events.Readers;

namespace Pendulum.Tests.Events.Readers;

public sealed class FieldParserTests
{
    [Theory]
    [InlineData("20180508")]
    [InlineData("20160229")] // a leap day
    [InlineData("20170229")] // not one
    [InlineData("00010101")]
    [InlineData("00000101")]
    [InlineData("20181301")]
    [InlineData("20180500")]
    [InlineData("20180431")]
    [InlineData("2018050x")]
    [InlineData("2018-5-8")]
    [InlineData("2018058")]
    [InlineData("201805080")]
    [InlineData("")]
    public void TryCompactDate_AnyValue_AgreesWithCompactDate(string value)
    {
        DateOnly? expected;
        try
        {
            expected = FieldParser.CompactDate(value, "SQLDATE");
        }
        catch (RowRejectedException)
        {
            expected = null;
        }

        var read = FieldParser.TryCompactDate(Encoding.UTF8.GetBytes(value), out var date);

        Assert.Equal(expected, read ? date : null);
    }
}
