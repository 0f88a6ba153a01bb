namespace Pendulum.Simulate;

/// <summary>How many runs to simulate, from which seed, on how many threads.</summary>
public sealed record SimulationOptions
{
    /// <summary>Number of runs. Default 1000.</summary>
    public int Runs { get; init; } = 1000;

    /// <summary>Master seed; run r is seeded from (master seed, r). Default 1.</summary>
    public ulong Seed { get; init; } = 1;

    /// <summary>Worker threads. The results do not depend on it. Default 1.</summary>
    public int Threads { get; init; } = 1;

    /// <summary>Index of the first run (a shard of a larger simulation starts past 0). Default 0.</summary>
    public long FirstRun { get; init; }

    /// <summary>Whether to keep per-step quantiles (the histograms cost memory per step, not per run). Default true.</summary>
    public bool StepQuantiles { get; init; } = true;

    /// <summary>
    /// Where each run's acts go as an event record (<c>simulate --events</c>); null, the default, keeps none. Called on
    /// the worker thread that ran the run.
    /// </summary>
    public Records.ISimulatedRecords? Records { get; init; }
}

/// <summary>Progress of a simulation: runs finished (in order) out of those asked for.</summary>
public readonly record struct SimulationProgress(int RunsDone, int RunsTotal);

/// <summary>
/// What a simulation produced: the runs finished (all of them, or the first <see cref="RunsCompleted"/> when it was
/// cancelled), the per-step histograms and the outcome statistics over those runs.
/// </summary>
/// <param name="Scenario">The scenario simulated.</param>
/// <param name="Options">Runs, seed, threads.</param>
/// <param name="RunsCompleted">Runs finished, 0 to RunsCompleted - 1.</param>
/// <param name="Cancelled">True when the simulation was stopped before all runs.</param>
/// <param name="Steps">Per-step histograms, when asked for.</param>
/// <param name="Outcomes">Means and intervals of every outcome per pair.</param>
/// <param name="Calibration">The reliability table of the beliefs over the runs finished.</param>
public sealed record SimulationResult(Scenario Scenario, SimulationOptions Options, int RunsCompleted, bool Cancelled,
    StepQuantiles? Steps, OutcomeStatistics Outcomes, BeliefCalibration Calibration);
