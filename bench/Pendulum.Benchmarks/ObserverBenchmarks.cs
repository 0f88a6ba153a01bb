using BenchmarkDotNet.Attributes;
using Pendulum.Belief;
using Pendulum.Bench;
using Pendulum.Events;
using Pendulum.Observe;

namespace Pendulum.Benchmarks;

/// <summary>
/// The observer's hot paths from memory, on the streams of <c>Pendulum.Bench fold</c> (seeded, made before timing):
/// the belief filter's daily step, and the series fold of a USA-CHN event stream into daily tallies, the belief walk
/// and monthly periods. One operation is one step or one event, so the mean reads as ns per step or per event.
/// </summary>
[MemoryDiagnoser]
public class ObserverBenchmarks
{
    private const int Count = 1_000_000;
    private readonly ObserverParameters _parameters = new();
    private double[] _evidence = [];
    private CodedEvent[] _events = [];

    [GlobalSetup]
    public void Setup()
    {
        _evidence = FoldCommand.MakeEvidence(Count, seed: 1);
        _events = FoldCommand.MakeEvents(Count, seed: 1);
    }

    /// <summary>Predict and update in log-odds, one day of evidence a step.</summary>
    [Benchmark(OperationsPerInvoke = Count)]
    public double BeliefFilterStep()
    {
        var belief = _parameters.Belief;
        var mu = 0.5;
        foreach (var evidence in _evidence)
            mu = BeliefFilter.Step(mu, evidence, belief);
        return mu;
    }

    /// <summary>Ten years of USA-CHN events folded and measured by month.</summary>
    [Benchmark(OperationsPerInvoke = Count)]
    public double SeriesFold()
    {
        var accumulator = new PairAccumulator("USA", "CHN", _parameters.DriversPerPeriod);
        foreach (var e in _events)
            accumulator.Add(e);
        return accumulator.Measure(Frequency.Month, _parameters).Periods[^1].Position;
    }
}
