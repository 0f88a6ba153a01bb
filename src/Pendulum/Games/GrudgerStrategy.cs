using Pendulum.Internals;

namespace Pendulum.Games;

/// <summary>
/// Grudger (Friedman's grim trigger as the Axelrod library plays it): cooperates until the other has defected once,
/// then defects for the rest of the match. It remembers the whole history, so unlike the memory-one grim
/// (1, 1, 0, 0, 0) it never returns to cooperation, even when noise turns both moves into cooperation.
/// The other's moves are the moves actually played, after noise.
/// </summary>
internal sealed record GrudgerStrategy() : Strategy("Grudger")
{
    internal override Player CreatePlayer() => new GrudgerPlayer();

    private sealed class GrudgerPlayer : Player
    {
        private bool _wronged;

        public override bool First(ref Xoshiro256StarStar random) => true;

        public override bool Next(bool mine, bool theirs, ref Xoshiro256StarStar random)
        {
            _wronged |= !theirs;
            return !_wronged;
        }
    }
}
