namespace Pendulum.Games;

/// <summary>
/// Payoffs of the prisoner's dilemma stage game, to the row player. Unit: utils per turn.
/// Default (R, S, T, P) = (3, 0, 5, 1), Axelrod's tournament values (Axelrod 1984), used in docs/model.md section 5.
/// </summary>
/// <param name="Reward">R: both cooperate.</param>
/// <param name="Sucker">S: I cooperate, the other defects.</param>
/// <param name="Temptation">T: I defect, the other cooperates.</param>
/// <param name="Punishment">P: both defect.</param>
public sealed record Payoffs(double Reward = 3, double Sucker = 0, double Temptation = 5, double Punishment = 1)
{
    /// <summary>Axelrod's values, (3, 0, 5, 1).</summary>
    public static Payoffs Axelrod { get; } = new();

    /// <summary>True for a prisoner's dilemma: <c>T &gt; R &gt; P &gt; S</c> and <c>2R &gt; T + S</c>.</summary>
    public bool IsPrisonersDilemma => Temptation > Reward && Reward > Punishment && Punishment > Sucker
        && 2 * Reward > Temptation + Sucker;

    /// <summary>My payoff when I play <paramref name="mine"/> and the other <paramref name="theirs"/> (true = cooperate).</summary>
    public double Of(bool mine, bool theirs) => (mine, theirs) switch
    {
        (true, true) => Reward,
        (true, false) => Sucker,
        (false, true) => Temptation,
        _ => Punishment,
    };
}
