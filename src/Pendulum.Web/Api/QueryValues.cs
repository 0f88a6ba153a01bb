using System.Globalization;
using Pendulum.Observe;

namespace Pendulum.Web.Api;

/// <summary>Reads query parameters the way the command line reads its options; a bad value is a 400 naming it.</summary>
internal static class QueryValues
{
    public static DateOnly? Date(string name, string? value)
    {
        if (string.IsNullOrEmpty(value))
            return null;
        return DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw ApiProblem.BadParameter(name, $"'{value}' is not a date (YYYY-MM-DD)");
    }

    /// <summary>The <c>from</c> and <c>to</c> parameters: inclusive days, <c>from</c> not after <c>to</c>.</summary>
    public static (DateOnly? From, DateOnly? To) Range(string? from, string? to)
    {
        var (f, t) = (Date("from", from), Date("to", to));
        if (f > t)
            throw ApiProblem.BadParameter("from", $"{from} is after to={to}");
        return (f, t);
    }

    public static Frequency Frequency(string? value) =>
        string.IsNullOrEmpty(value) ? Observe.Frequency.Month
        : Frequencies.Parse(value) ?? throw ApiProblem.BadParameter("freq", $"'{value}' is not one of day, week, month, year");

    /// <summary><c>json</c> (the default) or <c>csv</c>.</summary>
    public static bool Csv(string? format) => format switch
    {
        null or "" or "json" => false,
        "csv" => true,
        _ => throw ApiProblem.BadParameter("format", $"'{format}' is not json or csv"),
    };

    public static int Limit(string? value, int fallback, int max)
    {
        if (string.IsNullOrEmpty(value))
            return fallback;
        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var limit) && limit is > 0 && limit <= max
            ? limit
            : throw ApiProblem.BadParameter("limit", $"'{value}' is not a whole number in 1..{max}");
    }
}
