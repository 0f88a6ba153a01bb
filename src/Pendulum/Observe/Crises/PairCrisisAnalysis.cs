using Pendulum.Events;
using Pendulum.Observe.Channels;

namespace Pendulum.Observe.Crises;

/// <summary>A pair's crisis episodes in a range, with the channel timelines they were read against.</summary>
/// <param name="Episodes">Episodes overlapping the range asked for, in date order.</param>
/// <param name="Timelines">Every channel's status timeline over the range read (history included).</param>
/// <param name="SawEvents">False when the pair had no event in the range asked for.</param>
public sealed record PairCrisisAnalysis(IReadOnlyList<CrisisEpisode> Episodes, IReadOnlyList<ChannelTimeline> Timelines, bool SawEvents)
{
    /// <summary>
    /// Runs the crisis detector over a pair's events in one pass: daily material-conflict intensity, daily beliefs
    /// from the observer, channel statuses. <paramref name="pairEvents"/> are the pair's events in both directions by
    /// date, with all the history before <paramref name="from"/> that should count: the beliefs, the baseline and the
    /// channels are walked from the first event given, and only the episodes that overlap the range are kept, so a
    /// range gives the episodes of the full history. <see cref="Pairs.PairAnalysis.Run"/> calls this for every command
    /// and endpoint, so they report the same episodes.
    /// </summary>
    public static PairCrisisAnalysis Run(IEnumerable<CodedEvent> pairEvents, string countryA, string countryB, DeclaredChannels declared,
        DateOnly? from, DateOnly? to, CrisisDetectorOptions? options = null, ObserverParameters? observer = null)
    {
        options ??= new CrisisDetectorOptions();
        observer = (observer ?? new ObserverParameters()) with { DriversPerPeriod = 0 };
        var beliefs = new PairAccumulator(countryA, countryB, 0);
        var inputs = new CrisisInputBuilder(options);
        var tracker = new ChannelTracker(declared);
        DateOnly? first = null, last = null;
        var sawInRange = false;
        foreach (var e in pairEvents)
        {
            beliefs.Add(e);
            inputs.Add(e);
            tracker.Add(e);
            first = first is { } f && f <= e.Date ? f : e.Date;
            last = last is { } l && l >= e.Date ? l : e.Date;
            sawInRange |= (from is null || e.Date >= from) && (to is null || e.Date <= to);
        }

        var rangeFirst = first is { } firstRead && from is { } asked && asked < firstRead ? asked : first;
        var rangeLast = to ?? last;
        if (!sawInRange || rangeFirst is not { } start || rangeLast is not { } end || start > end)
            return new PairCrisisAnalysis([], [], false);

        var daily = beliefs.Measure(Frequency.Day, observer, start, end);
        double Mu(DateOnly date)
        {
            var day = daily.Periods[date.DayNumber - start.DayNumber];
            return CrisisInputDay.PairBelief(day.MuAb, day.MuBa);
        }

        var timelines = tracker.Timelines(start, end);
        var episodes = CrisisDetector.Detect(inputs.Build(Mu, start, end), options, timelines).Episodes
            .Where(e => (from is null || e.End >= from) && (to is null || e.Start <= to))
            .ToList();
        return new PairCrisisAnalysis(episodes, timelines, true);
    }
}
