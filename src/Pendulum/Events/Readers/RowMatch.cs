namespace Pendulum.Events.Readers;

/// <summary>What an actor filter makes of one row.</summary>
internal enum RowMatch
{
    /// <summary>Not kept and touching no listed country: only counted as read.</summary>
    Outside,

    /// <summary>Not kept, but it touches a listed country, so it counts in that country's daily volume.</summary>
    Counted,

    /// <summary>Kept: it becomes an event (and counts in the volumes).</summary>
    Kept,
}
