using System.CommandLine;
using System.Globalization;
using Pendulum.Cli.Output;
using Pendulum.Simulate;

namespace Pendulum.Cli.Commands;

/// <summary>
/// <c>pendulum simulate SCENARIO.yaml</c>: many runs of the trust-dynamics model; writes runs.csv, steps.csv,
/// steps.json and summary.csv, prints the summary with 95% intervals.
/// </summary>
internal static class SimulateCommand
{
    public static Command Create(CliContext context)
    {
        var scenario = SimulationArguments.Scenario();
        var runs = SimulationArguments.Runs(1000);
        var seed = SimulationArguments.Seed();
        var threads = SimulationArguments.Threads();
        var output = SimulationArguments.Out("runs.csv, steps.csv, steps.json and summary.csv");
        var format = SimulationArguments.Format();
        var shard = new Option<string?>("--shard")
        {
            Description = "Simulate only part K of N of the runs (K from 1), for 'pendulum merge' to join: e.g. --shard 2/4.",
        };
        var parquet = SimulationArguments.Parquet("runs.parquet, steps.parquet and summary.parquet beside the CSVs");
        var command = new Command("simulate", "Simulate a scenario many times: per-run summaries, per-step quantiles, outcomes with 95% intervals.")
        {
            scenario, runs, seed, threads, output, format, shard, parquet,
        };
        command.SetAction((parse, cancel) => Task.FromResult(Run(context, new SimulateArguments(
            parse.GetValue(scenario)!, parse.GetValue(runs), parse.GetValue(seed), parse.GetValue(threads),
            parse.GetValue(output), parse.GetValue(format)!, parse.GetValue(shard), parse.GetValue(parquet)), cancel)));
        return command;
    }

    internal sealed record SimulateArguments(string Scenario, int Runs, ulong Seed, int Threads, string? Out, string Format, string? Shard, bool Parquet = false);

    internal static int Run(CliContext context, SimulateArguments args, CancellationToken cancel)
    {
        var path = SimulationArguments.Resolve(args.Scenario);
        var scenario = ScenarioLoader.Load(path);
        var shard = args.Shard is null ? null : ShardSpec.Parse(args.Shard, args.Runs);
        var folder = OutputFile.Folder(args.Out ?? SimulationArguments.DefaultOut(args.Scenario, shard is null ? "" : $"-shard-{shard.Index}-of-{shard.Count}"));
        var options = new SimulationOptions
        {
            Runs = shard?.Runs ?? args.Runs,
            FirstRun = shard?.FirstRun ?? 0,
            Seed = args.Seed,
            Threads = args.Threads,
        };

        SimulationResult result;
        using (var runsFile = OutputFile.Create(Path.Combine(folder, "runs.csv")))
        {
            runsFile.WriteLine(RunSummaryCsv.Header);
            result = SimulationProgressView.Run(context, scenario.Name, progress => SimulationRunner.Run(scenario, options,
                summaries =>
                {
                    foreach (var summary in summaries)
                        runsFile.WriteLine(RunSummaryCsv.Row(summary));
                }, progress, cancel));
        }

        if (shard is not null)
            ShardFiles.Write(folder, path, shard, result);
        else
        {
            StepFiles.Write(folder, scenario, result.Steps!, args.Seed);
            OutcomeTable.WriteCsv(Path.Combine(folder, "summary.csv"), result.Outcomes);
        }

        if (args.Parquet)
            SimulationParquet.Write(folder);
        OutcomeTable.Print(context, result, args.Format);
        context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Wrote {folder}{Path.DirectorySeparatorChar}"));
        if (result.Cancelled)
        {
            context.Error.WriteLine($"pendulum: cancelled after {result.RunsCompleted:N0} of {options.Runs:N0} runs; the files hold those runs.");
            return PendulumApp.Cancelled;
        }

        return ExitCodes.Ok;
    }
}
