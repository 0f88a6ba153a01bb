using System.Globalization;
using Pendulum.Scan;

namespace Pendulum.Reports.Csv;

/// <summary>
/// A pair scan as CSV, byte for byte the reference scan job's format (docs/scan.md): GDELT's column names, the
/// period as the file wrote it, sums with exactly six decimals, <c>\n</c> line ends, nothing quoted (no field can
/// hold a comma: codes are checked, numbers are numbers).
/// </summary>
public static class PairScanCsv
{
    public static void Write(PairScanResult result, ScanPeriod period, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(output);
        output.Write(period.ColumnName());
        output.Write(",Actor1CountryCode,Actor2CountryCode,QuadClass,count,sum_goldstein,sum_nummentions,sum_goldstein_x_mentions\n");
        var digits = "D" + period.Digits().ToString(CultureInfo.InvariantCulture);
        foreach (var g in result.Groups)
        {
            output.Write(g.Period.ToString(digits, CultureInfo.InvariantCulture));
            output.Write(',');
            output.Write(CsvText.Field(g.Actor1));
            output.Write(',');
            output.Write(CsvText.Field(g.Actor2));
            output.Write(string.Create(CultureInfo.InvariantCulture,
                $",{g.QuadClass},{g.Count},{ScaledDecimal.Format(g.SumGoldsteinMillionths)},{g.SumMentions},{ScaledDecimal.Format(g.SumGoldsteinTimesMentionsMillionths)}\n"));
        }
    }
}
