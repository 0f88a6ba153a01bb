using Pendulum.Belief;
using Pendulum.Channels;
using Pendulum.Internals;
using Pendulum.Observe;
using Pendulum.Simulate;
using Pendulum.Simulate.Records;

namespace Pendulum.Calibrate;

/// <summary>A moment over simulated histories: the mean, the spread between histories and the Monte Carlo error of the mean.</summary>
/// <param name="Mean">Mean over the histories that give the moment a value.</param>
/// <param name="Spread">Standard deviation between histories: how far one history as long as the record strays from the mean.</param>
/// <param name="StandardError">Monte Carlo standard error of <paramref name="Mean"/>: the spread over the square root of the histories.</param>
/// <param name="Histories">Histories with a value (runs without a lifted suspension have no median length).</param>
public readonly record struct MomentEstimate(double Mean, double Spread, double StandardError, int Histories);

/// <summary>Simulated histories of a pair, turned into the same <see cref="PairHistory"/> the record gives.</summary>
public static class SimulatedHistories
{
    /// <summary>
    /// The history of pair <paramref name="pair"/> in the run <paramref name="model"/> just finished. With
    /// <paramref name="observer"/> (and the model's act log on), the zone shares are the observer's reading of the run
    /// written as a hand-coded record, as the real record's are; without, the agents' own beliefs.
    /// </summary>
    public static PairHistory Of(TrustModel model, int pair, ObserverParameters? observer = null)
    {
        var scenario = model.Scenario;
        var state = model.State.Pairs[pair];
        var c = state.Counters;
        var steps = (double)scenario.StepCount;
        var daysPerStep = scenario.Step == TimeStep.Day ? 1 : ObservedRecord.DaysPerYear / 12;
        var years = steps * scenario.StepYears;
        var military = state.Spec.Channels.TryGetValue(ChannelKind.MilitaryExchange, out var channel) && channel.Present;
        var history = new PairHistory
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
        if (observer is null || model.Acts is null)
            return history;
        var from = scenario.Start;
        var to = scenario.DateOf(scenario.StepCount - 1);
        var zones = ObservedRecord.ZoneDays(SimulatedEvents.Record(scenario, model.Acts, pair), state.Spec.A, state.Spec.B, observer, from, to);
        var days = (double)(to.DayNumber - from.DayNumber + 1);
        return history with { ShareDistrust = zones[(int)TrustZone.Distrust] / days, ShareTrust = zones[(int)TrustZone.Trust] / days };
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
    /// <param name="onRuns">Told, from any thread, how many runs each finished block held.</param>
    /// <param name="cancel">Checked between runs.</param>
    /// <param name="observer">When given, each history's zone shares are the observer's reading of it as a record (<see cref="Of"/>).</param>
    public static MomentEstimate[][] Estimate(IReadOnlyList<Scenario> scenarios, int pair, int runs, ulong seed, int threads,
        Action<int>? onRuns = null, CancellationToken cancel = default, ObserverParameters? observer = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(runs, 1);
        const int BlockRuns = 8;
        var blocksPerScenario = (runs + BlockRuns - 1) / BlockRuns;
        var blocks = DeterministicParallel.Chunks((long)scenarios.Count * blocksPerScenario, 1, threads, (index, _) =>
        {
            var scenario = scenarios[(int)(index / blocksPerScenario)];
            var first = (int)(index % blocksPerScenario) * BlockRuns;
            var last = Math.Min(runs, first + BlockRuns);
            var model = new TrustModel(scenario) { Acts = observer is null ? null : [] };
            var values = new double?[last - first][];
            for (var run = first; run < last; run++)
            {
                cancel.ThrowIfCancellationRequested();
                model.Run(RandomStream.RunSeed(seed, run));
                var history = Of(model, pair, observer);
                values[run - first] = [.. Moment.All.Select(m => m.Value(history))];
            }

            onRuns?.Invoke(last - first);
            return values;
        }, cancel);

        var estimates = new MomentEstimate[scenarios.Count][];
        for (var s = 0; s < scenarios.Count; s++)
        {
            var accumulators = Moment.All.Select(_ => new MeanAccumulator()).ToArray();
            for (var b = 0; b < blocksPerScenario; b++)
            {
                foreach (var run in blocks[s * blocksPerScenario + b])
                {
                    for (var m = 0; m < run.Length; m++)
                    {
                        if (run[m] is { } value)
                            accumulators[m].Add(value);
                    }
                }
            }

            estimates[s] = [.. accumulators.Select(a => a.Count == 0
                ? new MomentEstimate(double.NaN, double.NaN, double.NaN, 0)
                : new MomentEstimate(a.Mean, Math.Sqrt(a.Variance), Math.Sqrt(a.Variance / a.Count), (int)a.Count))];
        }

        return estimates;
    }
}
