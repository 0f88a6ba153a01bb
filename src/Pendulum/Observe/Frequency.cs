namespace Pendulum.Observe;

/// <summary>How finely a series is cut: each period is named by its first day.</summary>
public enum Frequency
{
    Day,

    /// <summary>ISO weeks, starting on Monday.</summary>
    Week,

    Month,

    Year,
}

/// <summary>Period arithmetic for <see cref="Frequency"/>.</summary>
public static class Frequencies
{
    /// <summary>The first day of the period holding <paramref name="date"/>.</summary>
    public static DateOnly PeriodStart(this Frequency frequency, DateOnly date) => frequency switch
    {
        Frequency.Day => date,
        Frequency.Week => date.AddDays(-(((int)date.DayOfWeek + 6) % 7)),
        Frequency.Month => new DateOnly(date.Year, date.Month, 1),
        _ => new DateOnly(date.Year, 1, 1),
    };

    /// <summary>The first day of the period after the one starting on <paramref name="start"/>.</summary>
    public static DateOnly NextPeriod(this Frequency frequency, DateOnly start) => frequency switch
    {
        Frequency.Day => start.AddDays(1),
        Frequency.Week => start.AddDays(7),
        Frequency.Month => start.AddMonths(1),
        _ => start.AddYears(1),
    };

    /// <summary>The name the command line and outputs use: <c>day</c>, <c>week</c>, <c>month</c>, <c>year</c>.</summary>
    public static string Name(this Frequency frequency) => frequency.ToString().ToLowerInvariant();

    /// <summary>Parses a frequency name; null when unknown.</summary>
    public static Frequency? Parse(string name) => name.ToLowerInvariant() switch
    {
        "day" => Frequency.Day,
        "week" => Frequency.Week,
        "month" => Frequency.Month,
        "year" => Frequency.Year,
        _ => null,
    };
}
