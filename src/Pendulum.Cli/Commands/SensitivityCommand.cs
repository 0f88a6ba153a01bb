using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Pendulum.Cli.Output;
using Pendulum.Reports;
using Pendulum.Simulate;
using Spectre.Console;

namespace Pendulum.Cli.Commands;

/// <summary>
/// <c>pendulum sensitivity SCENARIO --method morris</c>: Morris elementary effects of every numeric parameter the
/// scenario sets on every outcome, so a user sees which assumptions drive an answer.
/// </summary>
internal static class SensitivityCommand
{
    private static readonly string[] TableOutcomes = ["share_distrust", "crises_per_decade", "mistaken_distrust", "belief_brier"];

    public static Command Create(CliContext context)
    {
        var scenario = SimulationArguments.Scenario();
        var method = new Option<string>("--method") { Description = "The screening method: morris.", DefaultValueFactory = _ => "morris" }.AcceptOnlyFromAmong("morris");
        var defaults = new MorrisOptions();
        var trajectories = new Option<int>("--trajectories")
        {
            Description = $"Morris trajectories, each (parameters + 1) simulations (default {defaults.Trajectories}).",
            DefaultValueFactory = _ => defaults.Trajectories,
            Validators = { r => { if (r.GetValueOrDefault<int>() < 2) r.AddError("--trajectories must be at least 2"); } },
        };
        var levels = new Option<int>("--levels")
        {
            Description = $"Grid levels per parameter (default {defaults.Levels}).",
            DefaultValueFactory = _ => defaults.Levels,
            Validators = { r => { if (r.GetValueOrDefault<int>() < 2) r.AddError("--levels must be at least 2"); } },
        };
        var fraction = new Option<double>("--fraction")
        {
            Description = $"Vary each parameter the scenario sets over its value plus or minus this fraction (default {defaults.Fraction.ToString(CultureInfo.InvariantCulture)}).",
            DefaultValueFactory = _ => defaults.Fraction,
            Validators = { r => { if (r.GetValueOrDefault<double>() is <= 0 or > 1) r.AddError("--fraction must be in (0, 1]"); } },
        };
        var range = new Option<string[]>("--range")
        {
            Description = "PATH=LOW:HIGH: the range of one parameter (replaces the fraction rule, or adds a parameter the file leaves at its default). Repeat for more.",
            Arity = ArgumentArity.OneOrMore,
        };
        var runs = SimulationArguments.Runs(100);
        runs.Description = "Runs per design point, on the same seeds at every point (default 100).";
        var seed = SimulationArguments.Seed();
        var threads = SimulationArguments.Threads();
        var format = new Option<string>("--format") { Description = "table, json or csv.", DefaultValueFactory = _ => "table" }.AcceptOnlyFromAmong("table", "json", "csv");
        var command = new Command("sensitivity", "Which parameters drive the outcomes: Morris elementary effects (mu*, sigma) of every numeric parameter.")
        {
            scenario, method, trajectories, levels, fraction, range, runs, seed, threads, format,
        };
        command.SetAction((parse, cancel) => Task.FromResult(Run(context, parse.GetValue(scenario)!,
            new SimulationOptions { Runs = parse.GetValue(runs), Seed = parse.GetValue(seed), Threads = parse.GetValue(threads), StepQuantiles = false },
            new MorrisOptions
            {
                Trajectories = parse.GetValue(trajectories),
                Levels = parse.GetValue(levels),
                Fraction = parse.GetValue(fraction),
                Ranges = [.. (parse.GetValue(range) ?? []).Select(ParseRange)],
            },
            parse.GetValue(format)!, cancel)));
        return command;
    }

    internal static int Run(CliContext context, string path, SimulationOptions options, MorrisOptions morris, string format, CancellationToken cancel)
    {
        var file = SimulationArguments.Resolve(path);
        var result = MorrisSensitivity.Run(file, options, morris, (label, work) => SimulationProgressView.Run(context, label, work), cancel);
        switch (format)
        {
            case "json":
                context.Out.WriteLine(JsonSerializer.Serialize(result.Rows.Select(r => new Dictionary<string, object?>
                {
                    ["parameter"] = r.Parameter,
                    ["pair"] = r.Pair,
                    ["outcome"] = r.Outcome,
                    ["mu_star"] = NumberFormat.Json(r.MuStar),
                    ["sigma"] = NumberFormat.Json(r.Sigma),
                    ["mean"] = NumberFormat.Json(r.Mean),
                    ["rank"] = r.Rank,
                }).ToList(), new JsonSerializerOptions { WriteIndented = true }));
                break;
            case "csv":
                context.Out.WriteLine("parameter,pair,outcome,mu_star,sigma,mean,rank,effects");
                foreach (var r in result.Rows)
                {
                    context.Out.WriteLine(CsvText.Row([r.Parameter, r.Pair, r.Outcome, NumberFormat.Csv(r.MuStar), NumberFormat.Csv(r.Sigma), NumberFormat.Csv(r.Mean),
                        r.Rank?.ToString(CultureInfo.InvariantCulture) ?? "", r.Effects.ToString(CultureInfo.InvariantCulture)]));
                }

                break;
            default:
                var table = OutcomeTable.NewTable("outcome", "pair", "rank", "parameter", "range", "mu*", "sigma", "mean");
                foreach (var r in result.Rows.Where(r => TableOutcomes.Contains(r.Outcome) && r.Rank is <= 6).OrderBy(r => Array.IndexOf(TableOutcomes, r.Outcome)).ThenBy(r => r.Pair, StringComparer.Ordinal).ThenBy(r => r.Rank))
                {
                    var span = result.Ranges.First(x => x.Path == r.Parameter);
                    table.AddRow(r.Outcome, r.Pair, r.Rank!.Value.ToString(CultureInfo.InvariantCulture), r.Parameter,
                        string.Create(CultureInfo.InvariantCulture, $"{span.Low:G4} .. {span.High:G4}"), OutcomeTable.F(r.MuStar), OutcomeTable.F(r.Sigma), OutcomeTable.F(r.Mean));
                }

                OutcomeTable.Render(context, table);
                context.Out.WriteLine(FormattableString.Invariant(
                    $"Morris screening: {result.Ranges.Count} parameters, {result.Trajectories} trajectories, {options.Runs:N0} runs per point, seed {options.Seed}. ")
                    + "mu*: mean absolute change of the outcome's mean over a whole range; sigma: how much that change depends on the other parameters. "
                    + "The six largest per outcome shown; --format csv or json gives every parameter and outcome.");
                break;
        }

        foreach (var left in result.LeftOut)
            context.Error.WriteLine($"pendulum: left out {left}");
        if (result.Cancelled)
            context.Error.WriteLine($"pendulum: cancelled after {result.Trajectories} whole trajectories; the figures cover those.");
        return result.Cancelled ? PendulumApp.Cancelled : ExitCodes.Ok;
    }

    private static ParameterRange ParseRange(string text)
    {
        var equals = text.IndexOf('=', StringComparison.Ordinal);
        var colon = equals < 0 ? -1 : text.IndexOf(':', equals);
        if (equals <= 0 || colon < 0
            || !double.TryParse(text[(equals + 1)..colon], NumberStyles.Float, CultureInfo.InvariantCulture, out var low)
            || !double.TryParse(text[(colon + 1)..], NumberStyles.Float, CultureInfo.InvariantCulture, out var high))
            throw new UsageException($"'{text}' is not PATH=LOW:HIGH (e.g. incidents.rate_per_year=0.5:2)", "--range");
        if (low >= high)
            throw new UsageException($"'{text}': LOW must be below HIGH", "--range");
        return new ParameterRange(text[..equals].Trim(), low, high);
    }
}
