namespace Pendulum.Games;

/// <summary>Closed-form results the simulator stands on (docs/model.md, sections 4 and 5).</summary>
public static class ClosedForms
{
    /// <summary>
    /// Kydd's trust threshold: a security seeker cooperates iff it believes the other cooperates with at least this
    /// probability, <c>t = (P - S) / ((R - T_S) + (P - S))</c> (Kydd 2005, Trust and Mistrust in International
    /// Relations, ch. 1). With R = 3, P = 1, S = 0 and a security seeker's temptation T_S = 2, t = 0.5.
    /// </summary>
    /// <param name="reward">R, payoff of mutual cooperation.</param>
    /// <param name="punishment">P, payoff of mutual defection.</param>
    /// <param name="sucker">S, payoff of cooperating against a defector.</param>
    /// <param name="securitySeekerTemptation">T_S, a security seeker's payoff of defecting against a cooperator (below R).</param>
    public static double KyddThreshold(double reward = 3, double punishment = 1, double sucker = 0, double securitySeekerTemptation = 2)
    {
        if (securitySeekerTemptation >= reward)
            throw new ArgumentOutOfRangeException(nameof(securitySeekerTemptation), "a security seeker prefers mutual cooperation: T_S < R");
        return (punishment - sucker) / (reward - securitySeekerTemptation + (punishment - sucker));
    }

    /// <summary>
    /// Generous tit for tat's optimal forgiveness, <c>q* = min(1 - (T - R)/(R - S), (R - P)/(T - P))</c>
    /// (Nowak and Sigmund 1992, Nature 355). 1/3 for Axelrod's payoffs.
    /// </summary>
    public static double OptimalGenerosity(Payoffs payoffs) =>
        Math.Min(1 - (payoffs.Temptation - payoffs.Reward) / (payoffs.Reward - payoffs.Sucker),
            (payoffs.Reward - payoffs.Punishment) / (payoffs.Temptation - payoffs.Punishment));

    /// <summary>
    /// Fearon's bargaining range: the divisions of a good (A's share in [0, 1]) both prefer to war, <c>[p - c_A, p + c_B]</c>
    /// (Fearon 1995, Rationalist Explanations for War).
    /// </summary>
    /// <param name="p">Probability that A wins a war.</param>
    /// <param name="costA">A's cost of war, as a share of the good.</param>
    /// <param name="costB">B's cost of war, as a share of the good.</param>
    public static (double Low, double High) FearonBargainingRange(double p, double costA, double costB) => (p - costA, p + costB);

    /// <summary>
    /// A's optimal demand when B's cost of war is private and uniform on [0, c_max]: <c>p + (c_max - c_A)/2</c>, and the
    /// probability that B rejects it and fights, <c>(c_max - c_A) / (2 c_max)</c> (Fearon 1995). Valid while
    /// c_A &lt;= c_max.
    /// </summary>
    public static (double Demand, double WarProbability) FearonOptimalDemand(double p, double costA, double maxCostB)
    {
        if (maxCostB <= 0 || costA > maxCostB)
            throw new ArgumentOutOfRangeException(nameof(maxCostB), "the closed form needs 0 < c_A <= c_max");
        return (p + (maxCostB - costA) / 2, (maxCostB - costA) / (2 * maxCostB));
    }

    /// <summary>
    /// Richardson's arms race <c>dx/dt = a y - m x + g</c>, <c>dy/dt = b x - n y + h</c> (Richardson 1960): its equilibrium
    /// <c>x* = (n g + a h)/(m n - a b)</c>, <c>y* = (m h + b g)/(m n - a b)</c>, stable iff <c>m n &gt; a b</c>.
    /// </summary>
    /// <param name="a">A's reaction to B's arms (per unit time).</param>
    /// <param name="b">B's reaction to A's arms (per unit time).</param>
    /// <param name="m">A's fatigue (per unit time).</param>
    /// <param name="n">B's fatigue (per unit time).</param>
    /// <param name="g">A's grievance (arms per unit time).</param>
    /// <param name="h">B's grievance (arms per unit time).</param>
    public static (double X, double Y, bool Stable) RichardsonEquilibrium(double a, double b, double m, double n, double g, double h)
    {
        var determinant = m * n - a * b;
        if (determinant == 0)
            throw new ArgumentException("m n = a b: the system has no single equilibrium", nameof(n));
        return ((n * g + a * h) / determinant, (m * h + b * g) / determinant, determinant > 0);
    }
}
