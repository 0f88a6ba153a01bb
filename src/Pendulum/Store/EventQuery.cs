namespace Pendulum.Store;

/// <summary>Which events to read back from a store.</summary>
/// <param name="CountryA">One side of the dyad (ISO alpha-3).</param>
/// <param name="CountryB">The other side; events in both directions are returned.</param>
/// <param name="From">First day included, or null for no lower bound.</param>
/// <param name="To">Last day included, or null for no upper bound.</param>
public sealed record EventQuery(string CountryA, string CountryB, DateOnly? From = null, DateOnly? To = null);
