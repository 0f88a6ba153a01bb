using Pendulum.Observe.Pairs;
using Pendulum.Reports.Json;
using Pendulum.Store;
using Pendulum.Web.Seams;

namespace Pendulum.Web.Analysis;

/// <summary>
/// <c>GET /api/pairs/{A-B}/crises</c>: the pair's one analysis (<see cref="PairAnalysis"/>), as <c>pendulum crises</c>
/// makes it, with the server's declared channels: the same settings, the same episodes.
/// </summary>
internal sealed class StoreCrisisSource(PairReadings readings, DeclaredChannelFiles declared) : ICrisisSource
{
    public byte[] Crises(IEventStore store, PairRange pair, CancellationToken cancellationToken)
    {
        var analysis = readings.Read(store, new PairWindow(pair.CountryA, pair.CountryB, pair.From, pair.To), null,
            declared.For(pair.CountryA, pair.CountryB), cancellationToken);
        return EventBriefJson.ToBytes(json => CrisisJson.Write(json, analysis.Crises.Episodes, analysis.Settings));
    }
}
