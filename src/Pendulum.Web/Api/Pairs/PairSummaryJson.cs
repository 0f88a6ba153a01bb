using Pendulum.Events.Countries;
using Pendulum.Store;

namespace Pendulum.Web.Api.Pairs;

/// <summary>A pair the store has events for, as <c>GET /api/pairs</c> lists it.</summary>
/// <param name="Pair"><c>CHN-USA</c>: the codes in alphabetical order.</param>
/// <param name="CountryA">The code that sorts first.</param>
/// <param name="CountryB">The other code.</param>
/// <param name="NameA">Country name of A, when the country table knows it.</param>
/// <param name="NameB">Country name of B.</param>
/// <param name="Events">Events of both directions.</param>
/// <param name="EventsAb">Events with A as source and B as target.</param>
/// <param name="EventsBa">Events with B as source and A as target.</param>
/// <param name="First">Day of the first event.</param>
/// <param name="Last">Day of the last event.</param>
public sealed record PairSummaryJson(string Pair, string CountryA, string CountryB, string? NameA, string? NameB, long Events,
    long EventsAb, long EventsBa, DateOnly First, DateOnly Last)
{
    public static PairSummaryJson From(PairSummary p) => new(
        $"{p.CountryA}-{p.CountryB}", p.CountryA, p.CountryB, CountryTable.Default.NameOf(p.CountryA), CountryTable.Default.NameOf(p.CountryB),
        p.Events, p.EventsAb, p.EventsBa, p.First, p.Last);
}
