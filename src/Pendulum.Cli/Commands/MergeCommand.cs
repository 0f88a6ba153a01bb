using System.CommandLine;
using Pendulum.Cli.Output;
using Pendulum.Simulate;

namespace Pendulum.Cli.Commands;

/// <summary>
/// <c>pendulum merge DIR...</c>: joins the folders of <c>simulate --shard K/N</c> into the files one machine would
/// have written for all the runs, byte for byte.
/// </summary>
internal static class MergeCommand
{
    public static Command Create(CliContext context)
    {
        var folders = new Argument<string[]>("DIR") { Description = "The shard folders, in any order.", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--out") { Description = "Folder for the merged files.", Required = true };
        var format = SimulationArguments.Format();
        var command = new Command("merge", "Join the output folders of 'simulate --shard K/N' into one simulation's output.") { folders, output, format };
        command.SetAction(parse => Run(context, parse.GetValue(folders)!, parse.GetValue(output)!, parse.GetValue(format)!));
        return command;
    }

    internal static int Run(CliContext context, string[] folders, string output, string format)
    {
        var shards = folders.Select(f => (Folder: f, Info: ShardFiles.ReadInfo(f))).OrderBy(s => s.Info.ShardIndex).ToList();
        var first = shards[0].Info;
        foreach (var (shardFolder, info) in shards)
        {
            if (info.ScenarioSha256 != first.ScenarioSha256 || info.Seed != first.Seed || info.TotalRuns != first.TotalRuns || info.ShardCount != first.ShardCount)
                throw new BadDataException("this shard belongs to another simulation (scenario, seed, runs or shard count differ)", Path.Combine(shardFolder, "shard.json"));
            if (info.RunsCompleted != info.Runs)
                throw new BadDataException($"this shard was cancelled after {info.RunsCompleted} of {info.Runs} runs: run it again", Path.Combine(shardFolder, "shard.json"));
        }

        var indices = shards.Select(s => s.Info.ShardIndex).ToList();
        if (!indices.SequenceEqual(Enumerable.Range(1, first.ShardCount)))
            throw new UsageException($"need each of shards 1 to {first.ShardCount} exactly once; got {string.Join(", ", indices)}", "DIR");
        if (!File.Exists(first.ScenarioPath) || ShardFiles.Sha256(first.ScenarioPath) != first.ScenarioSha256)
            throw new InputOutputException("the scenario the shards ran is missing or has changed since", first.ScenarioPath);

        var scenario = ScenarioLoader.Load(first.ScenarioPath);
        var folder = OutputFile.Folder(output);
        var outcomes = new OutcomeStatistics();
        var steps = new StepQuantiles(scenario.Pairs.Count, scenario.StepCount);
        var calibration = new BeliefCalibration();
        using (var runs = OutputFile.Create(Path.Combine(folder, "runs.csv")))
        {
            runs.WriteLine(RunSummaryCsv.Header);
            foreach (var (shardFolder, _) in shards)
            {
                var path = Path.Combine(shardFolder, "runs.csv");
                using var reader = new StreamReader(path);
                if (reader.ReadLine() != RunSummaryCsv.Header)
                    throw new BadDataException("runs.csv has another header than this version writes", path, 1);
                var lineNumber = 1;
                while (reader.ReadLine() is { } line)
                {
                    lineNumber++;
                    try
                    {
                        outcomes.Add(RunSummaryCsv.Parse(line.Split(',')));
                    }
                    catch (FormatException e)
                    {
                        throw new BadDataException(e.Message, path, lineNumber);
                    }

                    runs.WriteLine(line);
                }

                ShardFiles.AddSteps(shardFolder, steps);
                CalibrationFile.AddCounts(shardFolder, calibration);
            }
        }

        var options = new SimulationOptions { Runs = first.TotalRuns, Seed = first.Seed };
        var result = new SimulationResult(scenario, options, first.TotalRuns, false, steps, outcomes, calibration);
        StepFiles.Write(folder, scenario, steps, first.Seed);
        OutcomeTable.WriteCsv(Path.Combine(folder, "summary.csv"), outcomes);
        CalibrationFile.Write(folder, calibration);
        OutcomeTable.Print(context, result, format);
        context.Error.WriteLine($"Merged {shards.Count} shards into {folder}{Path.DirectorySeparatorChar}");
        return ExitCodes.Ok;
    }
}
