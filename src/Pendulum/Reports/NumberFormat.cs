using System.Globalization;

namespace Pendulum.Reports;

/// <summary>
/// How numbers are written out, one rule for every format: a value that is not a finite number (NaN is an outcome no
/// run had, or an interval of one run; an infinity never is a result) is <b>missing</b>, and each format says missing
/// its own way: <c>null</c> in JSON, an empty field in CSV, <c>-</c> in a table a person reads.
/// </summary>
public static class NumberFormat
{
    /// <summary>
    /// Decimals JSON keeps. Default 6: far finer than any reading of the model needs (beliefs and shares are read to
    /// three), and it keeps the JSON short and the same on every platform, where the last bits of a double may not be.
    /// </summary>
    public const int JsonDecimals = 6;

    /// <summary>A finite value rounded to <see cref="JsonDecimals"/> (halves away from zero), else null.</summary>
    public static double? Json(double value) => double.IsFinite(value) ? Round(value) : null;

    /// <summary>As <see cref="Json(double)"/>, with null for null.</summary>
    public static double? Json(double? value) => value is { } v ? Json(v) : null;

    /// <summary>A value rounded to <see cref="JsonDecimals"/>, halves away from zero (the observer's JSON rounds so too).</summary>
    public static double Round(double value) => Math.Round(value, JsonDecimals, MidpointRounding.AwayFromZero);

    /// <summary>
    /// A CSV field: the shortest text that reads back as the same double (so a CSV reader gets every bit the run had),
    /// or empty when missing.
    /// </summary>
    public static string Csv(double value) => double.IsFinite(value) ? value.ToString("R", CultureInfo.InvariantCulture) : "";

    /// <summary>As <see cref="Csv(double)"/>, empty for null.</summary>
    public static string Csv(double? value) => value is { } v ? Csv(v) : "";

    /// <summary>A table cell with <paramref name="format"/> (default four decimals), or <c>-</c> when missing.</summary>
    public static string Table(double value, string format = "0.0000") =>
        double.IsFinite(value) ? value.ToString(format, CultureInfo.InvariantCulture) : "-";

    /// <summary>As <see cref="Table(double, string)"/>, <c>-</c> for null.</summary>
    public static string Table(double? value, string format = "0.0000") => value is { } v ? Table(v, format) : "-";
}
