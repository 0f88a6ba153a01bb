using Pendulum.Observe;
using Pendulum.Observe.Crises;
using Pendulum.Reports.Json;
using Pendulum.Store;
using Pendulum.Web.Seams;

namespace Pendulum.Web.Analysis;

/// <summary>
/// <c>GET /api/pairs/{A-B}/crises</c>: the crisis detector over the pair's events, as <c>pendulum crises</c> runs it,
/// with the server's observer parameters and declared channels. A pair whose rows are mostly hand-coded is read with
/// <see cref="CrisisDetectorOptions.HandCodedRows"/>, as <c>pendulum demo</c> reads the shipped record.
/// </summary>
internal sealed class StoreCrisisSource(ObserverParameters observer, DeclaredChannelFiles declared) : ICrisisSource
{
    public byte[] Crises(IEventStore store, PairRange pair, CancellationToken cancellationToken)
    {
        // The baseline window before `from` is read too, so the first day asked for is judged against a known baseline.
        var history = new CrisisDetectorOptions().BaselineWindowDays;
        var events = store.Events(new EventQuery(pair.CountryA, pair.CountryB, pair.From?.AddDays(-history), pair.To), cancellationToken).ToList();
        var options = CrisisDetectorOptions.For(EventRows.MostlyHandCoded(events));
        var analysis = PairCrisisAnalysis.Run(events, pair.CountryA, pair.CountryB, declared.For(pair.CountryA, pair.CountryB),
            pair.From, pair.To, options, observer);
        return EventBriefJson.ToBytes(json => CrisisJson.Write(json, analysis.Episodes));
    }
}
