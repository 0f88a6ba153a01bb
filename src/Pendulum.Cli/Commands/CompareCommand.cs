using System.CommandLine;
using Pendulum.Cli.Output;
using Pendulum.Reports.Json;
using Pendulum.Simulate;
using Spectre.Console;

namespace Pendulum.Cli.Commands;

/// <summary>
/// <c>pendulum compare A.yaml B.yaml</c>: runs both scenarios with the same run seeds (common random numbers) and
/// reports, per outcome, B minus A with a 95% interval over the paired differences.
/// </summary>
internal static class CompareCommand
{
    public static Command Create(CliContext context)
    {
        var first = SimulationArguments.Scenario("A");
        var second = SimulationArguments.Scenario("B");
        var runs = SimulationArguments.Runs(1000);
        var seed = SimulationArguments.Seed();
        var threads = SimulationArguments.Threads();
        var format = CommonOptions.TableFormat();
        var output = CommonOptions.TableOut();
        var command = new Command("compare", "Compare two scenarios run on the same seeds: each outcome's difference B - A with its 95% interval.")
        {
            first, second, runs, seed, threads, format, output,
        };
        command.SetAction((parse, cancel) => Task.FromResult(Run(context, parse.GetValue(first)!, parse.GetValue(second)!,
            new SimulationOptions { Runs = parse.GetValue(runs), Seed = parse.GetValue(seed), Threads = parse.GetValue(threads), StepQuantiles = false },
            parse.GetValue(format)!, cancel, parse.GetValue(output))));
        return command;
    }

    internal static int Run(CliContext context, string pathA, string pathB, SimulationOptions options, string format, CancellationToken cancel,
        string? output = null)
    {
        if (format == "parquet" && output is null)
            throw new UsageException("--format parquet writes a file: give --out FILE", "--out");
        var a = ScenarioLoader.Load(SimulationArguments.Resolve(pathA));
        var b = ScenarioLoader.Load(SimulationArguments.Resolve(pathB));
        if (ComparisonRunner.SharedPairs([a, b]).Count == 0)
            throw new UsageException($"the scenarios share no pair ({a.Name}: {string.Join(", ", a.Pairs.Select(p => p.Key))}; "
                + $"{b.Name}: {string.Join(", ", b.Pairs.Select(p => p.Key))})", "B");
        var result = ComparisonRunner.Run([(a.Name, a), (b.Name, b)], options,
            (label, work) => SimulationProgressView.Run(context, label, work), cancel);
        var n = result.Runs;
        var rows = result.Differences.FirstOrDefault()?.Rows ?? [];

        if (format is "csv" or "parquet")
        {
            TableOutput.Write(format, output, TableSchemas.Compare, context.Out, (_, w) => ComparisonCsv.Write(rows, w));
        }
        else if (format == "json")
        {
            context.Out.WriteLine(ReportJson.Serialize(ComparisonJson.From(a.Name, b.Name, result)));
        }
        else
        {
            var table = OutcomeTable.NewTable("pair", "outcome", $"A: {a.Name}", $"B: {b.Name}", "B - A", "95% interval", "runs");
            foreach (var r in rows)
            {
                table.AddRow(r.Pair, Markup.Escape(r.Outcome.Label), OutcomeTable.F(r.A.Mean), OutcomeTable.F(r.B.Mean),
                    OutcomeTable.F(r.Difference.Mean), OutcomeTable.Interval(r.Difference.Low, r.Difference.High), r.Difference.Runs.ToString("N0", System.Globalization.CultureInfo.InvariantCulture));
            }

            OutcomeTable.Render(context, table);
            context.Out.WriteLine($"{n:N0} runs of each, seed {options.Seed}: run r of A and of B share their seed (common random numbers).");
        }

        return result.Cancelled ? PendulumApp.Cancelled : ExitCodes.Ok;
    }
}
