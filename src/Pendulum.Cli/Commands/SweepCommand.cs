using System.CommandLine;
using System.Globalization;
using Pendulum.Cli.Output;
using Pendulum.Reports;
using Pendulum.Simulate;
using Spectre.Console;

namespace Pendulum.Cli.Commands;

/// <summary>
/// <c>pendulum sweep SCENARIO.yaml --vary PATH=V1,V2 ...</c>: runs the scenario at every combination of the values
/// (the Cartesian product, first --vary outermost), each on the same run seeds; writes sweep.csv and prints a table.
/// </summary>
internal static class SweepCommand
{
    private static readonly string[] TableOutcomes = ["share_distrust", "crises_per_decade", "top_rung", "accidental_war", "project_completion"];

    public static Command Create(CliContext context)
    {
        var scenario = SimulationArguments.Scenario();
        var vary = new Option<string[]>("--vary")
        {
            Description = "PATH=V1,V2,...: a dotted key of the scenario and the values to try, e.g. incidents.rate_per_year=0.5,1,2. Repeat for more.",
            Required = true,
            Arity = ArgumentArity.OneOrMore,
            AllowMultipleArgumentsPerToken = false,
        };
        var runs = SimulationArguments.Runs(200);
        var seed = SimulationArguments.Seed();
        var threads = SimulationArguments.Threads();
        var output = SimulationArguments.Out("sweep.csv");
        var parquet = SimulationArguments.Parquet("sweep.parquet beside sweep.csv");
        var command = new Command("sweep", "Run a scenario over a grid of parameter values; outcomes with 95% intervals per combination.")
        {
            scenario, vary, runs, seed, threads, output, parquet,
        };
        command.SetAction((parse, cancel) => Task.FromResult(Run(context, parse.GetValue(scenario)!, parse.GetValue(vary)!,
            new SimulationOptions { Runs = parse.GetValue(runs), Seed = parse.GetValue(seed), Threads = parse.GetValue(threads), StepQuantiles = false },
            parse.GetValue(output), cancel, parse.GetValue(parquet))));
        return command;
    }

    internal static int Run(CliContext context, string scenarioPath, string[] vary, SimulationOptions options, string? output, CancellationToken cancel,
        bool parquet = false)
    {
        var path = SimulationArguments.Resolve(scenarioPath);
        var axes = vary.Select(ParseAxis).ToList();
        var combinations = axes.Aggregate(
            (IEnumerable<IReadOnlyList<string>>)[[]],
            (acc, axis) => acc.SelectMany(prefix => axis.Values.Select(v => (IReadOnlyList<string>)[.. prefix, v]))).ToList();

        // Every combination is loaded, hence validated, before the first run.
        var scenarios = combinations.Select(values => ScenarioLoader.Load(path,
            axes.Select((axis, i) => new ScenarioOverride(axis.Path, values[i], "--vary")))).ToList();

        var folder = OutputFile.Folder(output ?? SimulationArguments.DefaultOut(scenarioPath, "-sweep"));
        var table = OutcomeTable.NewTable([.. axes.Select(a => a.Path.Split('.')[^1]), "pair", .. TableOutcomes]);
        var complete = true;
        using (var csv = OutputFile.Create(Path.Combine(folder, "sweep.csv")))
        {
            csv.WriteLine(CsvText.Row([.. axes.Select(a => a.Path), "pair", "outcome", "mean", "ci_low", "ci_high", "runs"]));
            for (var c = 0; c < combinations.Count && complete; c++)
            {
                var values = combinations[c];
                var label = string.Join(' ', axes.Select((a, i) => $"{a.Path}={values[i]}"));
                var result = SimulationProgressView.Run(context, label, progress => SimulationRunner.Run(scenarios[c], options, null, progress, cancel));
                complete = !result.Cancelled;
                foreach (var pair in result.Outcomes.Pairs)
                {
                    foreach (var outcome in Outcome.All)
                    {
                        var e = result.Outcomes.Get(pair, outcome);
                        csv.WriteLine(CsvText.Row([.. values, pair, outcome.Name, NumberFormat.Csv(e.Mean), NumberFormat.Csv(e.Low), NumberFormat.Csv(e.High), e.Runs.ToString(CultureInfo.InvariantCulture)]));
                    }

                    table.AddRow([.. values.Select(Markup.Escape), pair, .. TableOutcomes.Select(name =>
                    {
                        var e = result.Outcomes.Get(pair, Outcome.All.First(o => o.Name == name));
                        return double.IsFinite(e.Mean) ? string.Create(CultureInfo.InvariantCulture, $"{e.Mean:0.000} ±{(e.High - e.Low) / 2:0.000}") : "-";
                    })]);
                }
            }
        }

        if (parquet)
        {
            ParquetTable.FromCsv(Path.Combine(folder, "sweep.csv"), Path.Combine(folder, "sweep.parquet"),
                TableSchemas.Outcomes.With(axes.Select(a => a.Path), ColumnKind.Inferred));
        }

        OutcomeTable.Render(context, table);
        context.Out.WriteLine($"{combinations.Count} combinations x {options.Runs:N0} runs, seed {options.Seed}; every combination ran on the same run seeds. "
            + $"Cells: mean ± half the 95% interval. All outcomes: {Path.Combine(folder, "sweep.csv")}");
        return complete ? ExitCodes.Ok : PendulumApp.Cancelled;
    }

    private static (string Path, string[] Values) ParseAxis(string text)
    {
        var equals = text.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0 || equals == text.Length - 1)
            throw new UsageException($"'{text}' is not PATH=V1,V2,...", "--vary");
        var values = text[(equals + 1)..].Split(',', StringSplitOptions.TrimEntries);
        if (values.Any(v => v.Length == 0))
            throw new UsageException($"'{text}' has an empty value", "--vary");
        return (text[..equals].Trim(), values);
    }
}
