namespace Pendulum.Store;

/// <summary>
/// A pair of countries that has events in a store: how many each way and over which days. The pair is unordered;
/// <see cref="CountryA"/> sorts before <see cref="CountryB"/>.
/// </summary>
/// <param name="CountryA">The code that sorts first (ISO alpha-3).</param>
/// <param name="CountryB">The other code.</param>
/// <param name="EventsAb">Events with A as source and B as target.</param>
/// <param name="EventsBa">Events with B as source and A as target.</param>
/// <param name="First">Day of the first event, either direction.</param>
/// <param name="Last">Day of the last event, either direction.</param>
public sealed record PairSummary(string CountryA, string CountryB, long EventsAb, long EventsBa, DateOnly First, DateOnly Last)
{
    /// <summary>Events of both directions.</summary>
    public long Events => EventsAb + EventsBa;
}
