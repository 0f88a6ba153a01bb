using Pendulum.Simulate;

namespace Pendulum.Reports.Json;

/// <summary><c>pendulum compare --format json</c>: B minus A for every shared pair and outcome (fields in docs/cli.md).</summary>
/// <param name="A">Scenario A's name.</param>
/// <param name="B">Scenario B's name.</param>
/// <param name="Runs">Paired runs.</param>
/// <param name="Seed">The master seed both ran from.</param>
/// <param name="Outcomes">The differences, pair by pair.</param>
public sealed record ComparisonJson(string A, string B, int Runs, ulong Seed, IReadOnlyList<DifferenceJson> Outcomes)
{
    /// <summary>The JSON of a comparison of <paramref name="a"/> with <paramref name="b"/> (no rows when it stopped before B ran).</summary>
    public static ComparisonJson From(string a, string b, ComparisonResult result) =>
        new(a, b, result.Runs, result.Seed, DifferenceJson.All(result.Differences));
}
