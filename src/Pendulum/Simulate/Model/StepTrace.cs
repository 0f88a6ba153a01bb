namespace Pendulum.Simulate;

/// <summary>One run's per-step values of each pair, filled by <see cref="TrustModel.Run"/>; reused across runs.</summary>
public sealed class StepTrace
{
    public StepTrace(int pairs, int steps)
    {
        Steps = steps;
        Series = new double[pairs, StepSeries.Count, steps];
    }

    public int Steps { get; }

    /// <summary>Values by pair, series (<see cref="StepSeries"/>) and step.</summary>
    public double[,,] Series { get; }

    internal void Record(int step, TrustModelState state)
    {
        for (var p = 0; p < state.Pairs.Length; p++)
        {
            var pair = state.Pairs[p];
            Series[p, StepSeries.MuAB, step] = pair.MuAB;
            Series[p, StepSeries.MuBA, step] = pair.MuBA;
            Series[p, StepSeries.Position, step] = pair.Position;
            Series[p, StepSeries.Crisis, step] = pair.Crisis;
        }
    }
}

/// <summary>The per-step series summarised across runs, with their output names and ranges.</summary>
public static class StepSeries
{
    public const int MuAB = 0;
    public const int MuBA = 1;
    public const int Position = 2;
    public const int Crisis = 3;
    public const int Count = 4;

    /// <summary>Names in steps.csv and steps.json: <c>mu_ab</c>, <c>mu_ba</c>, <c>position</c>, <c>crisis</c>.</summary>
    public static IReadOnlyList<string> Names { get; } = ["mu_ab", "mu_ba", "position", "crisis"];
}
