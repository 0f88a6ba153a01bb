using Pendulum.Internals;

namespace Pendulum.Games;

/// <summary>
/// Contrite tit for tat, the standing rule of Boyd (1989, J. Theor. Biol. 136: 47-56, after Sugden 1986) that Wu and
/// Axelrod (1995, J. Conflict Resolution 39: 183-189) found best at coping with noise. Each side has a standing, good
/// at the start. After each turn a side is in good standing if it cooperated, or if it defected while the other was
/// in bad standing (a justified punishment); a defection against a side in good standing puts it in bad standing.
/// The strategy defects only when it is in good standing and the other is in bad standing, and cooperates otherwise.
/// <para>
/// Without noise this plays exactly like tit for tat. With noise: its own defection against a cooperating partner can
/// only be a mistake (it never intends one while both are in good standing), and it leaves it in bad standing, so it
/// cooperates next turn and takes the partner's retaliation without retaliating back; having cooperated, it is in good
/// standing again, and the partner's retaliation, aimed at a side in bad standing, did not cost the partner its own.
/// Standings are computed from the moves actually played.
/// </para>
/// </summary>
internal sealed record ContriteTitForTatStrategy() : Strategy("ContriteTitForTat")
{
    internal override Player CreatePlayer() => new ContritePlayer();

    private sealed class ContritePlayer : Player
    {
        private bool _myStandingGood = true;
        private bool _theirStandingGood = true;

        public override bool First(ref Xoshiro256StarStar random) => true;

        public override bool Next(bool mine, bool theirs, ref Xoshiro256StarStar random)
        {
            // Both standings move together from the standings before the turn.
            (_myStandingGood, _theirStandingGood) = (mine || !_theirStandingGood, theirs || !_myStandingGood);
            return !(_myStandingGood && !_theirStandingGood);
        }
    }
}
