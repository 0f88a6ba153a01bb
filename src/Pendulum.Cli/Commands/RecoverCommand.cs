using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Pendulum.Cli.Output;
using Pendulum.Observe.Pairs;
using Pendulum.Simulate;
using Pendulum.Simulate.Records;

namespace Pendulum.Cli.Commands;

/// <summary>
/// <c>pendulum recover SCENARIO</c>: simulated histories written as event records and read back by the observer,
/// scored against the truth the simulator knows (types, zones, crises).
/// </summary>
internal static class RecoverCommand
{
    public static Command Create(CliContext context)
    {
        var scenario = SimulationArguments.Scenario();
        var runs = SimulationArguments.Runs(20);
        runs.Description = "Simulated histories to read (default 20).";
        var seed = SimulationArguments.Seed();
        var density = new Option<string>("--density")
        {
            Description = "record (one row per act a coder would record) or media (GDELT-like volume).",
            DefaultValueFactory = _ => "record",
        }.AcceptOnlyFromAmong("record", "media");
        var parameters = new Option<string?>("--params") { Description = "Observer parameters file (default: the observer's built-in settings for the density written)." };
        var format = SimulationArguments.Format();
        var command = new Command("recover", "Read simulated histories with the observer and score it against the truth: beliefs, zones, crises.")
        {
            scenario, runs, seed, density, parameters, format,
        };
        command.SetAction((parse, cancel) => Task.FromResult(Run(context, parse.GetValue(scenario)!, new RecoveryOptions
        {
            Runs = parse.GetValue(runs),
            Seed = parse.GetValue(seed),
            Density = parse.GetValue(density) == "media" ? RecordDensity.Media : RecordDensity.Record,
            Settings = parse.GetValue(parameters) is { } path ? ObserverSettings.Choose(
                parse.GetValue(density) == "media" ? EvidenceDensity.MediaVolume : EvidenceDensity.ActRecords, path) : null,
        }, parse.GetValue(format)!, cancel)));
        return command;
    }

    internal static int Run(CliContext context, string path, RecoveryOptions options, string format, CancellationToken cancel)
    {
        var scenario = ScenarioLoader.Load(SimulationArguments.Resolve(path));
        var r = SimulationProgressView.Run(context, $"{scenario.Name} read back", progress => ObserverRecovery.Run(scenario, options, progress, cancel));
        var density = r.Density.ToString().ToLowerInvariant();
        if (format == "json")
        {
            context.Out.WriteLine(JsonSerializer.Serialize(new Dictionary<string, object?>
            {
                ["scenario"] = scenario.Name,
                ["density"] = density,
                ["runs"] = r.Runs,
                ["seed"] = options.Seed,
                ["days"] = r.Days,
                ["brier"] = r.Brier,
                ["brier_of_prior"] = r.BrierOfPrior,
                ["zone_agreement"] = r.ZoneAgreement,
                ["crises_simulated"] = r.Crises.Planted,
                ["crises_detected"] = r.Crises.Detected,
                ["crises_matched"] = r.Crises.Matched,
                ["crisis_precision"] = r.Crises.Precision,
                ["crisis_recall"] = r.Crises.Recall,
            }, new JsonSerializerOptions { WriteIndented = true }));
            return cancel.IsCancellationRequested ? PendulumApp.Cancelled : ExitCodes.Ok;
        }

        context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
            {scenario.Name}: {r.Runs} simulated histories written at {density} density and read by the observer (seed {options.Seed}; settings {options.SettingsUsed.Name}, {options.SettingsUsed.Hash}), {r.Days:N0} days scored.
              Brier score of the observer's beliefs against the true types: {r.Brier:0.000} (a belief fixed at the prior scores {r.BrierOfPrior:0.000})
              days on which the observer's zone is the simulated pair's zone: {r.ZoneAgreement:P1}
              crises: {r.Crises.Planted} simulated, {r.Crises.Detected} detected, {r.Crises.Matched} matched; precision {r.Crises.Precision:0.00}, recall {r.Crises.Recall:0.00}
            """));
        return cancel.IsCancellationRequested ? PendulumApp.Cancelled : ExitCodes.Ok;
    }
}
