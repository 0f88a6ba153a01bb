using System.Collections.Concurrent;
using Pendulum.Internals;

namespace Pendulum.Simulate;

/// <summary>
/// Runs a scenario many times on several threads with results that do not depend on the thread count: run r is
/// seeded from (master seed, r) alone; workers take run indices in turn; each run's summaries are handed to the
/// caller in run order (a small reorder buffer holds the few that finish early); per-step histograms are summed,
/// which gives the same counts in any order. Memory does not grow with the number of runs. Cancellation stops
/// handing out runs; runs already started finish, so the result covers runs 0 to k-1 with nothing missing.
/// </summary>
public static class SimulationRunner
{
    /// <summary>The seed of run <paramref name="run"/> under master seed <paramref name="seed"/>.</summary>
    public static ulong RunSeed(ulong seed, long run) => RandomStream.RunSeed(seed, run);

    /// <param name="scenario">A validated scenario.</param>
    /// <param name="options">Runs, seed, threads.</param>
    /// <param name="onRun">Called on the calling thread with each run's summaries (one per pair), in run order.</param>
    /// <param name="progress">Told after each run handed to <paramref name="onRun"/>.</param>
    /// <param name="cancel">Stops the simulation after the runs already started.</param>
    public static SimulationResult Run(Scenario scenario, SimulationOptions options, Action<RunSummary[]>? onRun = null,
        IProgress<SimulationProgress>? progress = null, CancellationToken cancel = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(options.Runs);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Threads, 1);
        var threads = Math.Min(options.Threads, Math.Max(1, options.Runs));
        var next = -1;
        var finished = new BlockingCollection<(int Index, RunSummary[] Summaries)>();
        var workerHistograms = new StepQuantiles?[threads];
        var workerCalibration = new BeliefCalibration[threads];
        var running = threads;
        Exception? failure = null;

        void Work(int worker)
        {
            try
            {
                var model = new TrustModel(scenario) { Acts = options.Records is null ? null : [] };
                var trace = options.StepQuantiles ? new StepTrace(scenario.Pairs.Count, scenario.StepCount) : null;
                var histograms = options.StepQuantiles ? new StepQuantiles(scenario.Pairs.Count, scenario.StepCount) : null;
                workerHistograms[worker] = histograms;
                var calibration = workerCalibration[worker] = new BeliefCalibration();
                while (!cancel.IsCancellationRequested && Volatile.Read(ref failure) is null)
                {
                    var index = Interlocked.Increment(ref next);
                    if (index >= options.Runs)
                        break;
                    var run = options.FirstRun + index;
                    model.Run(RunSeed(options.Seed, run), trace);
                    options.Records?.Write(run, scenario, model.Acts!);
                    histograms?.Add(trace!);
                    calibration.Merge(model.Calibration);
                    finished.Add((index, RunSummary.Of(model, run)));
                }
            }
            catch (Exception e)
            {
                Interlocked.CompareExchange(ref failure, e, null);
            }
            finally
            {
                if (Interlocked.Decrement(ref running) == 0)
                    finished.CompleteAdding();
            }
        }

        var workers = Enumerable.Range(0, threads).Select(w => new Thread(() => Work(w)) { IsBackground = true, Name = $"pendulum-sim-{w}" }).ToList();
        workers.ForEach(w => w.Start());

        var outcomes = new OutcomeStatistics();
        var early = new Dictionary<int, RunSummary[]>();
        var done = 0;
        foreach (var (index, summaries) in finished.GetConsumingEnumerable(CancellationToken.None))
        {
            early[index] = summaries;
            while (early.Remove(done, out var ready))
            {
                foreach (var summary in ready)
                    outcomes.Add(summary);
                onRun?.Invoke(ready);
                done++;
                progress?.Report(new SimulationProgress(done, options.Runs));
            }
        }

        workers.ForEach(w => w.Join());
        if (failure is not null)
            throw new InvalidOperationException("a simulation run failed", failure);

        StepQuantiles? steps = null;
        if (options.StepQuantiles)
        {
            steps = new StepQuantiles(scenario.Pairs.Count, scenario.StepCount);
            foreach (var h in workerHistograms)
            {
                if (h is not null)
                    steps.Merge(h);
            }
        }

        // Integer counts: the same table whichever worker ran which run.
        var beliefs = new BeliefCalibration();
        foreach (var c in workerCalibration)
        {
            if (c is not null)
                beliefs.Merge(c);
        }

        return new SimulationResult(scenario, options, done, done < options.Runs, steps, outcomes, beliefs);
    }
}
