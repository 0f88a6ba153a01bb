using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Pendulum.Cli.Output;
using Pendulum.Reports;
using Pendulum.Simulate;
using Spectre.Console;

namespace Pendulum.Cli.Commands;

/// <summary>
/// <c>pendulum audit SCENARIO</c>: each mechanism switched off alone against the scenario itself, on the same seeds;
/// every outcome's difference (off minus on) with its 95% interval beside the sign theory expects.
/// </summary>
internal static class AuditCommand
{
    public static Command Create(CliContext context)
    {
        var scenario = SimulationArguments.Scenario();
        var runs = SimulationArguments.Runs(1000);
        var seed = SimulationArguments.Seed();
        var threads = SimulationArguments.Threads();
        var format = new Option<string>("--format")
        {
            Description = "table, json, csv or parquet (parquet needs --out).",
            DefaultValueFactory = _ => "table",
        }.AcceptOnlyFromAmong("table", "json", "csv", "parquet");
        var output = new Option<string?>("--out") { Description = "Write the table to this file (written whole or not at all) instead of standard output." };
        var mechanisms = new Option<string[]>("--mechanism")
        {
            Description = $"Audit only these mechanisms (repeat; default: every one the scenario has on): {string.Join(", ", MechanismSwitches.All.Select(m => m.Name))}.",
            Arity = ArgumentArity.OneOrMore,
        };
        var command = new Command("audit", "Switch each mechanism off alone, on the same seeds: every outcome's change beside the sign theory expects.")
        {
            scenario, runs, seed, threads, format, mechanisms, output,
        };
        command.SetAction((parse, cancel) => Task.FromResult(Run(context, parse.GetValue(scenario)!,
            new SimulationOptions { Runs = parse.GetValue(runs), Seed = parse.GetValue(seed), Threads = parse.GetValue(threads), StepQuantiles = false },
            parse.GetValue(format)!, parse.GetValue(mechanisms), cancel, parse.GetValue(output))));
        return command;
    }

    internal static int Run(CliContext context, string path, SimulationOptions options, string format, string[]? only, CancellationToken cancel,
        string? output = null)
    {
        if (format == "parquet" && output is null)
            throw new UsageException("--format parquet writes a file: give --out FILE", "--out");
        var scenario = ScenarioLoader.Load(SimulationArguments.Resolve(path));
        var known = MechanismSwitches.All.Select(m => m.Name).ToList();
        foreach (var name in only ?? [])
        {
            if (!known.Contains(name))
                throw new UsageException($"unknown mechanism '{name}'; known: {string.Join(", ", known)}", "--mechanism");
        }

        var result = MechanismAudit.Run(scenario, options, only is { Length: > 0 } ? only.Distinct().ToList() : null,
            (label, work) => SimulationProgressView.Run(context, label, work), cancel);
        TableOutput.Write(format, output, TableSchemas.Audit, context.Out, (f, w) =>
        {
            switch (f)
            {
                case "json":
                    w.WriteLine(JsonSerializer.Serialize(result.Rows.Select(Json).ToList(), new JsonSerializerOptions { WriteIndented = true }));
                    break;
                case "csv":
                    w.WriteLine("mechanism,pair,outcome,expected_sign,difference,ci_low,ci_high,runs,agrees");
                    foreach (var r in result.Rows)
                    {
                        w.WriteLine(CsvText.Row([r.Mechanism, r.Pair, r.Outcome.Name, r.ExpectedSign?.ToString(CultureInfo.InvariantCulture) ?? "",
                            NumberFormat.Csv(r.Difference.Mean), NumberFormat.Csv(r.Difference.Low), NumberFormat.Csv(r.Difference.High), r.Difference.Runs.ToString(CultureInfo.InvariantCulture),
                            r.Agrees is { } a ? (a ? "true" : "false") : ""]));
                    }

                    break;
                default:
                    Print(context, result, w);
                    break;
            }
        });

        return result.Cancelled ? PendulumApp.Cancelled : ExitCodes.Ok;
    }

    private static void Print(CliContext context, AuditResult result, TextWriter output)
    {
        var table = OutcomeTable.NewTable("mechanism off", "pair", "outcome", "expected", "off - on", "95% interval", "agrees");
        foreach (var r in result.Rows)
        {
            table.AddRow(r.Mechanism, r.Pair, Markup.Escape(r.Outcome.Label), Sign(r.ExpectedSign), OutcomeTable.F(r.Difference.Mean),
                OutcomeTable.Interval(r.Difference.Low, r.Difference.High), r.Agrees is { } a ? (a ? "yes" : "NO") : "-");
        }

        OutcomeTable.Render(output, table);
        var expected = result.Rows.Count(r => r.ExpectedSign is not null);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{result.Scenario.Name}: {result.Runs:N0} paired runs per mechanism, seed {result.Options.Seed}. Of {expected} expectations, "
            + $"{result.Rows.Count(r => r.Agrees == true)} agree, {result.Rows.Count(r => r.Agrees == false)} disagree, "
            + $"{result.Rows.Count(r => r.ExpectedSign is not null && r.Agrees is null)} undecided (the interval spans 0). Sources: docs/simulator.md."));
        if (result.Cancelled)
            output.WriteLine("Cancelled: the table covers the mechanisms finished.");
    }

    private static Dictionary<string, object?> Json(AuditRow r) => new()
    {
        ["mechanism"] = r.Mechanism,
        ["pair"] = r.Pair,
        ["outcome"] = r.Outcome.Name,
        ["expected_sign"] = r.ExpectedSign,
        ["difference"] = NumberFormat.Json(r.Difference.Mean),
        ["ci_low"] = NumberFormat.Json(r.Difference.Low),
        ["ci_high"] = NumberFormat.Json(r.Difference.High),
        ["runs"] = r.Difference.Runs,
        ["agrees"] = r.Agrees,
    };

    private static string Sign(int? sign) => sign switch { > 0 => "+", < 0 => "-", 0 => "0", _ => "" };
}
