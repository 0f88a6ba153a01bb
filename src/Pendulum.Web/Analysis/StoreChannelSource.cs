using Pendulum.Observe.Channels;
using Pendulum.Reports.Json;
using Pendulum.Store;
using Pendulum.Web.Seams;

namespace Pendulum.Web.Analysis;

/// <summary>
/// <c>GET /api/pairs/{A-B}/channels</c>: the channel tracker over the pair's events, as <c>pendulum channels</c> runs
/// it: each channel's timeline from the first day asked for (or the first event) to the last.
/// </summary>
internal sealed class StoreChannelSource(DeclaredChannelFiles declared) : IChannelSource
{
    public byte[] Channels(IEventStore store, PairRange pair, CancellationToken cancellationToken)
    {
        var tracker = new ChannelTracker(declared.For(pair.CountryA, pair.CountryB));
        DateOnly? first = null, last = null;
        foreach (var e in store.Events(new EventQuery(pair.CountryA, pair.CountryB, pair.From, pair.To), cancellationToken))
        {
            tracker.Add(e);
            first ??= e.Date;
            last = e.Date;
        }

        var timelines = (pair.From ?? first, pair.To ?? last) is ({ } from, { } to) ? tracker.Timelines(from, to) : [];
        return EventBriefJson.ToBytes(json => ChannelJson.Write(json, timelines));
    }
}
