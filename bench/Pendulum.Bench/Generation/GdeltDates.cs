using System.Globalization;

namespace Pendulum.Bench.Generation;

/// <summary>GDELT's four date fields derived from SQLDATE.</summary>
public static class GdeltDates
{
    /// <summary>Days before each month in a common year.</summary>
    private static readonly int[] DaysBeforeMonth = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

    /// <summary>
    /// <c>SQLDATE\tMonthYear\tYear\tFractionDate</c>, e.g. <c>20180508\t201805\t2018\t2018.3507</c>.
    /// FractionDate is Year + (day of year in a common year) / 365 to four decimals: that formula reproduces
    /// every FractionDate in the real samples, leap years included (2008-05-10 -> 2008.3562).
    /// </summary>
    public static string Fields(DateOnly day)
    {
        var dayOfYear = DaysBeforeMonth[day.Month - 1] + day.Day;
        // dayOfYear * 10000 / 365 never ends in exactly .5 (365 = 5 x 73), so rounding to nearest is unambiguous.
        var tenThousandths = day.Year * 10_000L + (dayOfYear * 10_000 * 2 + 365) / (365 * 2);
        return string.Create(CultureInfo.InvariantCulture,
            $"{day.Year:D4}{day.Month:D2}{day.Day:D2}\t{day.Year:D4}{day.Month:D2}\t{day.Year:D4}\t{tenThousandths / 10_000}.{tenThousandths % 10_000:D4}");
    }
}
