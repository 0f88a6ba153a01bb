using System.Globalization;

namespace Pendulum.Scan;

/// <summary>
/// The period a pair scan groups by. Each is one of GDELT's own date columns, kept as the text the file holds, so
/// the output sorts and joins like the raw data: <c>SQLDATE</c> (<c>YYYYMMDD</c>), <c>MonthYear</c>
/// (<c>YYYYMM</c>) or <c>Year</c> (<c>YYYY</c>). GDELT 1.0 and 2.0 put them in the same places.
/// </summary>
public enum ScanPeriod
{
    /// <summary>Column 1, <c>SQLDATE</c>: the day the event took place, eight digits.</summary>
    Day,

    /// <summary>Column 2, <c>MonthYear</c>: six digits.</summary>
    Month,

    /// <summary>Column 3, <c>Year</c>: four digits.</summary>
    Year,
}

/// <summary>Where each <see cref="ScanPeriod"/> lives in a GDELT row and how it is written.</summary>
public static class ScanPeriods
{
    /// <summary>The 0-based column that holds the period.</summary>
    public static int Column(this ScanPeriod period) => period switch
    {
        ScanPeriod.Day => 1,
        ScanPeriod.Month => 2,
        ScanPeriod.Year => 3,
        _ => throw new ArgumentOutOfRangeException(nameof(period), period, null),
    };

    /// <summary>How many digits the period's text has.</summary>
    public static int Digits(this ScanPeriod period) => period switch
    {
        ScanPeriod.Day => 8,
        ScanPeriod.Month => 6,
        ScanPeriod.Year => 4,
        _ => throw new ArgumentOutOfRangeException(nameof(period), period, null),
    };

    /// <summary>GDELT's name for the period's column, used as the CSV header.</summary>
    public static string ColumnName(this ScanPeriod period) => period switch
    {
        ScanPeriod.Day => "SQLDATE",
        ScanPeriod.Month => "MonthYear",
        ScanPeriod.Year => "Year",
        _ => throw new ArgumentOutOfRangeException(nameof(period), period, null),
    };

    /// <summary>The period's text as an ISO 8601 date or partial date: 2018-05-08, 2018-05, 2018.</summary>
    public static string IsoText(this ScanPeriod period, int value) => period switch
    {
        ScanPeriod.Day => string.Create(CultureInfo.InvariantCulture, $"{value / 10000:D4}-{value / 100 % 100:D2}-{value % 100:D2}"),
        ScanPeriod.Month => string.Create(CultureInfo.InvariantCulture, $"{value / 100:D4}-{value % 100:D2}"),
        ScanPeriod.Year => value.ToString("D4", CultureInfo.InvariantCulture),
        _ => throw new ArgumentOutOfRangeException(nameof(period), period, null),
    };
}
