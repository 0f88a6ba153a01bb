using Pendulum.Channels;

namespace Pendulum.Simulate;

/// <summary>
/// One pair of states that interact, written <c>A-B</c> in a scenario. Beliefs run both ways: <c>mu_ab</c> is A's belief
/// that B is trustworthy, <c>mu_ba</c> the reverse. Pairs not listed do not interact.
/// </summary>
public sealed record PairSpec
{
    /// <summary>The first state's code.</summary>
    public required string A { get; init; }

    /// <summary>The second state's code.</summary>
    public required string B { get; init; }

    /// <summary>The pair's name in files and outputs, <c>A-B</c>.</summary>
    public string Key => A + "-" + B;

    /// <summary><c>mu_ab</c> when the run starts: B's belief that A is trustworthy. Unit: probability. Default 0.5 (the prior).</summary>
    public double TrustAB { get; init; } = 0.5;

    /// <summary><c>mu_ba</c> when the run starts: A's belief that B is trustworthy. Unit: probability. Default 0.5.</summary>
    public double TrustBA { get; init; } = 0.5;

    /// <summary>Leader rapport when the run starts. Unit: rapport in [0, 1]. Default 0.3.</summary>
    public double Rapport { get; init; } = 0.3;

    /// <summary>The pair's channels by kind; a kind not listed is absent.</summary>
    public required IReadOnlyDictionary<ChannelKind, ChannelParameters> Channels { get; init; }

    /// <summary>Incidents between the two.</summary>
    public IncidentParameters Incidents { get; init; } = new();

    /// <summary>Core-interest challenges between the two.</summary>
    public CoreInterestParameters CoreInterest { get; init; } = new();

    /// <summary>Joint projects of the two.</summary>
    public ProjectParameters Projects { get; init; } = new();

    /// <summary>The pair's arms dynamics (off by default).</summary>
    public ArmsParameters Arms { get; init; } = new();
}
