using System.Globalization;
using Pendulum.Reports.Json;
using Pendulum.Simulate;
using YamlDotNet.RepresentationModel;

namespace Pendulum.Web.Api.Simulations;

/// <summary>
/// Runs scenarios for <c>/api/simulations</c> with the simulator of <c>Simulate/</c>: each scenario on the same run
/// seeds (common random numbers, as <c>pendulum compare</c>), one thread per simulation (the jobs bound how many run
/// at once), per-step quantiles for the fan charts, and every later scenario's differences from the first.
/// </summary>
internal sealed class ScenarioRunner(ShippedScenarios shipped) : ISimulationRunner
{
    /// <summary>The longest horizon accepted for <c>years</c>. Unit: years. Default 100.</summary>
    public const int MaxYears = 100;

    // An uploaded scenario is read as if it sat in the shipped folder under this name, so `extends:` finds the shipped files.
    private const string UploadName = "scenario.yaml";

    public IPreparedSimulation Prepare(SimulationRequest request, SimulationLimits limits)
    {
        if (request.Scenarios.Count > limits.MaxScenarios)
            throw new UsageException($"at most {limits.MaxScenarios} scenarios in one simulation", "scenarios");
        if (request.Runs < 2 || request.Runs > limits.MaxRuns)
            throw new UsageException($"give 2 to {limits.MaxRuns:N0} runs, not {request.Runs:N0}", "runs");
        if (request.Years is < 1 or > MaxYears)
            throw new UsageException($"give 1 to {MaxYears} years, not {request.Years}", "years");

        var labels = new HashSet<string>(StringComparer.Ordinal);
        var scenarios = request.Scenarios.Select((text, i) =>
        {
            var scenario = Load(text, i, request.Years);
            var label = text.Name is { Length: > 0 } n ? n.Trim() : scenario.Name;
            for (var k = 2; !labels.Add(label); k++)
                label = $"{(text.Name is { Length: > 0 } m ? m.Trim() : scenario.Name)} ({k})";
            return (Label: label, Scenario: scenario);
        }).ToList();

        var steps = scenarios.Max(s => s.Scenario.StepCount);
        if (steps > limits.MaxSteps)
            throw new UsageException($"{steps:N0} steps per run; at most {limits.MaxSteps:N0}: choose fewer years", "years");
        var work = (long)request.Runs * scenarios.Sum(s => (long)s.Scenario.StepCount);
        if (work > limits.MaxRunSteps)
            throw new UsageException($"runs x steps is {work:N0}; at most {limits.MaxRunSteps:N0}: fewer runs, fewer years or fewer scenarios", "runs");
        if (ComparisonRunner.SharedPairs([.. scenarios.Select(s => s.Scenario)]).Count == 0)
            throw new UsageException("the scenarios share no pair, so they cannot be compared", "scenarios");
        return new Prepared(scenarios, request.Runs, request.Seed, steps);
    }

    private Scenario Load(ScenarioText text, int index, int? years)
    {
        CheckExtends(text.Yaml, index);
        var overrides = years is { } y ? [new ScenarioOverride("years", y.ToString(CultureInfo.InvariantCulture), "years")] : Array.Empty<ScenarioOverride>();
        try
        {
            return ScenarioLoader.Parse(text.Yaml, Path.Combine(shipped.Folder, UploadName), overrides);
        }
        catch (BadDataException e)
        {
            throw Bad(index, e.File, e.Line, e.Field, e.Reason);
        }
        catch (InputOutputException e)
        {
            throw Bad(index, e.File, e.Line, e.Field, e.Reason);
        }
    }

    // A scenario from the web may extend a shipped scenario and nothing else: no other file is ever opened for it.
    private void CheckExtends(string yaml, int index)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
#pragma warning disable CA1031 // malformed YAML is reported by the loader, with its line
        catch (Exception)
        {
            return;
        }
#pragma warning restore CA1031
        if (stream.Documents.Count == 1 && stream.Documents[0].RootNode is YamlMappingNode root
            && root.Children.TryGetValue(new YamlScalarNode("extends"), out var value)
            && (value is not YamlScalarNode { Value: { } name } || !shipped.Ships(name)))
        {
            throw Bad(index, null, value.Start.Line, "extends", "may name only a shipped scenario file: "
                + string.Join(", ", shipped.Scenarios().Select(s => s.Name + ".yaml")));
        }
    }

    // LINE: FIELD: reason, as the command line prints it, without the server's folders: an error in a shipped base is
    // named by its file name alone, and the folder is taken out of any reason that quotes a path.
    private ApiProblem Bad(int index, string? file, long? line, string? field, string reason)
    {
        var inBase = file is not null && Path.GetFileName(file) != UploadName;
        var where = (inBase ? Path.GetFileName(file) + ":" : "") + (line is null ? "" : $"{line}: ") + (field is null ? "" : $"{field}: ");
        var clean = reason.Replace(shipped.Folder + Path.DirectorySeparatorChar, "", StringComparison.Ordinal).Replace(shipped.Folder, "", StringComparison.Ordinal);
        return new ApiProblem(StatusCodes.Status400BadRequest, "Bad scenario", where + clean,
            new Dictionary<string, object?> { ["scenario"] = index, ["line"] = line, ["field"] = field });
    }

    private sealed class Prepared(List<(string Label, Scenario Scenario)> scenarios, int runs, ulong seed, int steps)
        : IPreparedSimulation
    {
        public long Runs => runs;

        public long Steps => steps;

        public Task<object> RunAsync(IProgress<double> progress, CancellationToken cancellationToken) => Task.Run(() =>
        {
            var done = 0;
            var result = ComparisonRunner.Run(scenarios, new SimulationOptions { Runs = runs, Seed = seed, Threads = 1 },
                (_, work) =>
                {
                    var before = done++;
                    return work(new Reporter(p => progress.Report((before + (double)p.RunsDone / Math.Max(1, p.RunsTotal)) / scenarios.Count)));
                },
                cancellationToken);
            if (result.Cancelled)
                throw new OperationCanceledException(cancellationToken);
            return (object)SimulationComparisonJson.From(result);
        }, CancellationToken.None);
    }

    // Reports on the simulating thread: Progress<T> would post each report to the thread pool.
    private sealed class Reporter(Action<SimulationProgress> report) : IProgress<SimulationProgress>
    {
        public void Report(SimulationProgress value) => report(value);
    }
}
