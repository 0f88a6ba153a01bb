using Pendulum.Observe.Pairs;
using Pendulum.Reports.Json;
using Pendulum.Store;
using Pendulum.Web.Seams;

namespace Pendulum.Web.Analysis;

/// <summary>
/// <c>GET /api/pairs/{A-B}/channels</c>: the channel timelines of the pair's one analysis (<see cref="PairAnalysis"/>),
/// as <c>pendulum channels</c> makes it: from the first day asked for (or the first event) to the last.
/// </summary>
internal sealed class StoreChannelSource(PairReadings readings, DeclaredChannelFiles declared) : IChannelSource
{
    public byte[] Channels(IEventStore store, PairRange pair, CancellationToken cancellationToken)
    {
        var analysis = readings.Read(store, new PairWindow(pair.CountryA, pair.CountryB, pair.From, pair.To), null,
            declared.For(pair.CountryA, pair.CountryB), cancellationToken);
        return EventBriefJson.ToBytes(json => ChannelJson.Write(json, analysis.Channels, analysis.Settings));
    }
}
