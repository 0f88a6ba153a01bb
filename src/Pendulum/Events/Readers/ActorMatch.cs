namespace Pendulum.Events.Readers;

/// <summary>Which events an actor filter (<see cref="EventReaderOptions.Actors"/>) keeps.</summary>
public enum ActorMatch
{
    /// <summary>
    /// Events between two different countries of the set: the relationships among them, which is what the observer
    /// measures. Every row that touches a listed country still counts in that country's daily volume.
    /// </summary>
    Between,

    /// <summary>Events in which a country of the set is source or target, with any partner (or none).</summary>
    Touching,
}
