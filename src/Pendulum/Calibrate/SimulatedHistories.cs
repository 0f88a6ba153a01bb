using Pendulum.Channels;
using Pendulum.Internals;
using Pendulum.Observe;
using Pendulum.Observe.Crises;
using Pendulum.Simulate;
using Pendulum.Simulate.Records;

namespace Pendulum.Calibrate;

/// <summary>How a simulated history is read: with which observer settings and rules, and from which day it counts.</summary>
/// <param name="Observer">
/// The observer settings the record was read with; null reads the run's own counters and the agents' beliefs (a
/// different statistic, kept for records built by hand in tests).
/// </param>
/// <param name="Rules">Which rows count as incidents and challenges, as for the record.</param>
/// <param name="CountFromDay">
/// Days from the run's start before the moments count (a held-out stretch); the observer still reads from day 0.
/// Unit: days. Default 0.
/// </param>
/// <param name="Crises">The crisis detector's settings; null leaves the crises uncounted (the search's candidates).</param>
public sealed record HistoryReading(ObserverParameters? Observer, MilestoneRules Rules, int CountFromDay = 0, CrisisDetectorOptions? Crises = null)
{
    /// <summary>
    /// The reading of <paramref name="record"/>: its observer settings and rules, counting from the run's start,
    /// without the crisis detector (<see cref="WithCrises"/> adds it).
    /// </summary>
    public static HistoryReading Of(ObservedRecord record) => new(record.Observer, record.Rules);

    /// <summary>This reading with the record's crisis detector, when the record's crises were counted.</summary>
    public HistoryReading WithCrises(ObservedRecord record) => this with { Crises = record.Crises };
}

/// <summary>Simulated histories of a pair, turned into the same <see cref="PairHistory"/> the record gives.</summary>
public static class SimulatedHistories
{
    /// <summary>Runs per block of work: the blocks' bounds do not depend on the thread count.</summary>
    private const int BlockRuns = 5;

    /// <summary>
    /// The history of pair <paramref name="pair"/> in the run <paramref name="model"/> just finished. With an observer
    /// in <paramref name="reading"/> (and the model's act log on), the run is written as a hand-coded record and its
    /// record read exactly as the real one is (<see cref="SimulatedRecord.Of"/>); without, the run's own counters and
    /// the agents' beliefs.
    /// </summary>
    public static PairHistory Of(TrustModel model, int pair, HistoryReading? reading = null)
    {
        if (reading?.Observer is not null && model.Acts is not null)
            return SimulatedRecord.Of(model, pair, reading).History;
        if (reading?.CountFromDay is > 0)
            throw new ArgumentException("a held-out stretch needs the observer's reading of the run", nameof(reading));
        var scenario = model.Scenario;
        var state = model.State.Pairs[pair];
        var c = state.Counters;
        var steps = (double)scenario.StepCount;
        var daysPerStep = scenario.Step == TimeStep.Day ? 1 : ObservedRecord.DaysPerYear / 12;
        var years = steps * scenario.StepYears;
        var military = state.Spec.Channels.TryGetValue(ChannelKind.MilitaryExchange, out var channel) && channel.Present;
        return new PairHistory
        {
            Years = years,
            Incidents = c.Incidents,
            CoreChallenges = c.CoreChallenges,
            ChannelYears = military ? years : 0,
            Suspensions = c.SuspensionsOf(ChannelKind.MilitaryExchange),
            SuspensionDays = [.. c.Lifted.Where(l => l.Kind == ChannelKind.MilitaryExchange).Select(l => l.Steps * daysPerStep)],
            ShareDistrust = c.StepsDistrust / steps,
            ShareTrust = c.StepsTrust / steps,
        };
    }

    /// <summary>
    /// Simulates runs 0 to <paramref name="runs"/> - 1 of each scenario (the same run seeds for every one: common random
    /// numbers) and estimates every moment of <see cref="Moment.All"/> per scenario. The work is cut into blocks of runs
    /// whose bounds do not depend on the thread count, and each scenario's runs are folded in run order, so the result
    /// is the same whatever <paramref name="threads"/> is.
    /// </summary>
    /// <param name="scenarios">The candidates.</param>
    /// <param name="pair">Index of the pair in every candidate.</param>
    /// <param name="runs">Runs per candidate.</param>
    /// <param name="seed">Master seed.</param>
    /// <param name="threads">Worker threads.</param>
    /// <param name="reading">How each history is read (<see cref="Of"/>).</param>
    /// <param name="onRuns">Told, from any thread, how many runs each finished block held.</param>
    /// <param name="cancel">Checked between runs.</param>
    public static MomentEstimate[][] Estimate(IReadOnlyList<Scenario> scenarios, int pair, int runs, ulong seed, int threads,
        HistoryReading? reading, Action<int>? onRuns = null, CancellationToken cancel = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(runs, 1);
        var blocksPerScenario = (runs + BlockRuns - 1) / BlockRuns;
        var blocks = DeterministicParallel.Chunks((long)scenarios.Count * blocksPerScenario, 1, threads, (index, _) =>
        {
            var scenario = scenarios[(int)(index / blocksPerScenario)];
            var first = (int)(index % blocksPerScenario) * BlockRuns;
            var last = Math.Min(runs, first + BlockRuns);
            var model = new TrustModel(scenario) { Acts = reading?.Observer is null ? null : [] };
            var values = new double?[last - first][];
            for (var run = first; run < last; run++)
            {
                cancel.ThrowIfCancellationRequested();
                model.Run(RandomStream.RunSeed(seed, run));
                var history = Of(model, pair, reading);
                values[run - first] = [.. Moment.All.Select(m => m.Value(history))];
            }

            onRuns?.Invoke(last - first);
            return values;
        }, cancel);

        var estimates = new MomentEstimate[scenarios.Count][];
        for (var s = 0; s < scenarios.Count; s++)
        {
            var samples = Moment.All.Select(_ => new List<double>(runs)).ToArray();
            for (var b = 0; b < blocksPerScenario; b++)
            {
                foreach (var run in blocks[s * blocksPerScenario + b])
                {
                    for (var m = 0; m < run.Length; m++)
                    {
                        if (run[m] is { } value)
                            samples[m].Add(value);
                    }
                }
            }

            estimates[s] = [.. samples.Select(MomentEstimate.Of)];
        }

        return estimates;
    }
}
