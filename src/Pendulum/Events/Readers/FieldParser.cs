using System.Globalization;
using Pendulum.Events.Cameo;

namespace Pendulum.Events.Readers;

/// <summary>Parsers for the fields event files share, each rejecting the row with the field's name.</summary>
internal static class FieldParser
{
    /// <summary>
    /// A <c>YYYYMMDD</c> day from its UTF-8 bytes, read as <see cref="CompactDate"/> reads it (exactly eight digits, a
    /// real day) but without a string: the chunked ingest and the row reader read one for every row that touches a
    /// listed country without being kept.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool TryCompactDate(ReadOnlySpan<byte> utf8, out DateOnly date)
    {
        date = default;
        if (utf8.Length != 8)
            return false;
        var value = 0;
        foreach (var b in utf8)
        {
            var digit = b - '0';
            if ((uint)digit > 9)
                return false;
            value = value * 10 + digit;
        }

        var (year, month, day) = (value / 10000, value / 100 % 100, value % 100);
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
            return false;
        date = new DateOnly(year, month, day);
        return true;
    }

    /// <summary>A day written <c>YYYYMMDD</c> (GDELT <c>SQLDATE</c>).</summary>
    public static DateOnly CompactDate(string value, string field)
    {
        if (value.Length == 8 && IsDigits(value)
            && DateOnly.TryParseExact(value, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        throw new RowRejectedException(field, $"'{Shorten(value)}' is not a date (expected YYYYMMDD)");
    }

    /// <summary>A day written <c>YYYY-MM-DD</c>.</summary>
    public static DateOnly IsoDate(string value, string field)
    {
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        throw new RowRejectedException(field, $"'{Shorten(value)}' is not a date (expected YYYY-MM-DD)");
    }

    /// <summary>A GDELT <c>DATEADDED</c>: <c>YYYYMMDD</c> (1.0) or <c>YYYYMMDDHHMMSS</c> (2.0); checked, not kept.</summary>
    public static void AddedStamp(string value, string field)
    {
        var ok = value.Length switch
        {
            8 => DateOnly.TryParseExact(value, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
            14 => DateTime.TryParseExact(value, "yyyyMMddHHmmss", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
            _ => false,
        };
        if (!ok)
            throw new RowRejectedException(field, $"'{Shorten(value)}' is not a date (expected YYYYMMDD or YYYYMMDDHHMMSS)");
    }

    public static int Count(string value, string field)
    {
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var count))
            return count;
        throw new RowRejectedException(field, $"'{Shorten(value)}' is not a non-negative integer");
    }

    public static double Number(string value, string field)
    {
        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number))
            return number;
        throw new RowRejectedException(field, $"'{Shorten(value)}' is not a number");
    }

    public static double? OptionalNumber(string value, string field) => value.Length == 0 ? null : Number(value, field);

    public static double Goldstein(string value, string field)
    {
        var number = Number(value, field);
        if (number is < -10 or > 10)
            throw new RowRejectedException(field, $"{value} is outside the Goldstein scale [-10, 10]");
        return number;
    }

    public static QuadClass Quad(string value, string field)
    {
        if (value is ['1' or '2' or '3' or '4'])
            return (QuadClass)(value[0] - '0');
        throw new RowRejectedException(field, $"'{Shorten(value)}' is not a QuadClass (1-4)");
    }

    /// <summary>A CAMEO code as written, which must be in the codebook (leading zeros included).</summary>
    public static string Cameo(string value, string field, CameoCodebook codebook)
    {
        if (codebook.Contains(value))
            return value;
        var hint = value.Length is >= 1 and <= 3 && value.All(char.IsAsciiDigit) && codebook.Contains("0" + value)
            ? $" (did it lose a leading zero? '0{value}' is)"
            : "";
        throw new RowRejectedException(field, $"'{Shorten(value)}' is not a CAMEO event code{hint}");
    }

    /// <summary>A country code as GDELT writes it: three upper-case letters, or empty for none.</summary>
    public static string? CountryCode(string value, string field)
    {
        if (value.Length == 0)
            return null;
        // A span test, not LINQ: this runs twice for every event read, and LINQ over a string allocates each time.
        if (value.Length == 3 && !value.AsSpan().ContainsAnyExceptInRange('A', 'Z'))
            return value;
        throw new RowRejectedException(field, $"'{Shorten(value)}' is not a country code (three upper-case letters)");
    }

    /// <summary>True when every character is an ASCII digit (and vacuously for an empty value).</summary>
    public static bool IsDigits(string value) => !value.AsSpan().ContainsAnyExceptInRange('0', '9');

    public static string Required(string value, string field) =>
        value.Length > 0 ? value : throw new RowRejectedException(field, "is empty");

    public static string Shorten(string value) => value.Length <= 40 ? value : value[..37] + "...";
}
