using System.CommandLine;

namespace Pendulum.Cli.Commands;

/// <summary>Options shared by <c>simulate</c>, <c>compare</c> and <c>sweep</c>.</summary>
internal static class SimulationArguments
{
    public static Argument<string> Scenario(string name = "SCENARIO") => new(name) { Description = "A scenario YAML file (docs/scenarios.md)." };

    public static Option<int> Runs(int fallback) => new("--runs")
    {
        Description = $"Number of runs (default {fallback}).",
        DefaultValueFactory = _ => fallback,
        Validators = { r => { if (r.GetValueOrDefault<int>() < 1) r.AddError("--runs must be at least 1"); } },
    };

    public static Option<ulong> Seed() => new("--seed")
    {
        Description = "Master seed; run r is seeded from (seed, r), so results do not depend on --threads (default 1).",
        DefaultValueFactory = _ => 1UL,
    };

    public static Option<int> Threads() => new("--threads")
    {
        Description = "Worker threads (default: the number of cores). The output does not depend on it.",
        DefaultValueFactory = _ => CommonOptions.DefaultThreads(Environment.ProcessorCount),
        Validators = { r => { if (r.GetValueOrDefault<int>() < 1) r.AddError("--threads must be at least 1"); } },
    };

    public static Option<string?> Out(string what) => new("--out") { Description = $"Folder for {what} (default out/NAME, NAME the scenario file's name)." };

    public static Option<bool> Parquet(string what) => new("--parquet") { Description = $"Also write {what} (Parquet: typed columns, nulls for missing values)." };

    public static Option<string> Format() => new Option<string>("--format")
    {
        Description = "How to print the summary: table or json.",
        DefaultValueFactory = _ => "table",
    }.AcceptOnlyFromAmong("table", "json");

    /// <summary>
    /// The scenario file as given, or, when that does not exist, the one shipped beside the program (so
    /// <c>pendulum simulate scenarios/us-china-base.yaml</c> works from any folder).
    /// </summary>
    public static string Resolve(string path)
    {
        if (File.Exists(path) || Path.IsPathRooted(path))
            return path;
        var shipped = Path.Combine(AppContext.BaseDirectory, path);
        return File.Exists(shipped) ? shipped : path;
    }

    public static string DefaultOut(string scenarioPath, string suffix = "") =>
        Path.Combine("out", Path.GetFileNameWithoutExtension(scenarioPath) + suffix);
}
