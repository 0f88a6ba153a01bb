namespace Pendulum.Games;

/// <summary>How a match is played.</summary>
public sealed record MatchOptions
{
    /// <summary>Turns per match, at least 1. Default 200, the length of Axelrod's tournaments (Axelrod 1984) and of docs/model.md section 5.</summary>
    public int Turns { get; init; } = 200;

    /// <summary>
    /// Execution noise eps: the probability that a move comes out opposite to the one intended, drawn independently
    /// for each side and turn. Unit: probability per move, in [0, 1]. Default 0 (no noise).
    /// </summary>
    public double Noise { get; init; }

    /// <summary>The stage game. Default <see cref="Payoffs.Axelrod"/>, (R, S, T, P) = (3, 0, 5, 1).</summary>
    public Payoffs Payoffs { get; init; } = Payoffs.Axelrod;

    /// <summary>Throws a <see cref="UsageException"/> naming the first value out of range.</summary>
    public void Validate()
    {
        if (Turns < 1)
            throw new UsageException($"must be at least 1, not {Turns}", "turns");
        if (!(Noise >= 0 && Noise <= 1))
            throw new UsageException($"must be a probability in [0, 1], not {Noise}", "noise");
    }
}
