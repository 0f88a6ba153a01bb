using Pendulum.Internals;

namespace Pendulum.Games;

/// <summary>
/// Tit for two tats (Axelrod 1984): cooperates first, and defects only after two consecutive defections by the other
/// (moves actually played, after noise). Memory-two, so it takes the general simulation path.
/// </summary>
internal sealed record TitForTwoTatsStrategy() : Strategy("TitForTwoTats")
{
    internal override Player CreatePlayer() => new TitForTwoTatsPlayer();

    private sealed class TitForTwoTatsPlayer : Player
    {
        private bool _theyDefectedBefore;

        public override bool First(ref Xoshiro256StarStar random) => true;

        public override bool Next(bool mine, bool theirs, ref Xoshiro256StarStar random)
        {
            var twice = !theirs && _theyDefectedBefore;
            _theyDefectedBefore = !theirs;
            return !twice;
        }
    }
}
