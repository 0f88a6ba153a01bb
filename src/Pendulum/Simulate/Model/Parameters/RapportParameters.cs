namespace Pendulum.Simulate;

/// <summary>
/// Leader rapport <c>r</c> in [0, 1] per pair: the personal trust the seeds say matters most on thorny issues. It
/// lowers the error of signals about core interests to <c>e (1 - r)</c>.
/// </summary>
public sealed record RapportParameters
{
    /// <summary>Share of the room left below 1 that one summit adds: <c>r += g (1 - r)</c>. Unit: share per summit. Default 0.2.</summary>
    public double SummitGain { get; init; } = 0.2;

    /// <summary>How fast rapport fades between summits. Unit: per year (exponential decay). Default 0.3.</summary>
    public double DecayPerYear { get; init; } = 0.3;
}
