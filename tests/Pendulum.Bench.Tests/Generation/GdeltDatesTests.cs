using System.Globalization;
using Pendulum.Bench.Generation;

namespace Pendulum.Bench.Tests.Generation;

public class GdeltDatesTests
{
    [Theory]
    // Every pair below is from the real 2018-05-08 GDELT 2.0 sample slices.
    [InlineData("20180508", "20180508\t201805\t2018\t2018.3507")]
    [InlineData("20080510", "20080510\t200805\t2008\t2008.3562")]
    [InlineData("20180408", "20180408\t201804\t2018\t2018.2685")]
    [InlineData("20180507", "20180507\t201805\t2018\t2018.3479")]
    [InlineData("20180105", "20180105\t201801\t2018\t2018.0137")]
    public void Fields_RealSampleDates_MatchGdelt(string sqlDate, string expected)
    {
        var day = DateOnly.ParseExact(sqlDate, "yyyyMMdd", CultureInfo.InvariantCulture);

        Assert.Equal(expected, GdeltDates.Fields(day));
    }
}
