using BenchmarkDotNet.Attributes;
using Pendulum.Simulate;

namespace Pendulum.Benchmarks;

/// <summary>
/// One run of the trust model on <c>scenarios/us-china-base.yaml</c> (2 states, 1 pair, 10 years of daily steps):
/// what <see cref="SimulationRunner"/> does per run, without the per-step histograms.
/// </summary>
[MemoryDiagnoser]
public class TrustModelBenchmarks
{
    private TrustModel? _model;
    private long _run;

    [GlobalSetup]
    public void Setup() =>
        _model = new TrustModel(ScenarioLoader.Load(Path.Combine(AppContext.BaseDirectory, "scenarios", "us-china-base.yaml")));

    /// <summary>A new seed each run, as a simulation draws them; the model is reused, as each worker thread reuses its own.</summary>
    [Benchmark]
    public int RunUsChinaBase()
    {
        _model!.Run(SimulationRunner.RunSeed(1, _run++));
        return _model.State.Step;
    }
}
