using Pendulum.Internals;

namespace Pendulum.Games;

/// <summary>
/// A strategy that looks back one turn: the probability of cooperating after each outcome of the last turn, seen
/// from its own side (my move, their move): CC, CD, DC, DD, and on the first turn.
/// </summary>
public sealed record MemoryOneStrategy(string Name, double First, double AfterCC, double AfterCD, double AfterDC, double AfterDD)
    : Strategy(Name)
{
    /// <summary>Always cooperates.</summary>
    public static MemoryOneStrategy Cooperator { get; } = new("Cooperator", 1, 1, 1, 1, 1);

    /// <summary>Always defects.</summary>
    public static MemoryOneStrategy Defector { get; } = new("Defector", 0, 0, 0, 0, 0);

    /// <summary>Cooperates first, then copies the other's last move (Rapoport; Axelrod 1984).</summary>
    public static MemoryOneStrategy TitForTat { get; } = new("TitForTat", 1, 1, 0, 1, 0);

    /// <summary>Tit for tat that opens with a defection.</summary>
    public static MemoryOneStrategy SuspiciousTitForTat { get; } = new("SuspiciousTitForTat", 0, 1, 0, 1, 0);

    /// <summary>Win-stay, lose-shift (Pavlov): repeats its move after R or T, switches after S or P (Nowak and Sigmund 1993).</summary>
    public static MemoryOneStrategy WinStayLoseShift { get; } = new("WinStayLoseShift", 1, 1, 0, 0, 1);

    /// <summary>Opens with cooperation, then alternates its own moves.</summary>
    public static MemoryOneStrategy Alternator { get; } = new("Alternator", 1, 0, 0, 1, 1);

    /// <summary>Cooperates with probability 1/2 whatever happened.</summary>
    public static MemoryOneStrategy Random { get; } = new("Random", 0.5, 0.5, 0.5, 0.5, 0.5);

    /// <summary>
    /// Generous tit for tat: forgives a defection with probability <paramref name="generosity"/>; the default is
    /// <see cref="ClosedForms.OptimalGenerosity"/> of Axelrod's payoffs, 1/3 (Nowak and Sigmund 1992).
    /// </summary>
    public static MemoryOneStrategy GenerousTitForTat(double? generosity = null)
    {
        var q = generosity ?? ClosedForms.OptimalGenerosity(Payoffs.Axelrod);
        return new MemoryOneStrategy("GenerousTitForTat", 1, 1, q, 1, q);
    }

    /// <summary>The probability of cooperating after (my move, their move), true = cooperated.</summary>
    public double After(bool mine, bool theirs) => (mine, theirs) switch
    {
        (true, true) => AfterCC,
        (true, false) => AfterCD,
        (false, true) => AfterDC,
        _ => AfterDD,
    };

    /// <summary>The same strategy played with execution noise: each intended move is flipped with probability <paramref name="noise"/>.</summary>
    public MemoryOneStrategy WithNoise(double noise)
    {
        double F(double p) => p * (1 - noise) + (1 - p) * noise;
        return this with { First = F(First), AfterCC = F(AfterCC), AfterCD = F(AfterCD), AfterDC = F(AfterDC), AfterDD = F(AfterDD) };
    }

    /// <summary>The cooperation probabilities under execution noise <paramref name="noise"/>, as 32-bit thresholds.</summary>
    internal MemoryOneThresholds Thresholds(double noise)
    {
        var n = WithNoise(noise);
        return new MemoryOneThresholds(Xoshiro256StarStar.Threshold(n.First), Xoshiro256StarStar.Threshold(n.AfterCC),
            Xoshiro256StarStar.Threshold(n.AfterCD), Xoshiro256StarStar.Threshold(n.AfterDC), Xoshiro256StarStar.Threshold(n.AfterDD));
    }

    /// <summary>A player that draws each intended move (noise is applied by the match).</summary>
    internal override Player CreatePlayer() => new MemoryOnePlayer(Thresholds(0));

    private sealed class MemoryOnePlayer(MemoryOneThresholds thresholds) : Player
    {
        public override bool First(ref Xoshiro256StarStar random) => random.Below(thresholds.First);

        public override bool Next(bool mine, bool theirs, ref Xoshiro256StarStar random) =>
            random.Below(thresholds.After(mine, theirs));
    }
}

/// <summary>A memory-one strategy's cooperation probabilities as thresholds on 32 random bits (<see cref="Xoshiro256StarStar.Threshold"/>).</summary>
internal readonly record struct MemoryOneThresholds(ulong First, ulong CC, ulong CD, ulong DC, ulong DD)
{
    public ulong After(bool mine, bool theirs) => mine ? theirs ? CC : CD : theirs ? DC : DD;
}
