using System.Globalization;

namespace Pendulum.Scan;

/// <summary>
/// Decimal numbers held exactly as integers in millionths, as the scan sums them: parsed from a GDELT field and
/// printed with six decimals, with no binary floating point in between.
/// </summary>
public static class ScaledDecimal
{
    /// <summary>Decimals kept: six, the precision the reference output prints.</summary>
    public const int Decimals = 6;

    private const long Scale = 1_000_000;

    /// <summary>
    /// Parses <c>[-+]digits[.digits]</c> with at most six decimals, ending at a tab, into millionths.
    /// <paramref name="next"/> is the index just past the tab.
    /// </summary>
    internal static bool TryParseMillionths(ReadOnlySpan<byte> text, int at, out long millionths, out int next)
    {
        millionths = 0;
        next = at;
        var negative = text[at] == '-';
        if (text[at] is (byte)'-' or (byte)'+')
            at++;
        long whole = 0;
        var digits = 0;
        while ((uint)(text[at] - '0') <= 9)
        {
            if (++digits > 12)
                return false;
            whole = whole * 10 + (text[at++] - '0');
        }
        long fraction = 0;
        var decimals = 0;
        if (text[at] == '.')
        {
            at++;
            while ((uint)(text[at] - '0') <= 9)
            {
                if (++decimals > Decimals)
                    return false;
                fraction = fraction * 10 + (text[at++] - '0');
            }
        }
        if (digits + decimals == 0 || text[at] != '\t')
            return false;
        for (var i = decimals; i < Decimals; i++)
            fraction *= 10;
        var value = whole * Scale + fraction;
        millionths = negative ? -value : value;
        next = at + 1;
        return true;
    }

    /// <summary>Parses a non-negative integer ending at a tab, a newline or a carriage return.</summary>
    internal static bool TryParseCount(ReadOnlySpan<byte> text, int at, out long count)
    {
        count = 0;
        var digits = 0;
        while ((uint)(text[at] - '0') <= 9)
        {
            if (++digits > 18)
                return false;
            count = count * 10 + (text[at++] - '0');
        }
        return digits > 0 && text[at] is (byte)'\t' or (byte)'\n' or (byte)'\r';
    }

    /// <summary>Writes millionths with exactly six decimals, as C's <c>printf("%.6f")</c> prints the same value.</summary>
    public static string Format(Int128 millionths)
    {
        var negative = millionths < 0;
        var magnitude = negative ? -millionths : millionths;
        var whole = magnitude / Scale;
        var fraction = (long)(magnitude % Scale);
        return string.Create(CultureInfo.InvariantCulture, $"{(negative ? "-" : "")}{whole}.{fraction:D6}");
    }
}
