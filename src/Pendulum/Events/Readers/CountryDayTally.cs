using System.Runtime.InteropServices;

namespace Pendulum.Events.Readers;

/// <summary>
/// Events per country and day among the rows a reader read: the volume that normalises a pair's counts. An event
/// counts once for its source country and once for its target, once only when they are the same. With an actor
/// filter only the listed countries are counted, and from every row that touches one, kept or not: a store that
/// keeps only the events between USA and CHN still knows how busy each of them was.
/// </summary>
public sealed class CountryDayTally(IReadOnlySet<string>? countries)
{
    private readonly Dictionary<(string Country, DateOnly Date), long> _events = [];

    /// <summary>Counts one event between <paramref name="source"/> and <paramref name="target"/> (either may be missing).</summary>
    public void Add(string? source, string? target, DateOnly date)
    {
        Add(source, date, 1);
        if (target != source)
            Add(target, date, 1);
    }

    /// <summary>Adds <paramref name="events"/> to one country's day (nothing for a missing or unlisted country).</summary>
    public void Add(string? country, DateOnly date, long events)
    {
        if (country is null || (countries is not null && !countries.Contains(country)))
            return;
        CollectionsMarshal.GetValueRefOrAddDefault(_events, (country, date), out _) += events;
    }

    /// <summary>The entries, ordered by country and day.</summary>
    public IEnumerable<(string Country, DateOnly Date, long Events)> Entries() =>
        _events.OrderBy(e => e.Key.Country, StringComparer.Ordinal).ThenBy(e => e.Key.Date)
            .Select(e => (e.Key.Country, e.Key.Date, e.Value));
}
