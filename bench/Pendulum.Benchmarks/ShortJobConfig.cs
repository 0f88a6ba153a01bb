using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Pendulum.Benchmarks;

/// <summary>
/// One short job for every benchmark: 3 warm-up and 5 measured iterations in this process, so the whole set runs in
/// about two minutes on a shared 2-core machine. In-process also spares building a
/// generated project under the repository's warnings-as-errors rules. Figures are indicative: rerun one benchmark
/// with more iterations (e.g. <c>--job medium</c>) before quoting a small difference.
/// </summary>
public sealed class ShortJobConfig : ManualConfig
{
    public ShortJobConfig()
    {
        Add(DefaultConfig.Instance);
        AddJob(Job.Default.WithId("Short").WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(5)
            .WithToolchain(InProcessEmitToolchain.Instance).AsDefault());
    }
}
