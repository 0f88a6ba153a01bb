using System.Globalization;
using System.Text;

namespace Pendulum.ClickHouse;

/// <summary>
/// Literals written into SQL text. ClickHouse 18.16 has no query parameters, so every value a user or a file can
/// choose goes through <see cref="String"/>: quoted, with backslash and quote escaped and control bytes written as
/// escapes, which the server reads back as the same string.
/// </summary>
internal static class ClickHouseSql
{
    /// <summary>A string literal: <c>'...'</c>.</summary>
    public static string String(string value)
    {
        var b = new StringBuilder(value.Length + 2).Append('\'');
        foreach (var c in value)
        {
            _ = c switch
            {
                '\\' => b.Append(@"\\"),
                '\'' => b.Append(@"\'"),
                '\0' => b.Append(@"\0"),
                '\n' => b.Append(@"\n"),
                '\r' => b.Append(@"\r"),
                '\t' => b.Append(@"\t"),
                _ => b.Append(c),
            };
        }

        return b.Append('\'').ToString();
    }

    /// <summary>A date literal (compared with a <c>Date</c> column, ClickHouse reads it as a date).</summary>
    public static string Date(DateOnly date) => "'" + date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "'";

    /// <summary>A list of string literals for <c>IN (...)</c>.</summary>
    public static string List(IEnumerable<string> values) => "(" + string.Join(", ", values.Select(String)) + ")";

    /// <summary><c> AND date &gt;= ... AND date &lt;= ...</c> for the bounds given.</summary>
    public static string DateRange(DateOnly? from, DateOnly? to) =>
        (from is { } f ? $" AND date >= {Date(f)}" : "") + (to is { } t ? $" AND date <= {Date(t)}" : "");
}
