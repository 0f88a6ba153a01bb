using Pendulum.Events;

namespace Pendulum.Observe.Crises;

/// <summary>One day of a pair as the crisis detector reads it.</summary>
/// <param name="Date">The day.</param>
/// <param name="MaterialConflictIntensity">The day's material-conflict intensity in [0, 1] (see <see cref="MaterialConflict"/>).</param>
/// <param name="Mu">The pair's belief that day (see <see cref="PairBelief"/>).</param>
/// <param name="Events">
/// The day's events between the two, both directions, or the strongest of them (<see cref="CrisisInputBuilder"/> keeps
/// <see cref="CrisisDetectorOptions.TriggerEvents"/>): an episode's trigger events are taken from here.
/// </param>
public sealed record CrisisInputDay(DateOnly Date, double MaterialConflictIntensity, double Mu, IReadOnlyList<CodedEvent> Events)
{
    /// <summary>
    /// The one <c>mu</c> the detector watches for a pair: the lower of the two directions' beliefs, because one side
    /// losing trust is enough for a crisis.
    /// </summary>
    public static double PairBelief(double muAb, double muBa) => Math.Min(muAb, muBa);
}
