namespace Pendulum.Simulate;

/// <summary>One outcome of one pair under two scenarios: each mean and the mean of the paired differences B - A.</summary>
public sealed record OutcomeDifference(string Pair, Outcome Outcome, Estimate A, Estimate B, Estimate Difference);

/// <summary>
/// Compares two scenarios run on the same run seeds (common random numbers): run r of A and run r of B share their
/// random stream, so the difference of each outcome is estimated from paired runs, with a much narrower interval than
/// two independent samples would give.
/// </summary>
public static class ScenarioComparison
{
    /// <summary>
    /// Differences over the first <c>min(|A|, |B|)</c> runs, for every pair both scenarios hold and every outcome;
    /// an outcome enters a run's difference only when it applies to both runs.
    /// </summary>
    public static IReadOnlyList<OutcomeDifference> Of(IReadOnlyList<IReadOnlyDictionary<string, RunSummary>> runsA,
        IReadOnlyList<IReadOnlyDictionary<string, RunSummary>> runsB, IEnumerable<string> pairs)
    {
        var n = Math.Min(runsA.Count, runsB.Count);
        var rows = new List<OutcomeDifference>();
        foreach (var pair in pairs)
        {
            foreach (var outcome in Outcome.All)
            {
                var paired = new PairedDifference();
                for (var r = 0; r < n; r++)
                    paired.Add(outcome.Value(runsA[r][pair]), outcome.Value(runsB[r][pair]));
                rows.Add(new OutcomeDifference(pair, outcome, paired.A.Estimate(), paired.B.Estimate(), paired.Difference.Estimate()));
            }
        }

        return rows;
    }

    private sealed class PairedDifference
    {
        public MeanAccumulator A { get; } = new();

        public MeanAccumulator B { get; } = new();

        public MeanAccumulator Difference { get; } = new();

        public void Add(double? a, double? b)
        {
            if (a is { } x)
                A.Add(x);
            if (b is { } y)
                B.Add(y);
            if (a is { } u && b is { } v)
                Difference.Add(v - u);
        }
    }
}
