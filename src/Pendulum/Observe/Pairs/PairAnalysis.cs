using Pendulum.Observe.Channels;
using Pendulum.Observe.Crises;

namespace Pendulum.Observe.Pairs;

/// <summary>What an analysis of a pair is asked for, beside its window.</summary>
public sealed record PairAnalysisOptions
{
    /// <summary>Period of the measurement; null for none (<c>crises</c> and <c>channels</c> need none).</summary>
    public Frequency? Frequency { get; init; }

    /// <summary>True to find the crises and the channels (they are read from the same events in one pass).</summary>
    public bool CrisesAndChannels { get; init; } = true;

    /// <summary>The channels a user declared for the pair.</summary>
    public DeclaredChannels Declared { get; init; } = DeclaredChannels.None;

    /// <summary>An observer parameters file (<c>--params</c>); null to take the built-in settings of the pair's density.</summary>
    public string? ParametersFile { get; init; }

    /// <summary>Settings given whole (tests, the simulator's observer); overrides <see cref="ParametersFile"/>.</summary>
    public ObserverSettings? Settings { get; init; }
}

/// <summary>
/// One reading of a pair, used by every command and endpoint that shows one (<c>measure</c>, <c>crises</c>,
/// <c>channels</c>, <c>report</c>, <c>demo</c>, <c>calibrate</c>, the web API and the dashboard): the measurement,
/// the crises and the channels, all from one <see cref="ObserverSettings"/> chosen once from the data or from
/// <c>--params</c>, over the same events with the same warm-up history.
/// </summary>
/// <param name="Window">The pair and the days shown.</param>
/// <param name="Settings">The settings used; every output names them.</param>
/// <param name="Measurement">The measurement, when a frequency was asked for.</param>
/// <param name="Crises">The crisis episodes that overlap the window, with the channel timelines they were read against.</param>
/// <param name="Channels">Every channel's timeline over the days shown.</param>
/// <param name="Shown">The first and last day shown (the window completed by the pair's first and last event read); null without events.</param>
/// <param name="SawEvents">False when the pair has no event, among the rows the settings read, in the window.</param>
public sealed record PairAnalysis(PairWindow Window, ObserverSettings Settings, PairMeasurement? Measurement, PairCrisisAnalysis Crises,
    IReadOnlyList<ChannelTimeline> Channels, (DateOnly First, DateOnly Last)? Shown, bool SawEvents)
{
    /// <summary>Chooses the settings for the pair (<see cref="ObserverSettings.Choose"/>) and reads it with them.</summary>
    public static PairAnalysis Run(PairSource source, PairWindow window, PairAnalysisOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        window.Validate();
        options ??= new PairAnalysisOptions();
        var settings = options.Settings ?? ObserverSettings.Choose(source.Density(window, cancellationToken), options.ParametersFile);
        settings.Observer.Validate();
        var measurement = options.Frequency is { } frequency ? source.Measure(window, frequency, settings, cancellationToken) : null;

        var crises = new PairCrisisAnalysis([], [], false);
        IReadOnlyList<ChannelTimeline> channels = [];
        (DateOnly First, DateOnly Last)? shown = null;
        var saw = measurement?.Periods.Any(p => p.Events > 0) ?? false;
        // Counts carry no event rows to find crises or channels in: those stay empty, and outputs say so by the settings.
        if (options.CrisesAndChannels && settings.Density != EvidenceDensity.PeriodAggregates)
        {
            var events = source.Events(window.CountryA, window.CountryB, window.To, cancellationToken).Where(settings.Reads).ToList();
            var tracker = new ChannelTracker(options.Declared);
            DateOnly? first = null, last = null;
            foreach (var e in events)
            {
                tracker.Add(e);
                if (window.Shows(e.Date))
                {
                    first ??= e.Date;
                    last = e.Date;
                }
            }

            saw = first is not null;
            crises = PairCrisisAnalysis.Run(events, window.CountryA, window.CountryB, options.Declared, window.From, window.To,
                settings.Crises, settings.Observer);
            if ((window.From ?? first, window.To ?? last) is ({ } f, { } t) && f <= t)
            {
                shown = (f, t);
                channels = tracker.Timelines(f, t);
            }
        }
        else if (measurement is { Periods.Count: > 0 } m)
        {
            shown = (window.From ?? m.Periods[0].Period, window.To ?? m.Frequency.NextPeriod(m.Periods[^1].Period).AddDays(-1));
        }

        return new PairAnalysis(window, settings, measurement, crises, channels, shown, saw);
    }
}
