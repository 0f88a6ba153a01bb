namespace Pendulum.Games;

/// <summary>A Monte Carlo mean payoff per turn with its standard error and normal-approximation 95% interval.</summary>
/// <param name="Mean">Mean over runs of the payoff per turn.</param>
/// <param name="StandardError">Sample standard deviation over runs divided by the square root of the number of runs.</param>
public readonly record struct PayoffEstimate(double Mean, double StandardError)
{
    /// <summary>The 0.975 quantile of the standard normal distribution.</summary>
    public const double Z95 = 1.959963984540054;

    /// <summary>Lower end of the 95% confidence interval, <c>Mean - 1.96 SE</c>.</summary>
    public double Low95 => Mean - Z95 * StandardError;

    /// <summary>Upper end of the 95% confidence interval, <c>Mean + 1.96 SE</c>.</summary>
    public double High95 => Mean + Z95 * StandardError;

    /// <summary>True when <paramref name="value"/> lies in the 95% interval.</summary>
    public bool Contains95(double value) => value >= Low95 && value <= High95;
}

/// <summary>The result of <see cref="MonteCarloMatch.Run"/>: each side's payoff per turn, estimated over the runs.</summary>
public sealed record MatchEstimate(Strategy A, Strategy B, MatchOptions Match, MonteCarloOptions MonteCarlo,
    PayoffEstimate PayoffA, PayoffEstimate PayoffB);
