using System.CommandLine;
using System.Globalization;
using Pendulum.Cli.Output;
using Pendulum.Simulate;
using Pendulum.Simulate.Records;

namespace Pendulum.Cli.Commands;

/// <summary>
/// <c>pendulum simulate SCENARIO.yaml</c>: many runs of the trust-dynamics model; writes runs.csv, steps.csv,
/// steps.json, summary.csv and calibration.csv, prints the summary with 95% intervals.
/// </summary>
internal static class SimulateCommand
{
    public static Command Create(CliContext context)
    {
        var scenario = SimulationArguments.Scenario();
        var runs = SimulationArguments.Runs(1000);
        var seed = SimulationArguments.Seed();
        var threads = SimulationArguments.Threads();
        var output = SimulationArguments.Out("runs.csv, steps.csv, steps.json, summary.csv and calibration.csv");
        var format = SimulationArguments.Format();
        var shard = new Option<string?>("--shard")
        {
            Description = "Simulate only part K of N of the runs (K from 1), for 'pendulum merge' to join: e.g. --shard 2/4.",
        };
        var events = new Option<string?>("--events")
        {
            Description = "Also write each run's history as an event record, one Pendulum CSV file per run (run-000000.csv), into this new or empty folder.",
        };
        var density = new Option<string>("--density")
        {
            Description = "How densely --events writes: record (one row per act a coder would record) or media (GDELT-like volume).",
            DefaultValueFactory = _ => "record",
        }.AcceptOnlyFromAmong("record", "media");
        var parquet = SimulationArguments.Parquet("runs.parquet, steps.parquet and summary.parquet beside the CSVs");
        var command = new Command("simulate", "Simulate a scenario many times: per-run summaries, per-step quantiles, outcomes with 95% intervals.")
        {
            scenario, runs, seed, threads, output, format, shard, events, density, parquet,
        };
        command.SetAction((parse, cancel) => Task.FromResult(Run(context, new SimulateArguments(
            parse.GetValue(scenario)!, parse.GetValue(runs), parse.GetValue(seed), parse.GetValue(threads),
            parse.GetValue(output), parse.GetValue(format)!, parse.GetValue(shard), parse.GetValue(events),
            parse.GetValue(density) == "media" ? RecordDensity.Media : RecordDensity.Record, parse.GetValue(parquet)), cancel)));
        return command;
    }

    internal sealed record SimulateArguments(string Scenario, int Runs, ulong Seed, int Threads, string? Out, string Format, string? Shard,
        string? Events = null, RecordDensity Density = RecordDensity.Record, bool Parquet = false);

    internal static int Run(CliContext context, SimulateArguments args, CancellationToken cancel)
    {
        var path = SimulationArguments.Resolve(args.Scenario);
        var scenario = ScenarioLoader.Load(path);
        var shard = args.Shard is null ? null : ShardSpec.Parse(args.Shard, args.Runs);
        var records = args.Events is null ? null : new SimulatedRecordFolder(args.Events, args.Density, args.Seed, scenario.Name);
        var folder = OutputFile.Folder(args.Out ?? SimulationArguments.DefaultOut(args.Scenario, shard is null ? "" : $"-shard-{shard.Index}-of-{shard.Count}"));
        var options = new SimulationOptions
        {
            Runs = shard?.Runs ?? args.Runs,
            FirstRun = shard?.FirstRun ?? 0,
            Seed = args.Seed,
            Threads = args.Threads,
            Records = records,
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
        {
            ShardFiles.Write(folder, path, shard, result);
            CalibrationFile.WriteCounts(folder, result.Calibration);
        }
        else
        {
            StepFiles.Write(folder, scenario, result.Steps!, args.Seed);
            OutcomeTable.WriteCsv(Path.Combine(folder, "summary.csv"), result.Outcomes);
        }

        CalibrationFile.Write(folder, result.Calibration);
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
