namespace Pendulum.Games;

/// <summary>
/// What happened in one match or a set of matches, counted from side A's view: the number of turns with each pair of
/// moves actually played (C = cooperate, D = defect; A's move first). Counts rather than payoffs, so sums over
/// matches are exact and do not depend on the order they are added in.
/// </summary>
public readonly record struct MatchOutcome(long CC, long CD, long DC, long DD)
{
    /// <summary>Turns played.</summary>
    public long Turns => CC + CD + DC + DD;

    /// <summary>The same turns seen from side B.</summary>
    public MatchOutcome Swapped => new(CC, DC, CD, DD);

    /// <summary>Side A's share of turns in which it cooperated.</summary>
    public double CooperationA => (double)(CC + CD) / Turns;

    /// <summary>Side A's total payoff.</summary>
    public double TotalA(Payoffs payoffs)
    {
        ArgumentNullException.ThrowIfNull(payoffs);
        return CC * payoffs.Reward + CD * payoffs.Sucker + DC * payoffs.Temptation + DD * payoffs.Punishment;
    }

    /// <summary>Side A's mean payoff per turn: one division of the total, so integer payoffs give the nearest double.</summary>
    public double PayoffPerTurnA(Payoffs payoffs) => TotalA(payoffs) / Turns;

    /// <summary>Side B's mean payoff per turn.</summary>
    public double PayoffPerTurnB(Payoffs payoffs) => Swapped.PayoffPerTurnA(payoffs);

    /// <summary>The turns of both.</summary>
    public static MatchOutcome operator +(MatchOutcome x, MatchOutcome y) => new(x.CC + y.CC, x.CD + y.CD, x.DC + y.DC, x.DD + y.DD);

    /// <summary>Named alternative to <c>+</c>.</summary>
    public MatchOutcome Add(MatchOutcome other) => this + other;

    /// <summary>From the defection counts a fast loop keeps: A's, B's, and the turns both defected.</summary>
    internal static MatchOutcome FromDefections(long turns, long defectionsA, long defectionsB, long both) =>
        new(turns - defectionsA - defectionsB + both, defectionsB - both, defectionsA - both, both);
}
