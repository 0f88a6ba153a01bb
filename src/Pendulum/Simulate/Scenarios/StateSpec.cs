namespace Pendulum.Simulate;

/// <summary>One state of a scenario.</summary>
public sealed record StateSpec
{
    /// <summary>ISO 3166 alpha-3 code, e.g. <c>USA</c>.</summary>
    public required string Code { get; init; }

    /// <summary>
    /// Probability that the state starts as a security seeker (its hidden type is drawn from it per run). Unit:
    /// probability. Default 0.5, the long-run prior of model.md section 2.
    /// </summary>
    public double TrustworthyPrior { get; init; } = 0.5;

    /// <summary>Public opinion toward partners when the run starts. Unit: opinion in [0, 1]. Default 0.5.</summary>
    public double Opinion { get; init; } = 0.5;
}
