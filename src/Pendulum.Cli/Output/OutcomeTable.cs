using System.Globalization;
using System.Text.Json;
using Pendulum.Simulate;
using Spectre.Console;

namespace Pendulum.Cli.Output;

/// <summary>The summary of a simulation: a table on stdout, JSON on request, and summary.csv beside the other files.</summary>
internal static class OutcomeTable
{
    public static void WriteCsv(string path, OutcomeStatistics outcomes)
    {
        using var writer = OutputFile.Create(path);
        writer.WriteLine("pair,outcome,mean,ci_low,ci_high,runs");
        foreach (var pair in outcomes.Pairs)
        {
            foreach (var outcome in Outcome.All)
            {
                var e = outcomes.Get(pair, outcome);
                writer.WriteLine(string.Join(',', pair, outcome.Name, R(e.Mean), R(e.Low), R(e.High), e.Runs.ToString(CultureInfo.InvariantCulture)));
            }
        }
    }

    public static void Print(CliContext context, SimulationResult result, string format)
    {
        if (format == "json")
        {
            var document = new Dictionary<string, object?>
            {
                ["scenario"] = result.Scenario.Name,
                ["runs"] = result.RunsCompleted,
                ["seed"] = result.Options.Seed,
                ["cancelled"] = result.Cancelled,
                ["outcomes"] = result.Outcomes.Pairs.SelectMany(pair => Outcome.All.Select(o => Json(pair, o.Name, result.Outcomes.Get(pair, o)))).ToList(),
                ["calibration"] = result.Calibration.Rows().Select(r => new Dictionary<string, object?>
                {
                    ["bin_low"] = r.Low,
                    ["bin_high"] = r.High,
                    ["mean_mu"] = Finite(r.MeanMu),
                    ["share_trustworthy"] = Finite(r.ShareTrustworthy),
                    ["steps"] = r.Steps,
                }).ToList(),
            };
            context.Out.WriteLine(JsonSerializer.Serialize(document, new JsonSerializerOptions { WriteIndented = true }));
            return;
        }

        var table = NewTable("pair", "outcome", "mean", "95% interval", "runs");
        foreach (var pair in result.Outcomes.Pairs)
        {
            foreach (var outcome in Outcome.All)
            {
                var e = result.Outcomes.Get(pair, outcome);
                table.AddRow(pair, Markup.Escape(outcome.Label), F(e.Mean), Interval(e.Low, e.High), e.Runs.ToString("N0", CultureInfo.InvariantCulture));
            }
        }

        Render(context, table);
        context.Out.WriteLine($"{result.Scenario.Name}: {result.RunsCompleted:N0} runs of {result.Scenario.Years} years, seed {result.Options.Seed}"
            + (result.Cancelled ? " (cancelled: the runs finished so far)" : "") + ".");
        context.Out.WriteLine(CalibrationFile.Summary(result.Calibration));
    }

    public static Dictionary<string, object?> Json(string pair, string outcome, Estimate e) => new()
    {
        ["pair"] = pair,
        ["outcome"] = outcome,
        ["mean"] = Finite(e.Mean),
        ["ci_low"] = Finite(e.Low),
        ["ci_high"] = Finite(e.High),
        ["runs"] = e.Runs,
    };

    public static Table NewTable(params string[] columns)
    {
        var table = new Table().Border(TableBorder.Simple);
        foreach (var column in columns)
            table.AddColumn(column);
        return table;
    }

    public static void Render(CliContext context, Table table) => Render(context.Out, table);

    public static void Render(TextWriter output, Table table)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output), Ansi = AnsiSupport.No });
        console.Profile.Width = 160;
        console.Write(table);
    }

    public static string F(double value) => double.IsNaN(value) ? "-" : value.ToString("0.0000", CultureInfo.InvariantCulture);

    public static string Interval(double low, double high) => double.IsNaN(low) ? "-" : Markup.Escape($"[{F(low)}, {F(high)}]");

    public static double? Finite(double value) => double.IsFinite(value) ? value : null;

    private static string R(double value) => double.IsNaN(value) ? "" : value.ToString("R", CultureInfo.InvariantCulture);
}
