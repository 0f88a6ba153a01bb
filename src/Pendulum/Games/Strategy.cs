using Pendulum.Internals;

namespace Pendulum.Games;

/// <summary>
/// A strategy of the repeated prisoner's dilemma. <see cref="MemoryOneStrategy"/> looks back one turn, which gives it
/// exact match values (<see cref="MarkovMatch"/>) and a fast simulation path; the others (<see cref="Strategies.Grudger"/>,
/// <see cref="Strategies.TitForTwoTats"/>, <see cref="Strategies.ContriteTitForTat"/>) keep longer histories. Look one
/// up by name with <see cref="Strategies.Get"/>.
/// </summary>
/// <param name="Name">The registry name, e.g. <c>TitForTat</c>.</param>
public abstract record Strategy(string Name)
{
    /// <summary>The strategy's state at the start of a match; one per side and match, never shared between threads.</summary>
    internal abstract Player CreatePlayer();
}

/// <summary>
/// One strategy playing one match. Moves are booleans, true = cooperate. The match asks for an intended move, flips it
/// with the execution noise, and tells both players what was actually played.
/// </summary>
internal abstract class Player
{
    /// <summary>The intended move of the first turn.</summary>
    public abstract bool First(ref Xoshiro256StarStar random);

    /// <summary>The intended move after a turn in which this player actually played <paramref name="mine"/> and the other <paramref name="theirs"/>.</summary>
    public abstract bool Next(bool mine, bool theirs, ref Xoshiro256StarStar random);
}
