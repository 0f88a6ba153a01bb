using System.Globalization;
using Pendulum.Reports;
using Pendulum.Simulate;

namespace Pendulum.Cli.Output;

/// <summary>
/// calibration.csv beside runs.csv: the reliability table of the simulated beliefs (ten bins of <c>mu</c>, all pairs,
/// both directions), and for a shard calibration-counts.csv, the integer counts <c>merge</c> adds up exactly.
/// </summary>
internal static class CalibrationFile
{
    /// <summary>Bins with fewer steps than this are left out of the largest gap the summary prints (too few to judge).</summary>
    public const long MinSteps = 1000;

    private const string CountsHeader = "bin,steps,trustworthy,mu_billionths";

    public static void Write(string folder, BeliefCalibration calibration)
    {
        using var writer = OutputFile.Create(Path.Combine(folder, "calibration.csv"));
        writer.WriteLine("bin_low,bin_high,mean_mu,share_trustworthy,steps");
        foreach (var row in calibration.Rows())
            writer.WriteLine(string.Join(',', F(row.Low), F(row.High), NumberFormat.Csv(row.MeanMu), NumberFormat.Csv(row.ShareTrustworthy), row.Steps.ToString(CultureInfo.InvariantCulture)));
    }

    public static void WriteCounts(string folder, BeliefCalibration calibration)
    {
        using var writer = OutputFile.Create(Path.Combine(folder, "calibration-counts.csv"));
        writer.WriteLine(CountsHeader);
        foreach (var (bin, steps, trustworthy, mu) in calibration.Counts())
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{bin},{steps},{trustworthy},{mu}"));
    }

    public static void AddCounts(string folder, BeliefCalibration calibration)
    {
        var path = Path.Combine(folder, "calibration-counts.csv");
        if (!File.Exists(path))
            throw new InputOutputException("the shard has no calibration-counts.csv: it was written by an older version; simulate it again", path);
        var lines = File.ReadAllLines(path);
        if (lines.Length == 0 || lines[0] != CountsHeader)
            throw new BadDataException($"expected the header {CountsHeader}", path, 1);
        for (var i = 1; i < lines.Length; i++)
        {
            var fields = lines[i].Split(',');
            if (fields.Length != 4 || !int.TryParse(fields[0], CultureInfo.InvariantCulture, out var bin) || bin is < 0 or >= BeliefCalibration.Bins
                || !long.TryParse(fields[1], CultureInfo.InvariantCulture, out var steps) || !long.TryParse(fields[2], CultureInfo.InvariantCulture, out var trustworthy)
                || !long.TryParse(fields[3], CultureInfo.InvariantCulture, out var mu))
                throw new BadDataException("expected bin (0-9), steps, trustworthy, mu_billionths as integers", path, i + 1);
            calibration.AddCounts(bin, steps, trustworthy, mu);
        }
    }

    /// <summary>One line for the summary: the largest gap between belief and truth over bins with enough steps.</summary>
    public static string Summary(BeliefCalibration calibration) => calibration.LargestGap(MinSteps) is { } worst
        ? string.Create(CultureInfo.InvariantCulture,
            $"Belief calibration: largest gap {worst.Gap:0.000} (mean mu {worst.MeanMu:0.000}, share trustworthy {worst.ShareTrustworthy:0.000}) in bin [{worst.Low:0.0}, {worst.High:0.0}) over bins with at least {MinSteps:N0} steps; table in calibration.csv.")
        : $"Belief calibration: no bin has {MinSteps:N0} steps yet; table in calibration.csv.";

    private static string F(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);
}
