using System.Globalization;
using Pendulum.Belief;
using Pendulum.Events.Cameo;
using Pendulum.Observe;
using Pendulum.Reports.Csv;
using Pendulum.Reports.Json;
using Spectre.Console;

namespace Pendulum.Cli.Output;

/// <summary>
/// Writes a <see cref="PairMeasurement"/> as a table, CSV (one row per period) or JSON (with parameters and drivers).
/// Field names are part of the interface (docs/cli.md).
/// </summary>
internal static class MeasurementOutput
{
    public static void Write(PairMeasurement m, string format, TextWriter output)
    {
        switch (format)
        {
            case "csv":
                MeasurementCsv.Write(m, output);
                break;
            case "json":
                output.WriteLine(ReportJson.Serialize(MeasurementJson.From(m)));
                break;
            default:
                WriteTable(m, output);
                break;
        }
    }

    /// <summary>Several pairs: JSON array of measurements, CSV with a leading <c>pair</c> column, or one table per pair.</summary>
    public static void WriteMany(IReadOnlyList<PairMeasurement> measurements, string format, TextWriter output)
    {
        switch (format)
        {
            case "csv":
                MeasurementCsv.WriteMany(measurements, output);
                break;
            case "json":
                output.WriteLine("[");
                for (var i = 0; i < measurements.Count; i++)
                {
                    output.Write(ReportJson.Serialize(MeasurementJson.From(measurements[i])));
                    output.WriteLine(i + 1 < measurements.Count ? "," : "");
                }

                output.WriteLine("]");
                break;
            default:
                foreach (var m in measurements)
                {
                    output.WriteLine($"{m.CountryA}-{m.CountryB}:");
                    WriteTable(m, output);
                }

                break;
        }
    }

    /// <summary>The matrix of pair positions at one date.</summary>
    public static void WriteMatrix(PositionMatrix matrix, string format, TextWriter output)
    {
        var n = matrix.Countries.Count;
        switch (format)
        {
            case "csv":
                MeasurementCsv.WriteMatrix(matrix, output);
                break;
            case "json":
                output.WriteLine(ReportJson.Serialize(PositionMatrixJson.From(matrix)));
                break;
            default:
                var table = new Table().Border(TableBorder.Simple).Title($"pair positions as of {Date(matrix.At)}");
                table.AddColumn("");
                foreach (var c in matrix.Countries)
                    table.AddColumn(c);
                for (var i = 0; i < n; i++)
                    table.AddRow(Enumerable.Range(0, n).Select(j => F(matrix.Position(i, j), "+0.000;-0.000;0.000") ?? "·").Prepend(matrix.Countries[i]).ToArray());
                var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output), Ansi = AnsiSupport.No });
                console.Profile.Width = 180;
                console.Write(table);
                break;
        }
    }

    private static void WriteTable(PairMeasurement m, TextWriter output)
    {
        var table = new Table().Border(TableBorder.Simple);
        foreach (var column in new[] { "period", $"{m.CountryA}->{m.CountryB}", $"{m.CountryB}->{m.CountryA}", "goldstein", "coop", "mu_ab", "mu_ba", "position", "zone", "mean", "low (day)", "lowest mu", "top driver" })
            table.AddColumn(column);
        foreach (var p in m.Periods)
        {
            var top = p.Drivers.Count == 0 ? "" : Describe(p.Drivers[0]);
            var s = p.Summary;
            var (mean, low, lowest) = s is null || !s.HasEvents
                ? ("no events", "", "")
                : (F(s.PositionMean, "+0.000;-0.000;0.000")!, $"{F(s.PositionMin, "+0.000;-0.000;0.000")} ({s.PositionMinDate:yyyy-MM-dd})",
                    $"{F(s.MuLowerMin, "0.000")} {s.LowerZone.Name()}");
            table.AddRow(Date(p.Period), I(p.EventsAb)!, I(p.EventsBa)!, F(p.GoldsteinMean, "0.00") ?? "", F(p.CooperativeShare, "0%") ?? "",
                F(p.MuAb, "0.000")!, F(p.MuBa, "0.000")!, F(p.Position, "+0.000;-0.000;0.000")!, ZoneMarkup(p.Zone), mean, low, lowest, Markup.Escape(top));
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected ? AnsiSupport.Detect : AnsiSupport.No,
        });
        console.Profile.Width = 180;
        console.Write(table);
        if (m.Settings is { } settings)
            output.WriteLine(settings.ToString());
    }

    private static string Describe(Driver d)
    {
        var e = d.Event;
        var what = e.Description ?? CameoCodebook.Default.NameOf(e.CameoCode) ?? e.CameoCode;
        if (what.Length > 40)
            what = what[..39] + "…";
        return string.Create(CultureInfo.InvariantCulture, $"{e.Date:MM-dd} {e.Source.Country}->{e.Target.Country} {e.CameoCode} {what} (mu {d.MuChange:+0.000;-0.000})");
    }

    private static string ZoneMarkup(TrustZone zone) => zone switch
    {
        TrustZone.Distrust => "[red]distrust[/]",
        TrustZone.Trust => "[green]trust[/]",
        _ => "understanding",
    };

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? I(long? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static string? F(double? value, string format = "R") => value?.ToString(format, CultureInfo.InvariantCulture);
}
