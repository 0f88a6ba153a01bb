using System.Globalization;
using Pendulum.Reports;
using Pendulum.Reports.Json;
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
                writer.WriteLine(string.Join(',', pair, outcome.Name, NumberFormat.Csv(e.Mean), NumberFormat.Csv(e.Low), NumberFormat.Csv(e.High), e.Runs.ToString(CultureInfo.InvariantCulture)));
            }
        }
    }

    public static void Print(CliContext context, SimulationResult result, string format)
    {
        if (format == "json")
        {
            context.Out.WriteLine(ReportJson.Serialize(SimulationJson.From(result)));
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

    public static string F(double value) => NumberFormat.Table(value);

    public static string Interval(double low, double high) => double.IsFinite(low) ? Markup.Escape($"[{F(low)}, {F(high)}]") : "-";
}
