using Pendulum.Events;
using Pendulum.Internals;
using Pendulum.Observe.Channels;

namespace Pendulum.Observe.Crises;

/// <summary>
/// Finds crisis episodes in a pair's daily series (docs/model.md section 3; docs/crises.md): a day is abnormal when its
/// material-conflict intensity exceeds a robust baseline (median + 3 MAD over the trailing year, never below a floor)
/// or <c>mu</c> has fallen by more than 0.15 within 30 days; an episode runs from an abnormal day until the pair has
/// recovered (intensity back under the baseline threshold and <c>mu</c> back within a margin of its level before the
/// episode) or, failing that, for a stated longest duration, when it is reported unresolved; never for the length of a
/// look-back window. Episodes closer than 14 days merge.
/// </summary>
public static class CrisisDetector
{
    /// <summary>Detects the episodes of <paramref name="days"/>.</summary>
    /// <param name="days">Days in strictly increasing order; a missing day counts as one without events and with the previous <c>mu</c>.</param>
    /// <param name="options">Thresholds; the defaults when null.</param>
    /// <param name="channels">The pair's channel timelines, to report which were suspended during each episode.</param>
    public static CrisisDetection Detect(IReadOnlyList<CrisisInputDay> days, CrisisDetectorOptions? options = null,
        IReadOnlyList<ChannelTimeline>? channels = null)
    {
        options = (options ?? new CrisisDetectorOptions()).Validate();
        var series = Contiguous(days);
        var trace = Trace(series, options);
        var spans = Spans(trace, options);
        var episodes = spans.Select(s => Describe(series, trace, s, options, channels ?? [])).ToList();
        return new CrisisDetection(episodes, trace);
    }

    private static List<CrisisInputDay> Contiguous(IReadOnlyList<CrisisInputDay> days)
    {
        var series = new List<CrisisInputDay>(days.Count);
        foreach (var day in days)
        {
            if (series.Count > 0)
            {
                var last = series[^1];
                if (day.Date <= last.Date)
                    throw new ArgumentException($"days must be in strictly increasing order: {day.Date:yyyy-MM-dd} follows {last.Date:yyyy-MM-dd}", nameof(days));
                for (var d = last.Date.AddDays(1); d < day.Date; d = d.AddDays(1))
                    series.Add(new CrisisInputDay(d, 0, last.Mu, []));
            }

            series.Add(day);
        }

        return series;
    }

    private static CrisisDay[] Trace(List<CrisisInputDay> series, CrisisDetectorOptions o)
    {
        var baseline = new RollingMedian(o.BaselineWindowDays);
        var trace = new CrisisDay[series.Count];
        for (var i = 0; i < series.Count; i++)
        {
            var day = series[i];
            var median = baseline.Median;
            var threshold = Math.Max(o.IntensityFloor, median + o.MadMultiplier * o.MadScale * baseline.MedianAbsoluteDeviation());
            var highest = day.Mu;
            for (var j = Math.Max(0, i - o.MuDropWindowDays); j < i; j++)
                highest = Math.Max(highest, series[j].Mu);
            var drop = highest - day.Mu;
            trace[i] = new CrisisDay(day.Date, day.MaterialConflictIntensity, median, threshold, day.Mu, drop,
                baseline.Count >= o.MinimumBaselineDays && day.MaterialConflictIntensity > threshold, drop > o.MuDropThreshold);
            baseline.Push(day.MaterialConflictIntensity);
        }

        return trace;
    }

    /// <summary>
    /// Index ranges [start, end] of the episodes and how each ended: from an abnormal day to the last day before the
    /// pair recovered, or for <see cref="CrisisDetectorOptions.LongestEpisodeDays"/> (unresolved); then merged.
    /// </summary>
    private static List<Span> Spans(CrisisDay[] trace, CrisisDetectorOptions o)
    {
        var spans = new List<Span>();
        var i = 0;
        while (i < trace.Length)
        {
            if (!trace[i].Abnormal)
            {
                i++;
                continue;
            }

            var start = i;
            var before = LevelBefore(trace, start, o);
            var end = -1;
            var how = SpanEnd.Ongoing;
            for (var j = start + 1; j < trace.Length; j++)
            {
                if (j - start >= o.LongestEpisodeDays)
                {
                    (end, how) = (j - 1, SpanEnd.Unresolved);
                    break;
                }

                if (!trace[j].IntensityAbnormal && trace[j].Mu >= before - o.RecoveryMargin)
                {
                    (end, how) = (j - 1, SpanEnd.Recovered);
                    break;
                }
            }

            if (end < 0)
                end = trace.Length - 1;
            spans.Add(new Span(start, end, how));
            i = end + 1;
        }

        var merged = new List<Span>();
        foreach (var span in spans)
        {
            if (merged.Count > 0 && span.Start - merged[^1].End - 1 < o.MergeGapDays)
                merged[^1] = merged[^1] with { End = span.End, How = span.How };
            else
                merged.Add(span);
        }

        return merged;
    }

    /// <summary><c>mu</c> before an episode: its highest value in the fall window before the start (the start's own if none).</summary>
    private static double LevelBefore(CrisisDay[] trace, int start, CrisisDetectorOptions o)
    {
        var before = trace[start].Mu;
        for (var i = Math.Max(0, start - o.MuDropWindowDays); i < start; i++)
            before = Math.Max(before, trace[i].Mu);
        return before;
    }

    private enum SpanEnd
    {
        Recovered,
        Unresolved,
        Ongoing,
    }

    private readonly record struct Span(int Start, int End, SpanEnd How);

    private static CrisisEpisode Describe(List<CrisisInputDay> series, CrisisDay[] trace, Span span,
        CrisisDetectorOptions o, IReadOnlyList<ChannelTimeline> channels)
    {
        var (start, end) = (span.Start, span.End);
        var peak = start;
        var lowest = start;
        double excess = 0;
        for (var i = start; i <= end; i++)
        {
            if (trace[i].Intensity > trace[peak].Intensity)
                peak = i;
            if (trace[i].Mu < trace[lowest].Mu)
                lowest = i;
            excess += Math.Max(0, trace[i].Intensity - trace[i].BaselineMedian);
        }

        if (trace[peak].Intensity == 0)
            peak = lowest;
        var before = LevelBefore(trace, start, o);
        var muDrop = Math.Max(0, before - trace[lowest].Mu);
        var first = trace[start];
        var trigger = first is { IntensityAbnormal: true, MuAbnormal: true } ? CrisisTrigger.Both
            : first.IntensityAbnormal ? CrisisTrigger.Intensity : CrisisTrigger.MuDrop;
        var (from, to) = (series[start].Date, series[end].Date);
        // Suspensions that began during the episode or within a few days of it: one that began years before is the
        // state of the relationship, not part of this crisis. Declared channels first, then those the rules inferred.
        var (near, nearEnd) = (from.AddDays(-o.SuspensionNearDays), to.AddDays(o.SuspensionNearDays));
        var suspended = channels
            .SelectMany(c => c.SuspensionsDuring(near, nearEnd)
                .Where(s => s.Start.Date >= near && s.Start.Date <= nearEnd)
                .Select(s => new SuspendedChannel(c.Name, c.Kind, s.Start.Date, s.Until, s.Start.Reason, c.Declared)))
            .OrderByDescending(s => s.Declared).ThenBy(s => s.Since).ThenBy(s => s.Kind).ThenBy(s => s.Name, StringComparer.Ordinal)
            .ToList();
        return new CrisisEpisode(from, series[peak].Date, to, excess + o.MuDropWeight * muDrop, excess, muDrop,
            trace[peak].Intensity, trigger, span.How == SpanEnd.Ongoing, TriggerEvents(series, start, o),
            suspended, span.How == SpanEnd.Unresolved);
    }

    /// <summary>The start day's events, or those of the latest earlier day in the <c>mu</c> window that has any.</summary>
    private static List<CodedEvent> TriggerEvents(List<CrisisInputDay> series, int start, CrisisDetectorOptions o)
    {
        for (var i = start; i >= Math.Max(0, start - o.MuDropWindowDays); i--)
        {
            if (series[i].Events.Count > 0)
            {
                var strongest = new StrongestEvents(o.TriggerEvents, StrongestEvents.MostConflictual);
                foreach (var e in series[i].Events)
                    strongest.Add(e);
                return [.. strongest.Kept];
            }
        }

        return [];
    }
}
