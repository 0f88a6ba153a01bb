using System.Globalization;
using System.Text;
using Pendulum.Internals;
using Pendulum.Reports.Csv;
using Pendulum.Scan;

namespace Pendulum.Tests.Scan;

/// <summary>
/// Test input for the pair scanner: the real GDELT 2.0 fixture rows with their country codes redrawn by a seeded
/// generator (so about a third are USA-CHN), and an independent oracle that splits every row on tabs and sums
/// in decimal, as a reader of the reference job's text would.
/// </summary>
internal static class ScanRows
{
    public static string[] RealRows() => File.ReadAllLines(Fixtures.Gdelt2First).Concat(File.ReadAllLines(Fixtures.Gdelt2Second)).ToArray();

    /// <summary><paramref name="copies"/> passes over the real rows, codes redrawn from USA, CHN, RUS, "" and USAX.</summary>
    public static string Redrawn(int copies, ulong seed = 7)
    {
        var random = new RandomStream(seed);
        string[] codes = ["USA", "CHN", "USA", "CHN", "RUS", "", "USAX"];
        var text = new StringBuilder();
        var rows = RealRows();
        for (var copy = 0; copy < copies; copy++)
        {
            foreach (var row in rows)
            {
                var fields = row.Split('\t');
                fields[7] = codes[random.NextInt(codes.Length)];
                fields[17] = codes[random.NextInt(codes.Length)];
                // Spread the rows over a few months so day, month and year groups all differ.
                fields[1] = string.Create(CultureInfo.InvariantCulture, $"2018{1 + random.NextInt(3):D2}{1 + random.NextInt(28):D2}");
                fields[2] = fields[1][..6];
                fields[3] = fields[1][..4];
                text.Append(string.Join('\t', fields)).Append('\n');
            }
        }
        return text.ToString();
    }

    /// <summary>The scan's CSV, as <c>aggregate --format csv</c> writes it.</summary>
    public static string Csv(PairScanResult result, ScanPeriod period = ScanPeriod.Day)
    {
        var text = new StringWriter();
        PairScanCsv.Write(result, period, text);
        return text.ToString();
    }

    /// <summary>The reference job's CSV for <paramref name="text"/>, computed the slow, obvious way.</summary>
    public static string OracleCsv(string text, string a, string b, ScanPeriod period = ScanPeriod.Day)
    {
        var groups = new Dictionary<(string Period, string A1, string A2, int Quad), (long Count, decimal G, long M, decimal Gm)>();
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var f = line.Split('\t');
            if (!((f[7] == a && f[17] == b) || (f[7] == b && f[17] == a)))
                continue;
            var key = (f[period.Column()], f[7], f[17], int.Parse(f[29], CultureInfo.InvariantCulture));
            var g = decimal.Parse(f[30], CultureInfo.InvariantCulture);
            var m = long.Parse(f[31], CultureInfo.InvariantCulture);
            var s = groups.GetValueOrDefault(key);
            groups[key] = (s.Count + 1, s.G + g, s.M + m, s.Gm + g * m);
        }
        var csv = new StringBuilder(period.ColumnName() + ",Actor1CountryCode,Actor2CountryCode,QuadClass,count,sum_goldstein,sum_nummentions,sum_goldstein_x_mentions\n");
        var ordered = groups.OrderBy(p => p.Key.Period, StringComparer.Ordinal).ThenBy(p => p.Key.A1, StringComparer.Ordinal)
            .ThenBy(p => p.Key.A2, StringComparer.Ordinal).ThenBy(p => p.Key.Quad);
        foreach (var (k, s) in ordered)
            csv.Append(CultureInfo.InvariantCulture, $"{k.Period},{k.A1},{k.A2},{k.Quad},{s.Count},{s.G:F6},{s.M},{s.Gm:F6}\n");
        return csv.ToString();
    }
}
