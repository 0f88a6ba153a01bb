using Pendulum.Belief;
using Pendulum.Events;
using Pendulum.Observe;
using Pendulum.Observe.Channels;
using Pendulum.Observe.Crises;

namespace Pendulum.Calibrate;

/// <summary>What the record says about a pair, as calibration reads it: the history and the rows and spells behind it.</summary>
/// <param name="From">First day counted (the span's first day, or <see cref="RecordOptions.CountFrom"/>).</param>
/// <param name="To">Last day of the span read.</param>
/// <param name="History">The counts the moments are computed from.</param>
/// <param name="Incidents">The first row of each incident counted.</param>
/// <param name="Challenges">The first row of each core-interest challenge counted.</param>
/// <param name="Suspensions">The military channel's suspensions in the span (merged across its declared channels).</param>
/// <param name="Unobserved">Moments the record cannot give (no hand-coded tags, no declared channels), with the reason.</param>
public sealed record ObservedRecord(DateOnly From, DateOnly To, PairHistory History, IReadOnlyList<CodedEvent> Incidents,
    IReadOnlyList<CodedEvent> Challenges, IReadOnlyList<SuspensionSpell> Suspensions, IReadOnlyDictionary<Moment, string> Unobserved)
{
    /// <summary>
    /// The observer settings the record's zone shares were read with. The calibration reads every simulated history,
    /// written as a record, with the same settings, so the zone shares compare like with like; null leaves the
    /// simulated shares to the agents' own beliefs, a different statistic (kept for records built by hand in tests).
    /// </summary>
    public ObserverParameters? Observer { get; init; }

    /// <summary>Which rows count as incidents and challenges; simulated histories are counted with the same rules.</summary>
    public MilestoneRules Rules { get; init; } = new();

    /// <summary>The crisis detector's settings the record's crises were counted with; null when they were not counted.</summary>
    public CrisisDetectorOptions? Crises { get; init; }

    /// <summary>The observed value of a moment; null when the record cannot give it.</summary>
    public double? Value(Moment moment) => Unobserved.ContainsKey(moment) ? null : moment.Value(History);

    /// <summary>
    /// Reads a pair's record: <paramref name="events"/> are the pair's events (both directions, any order; others are
    /// ignored), <paramref name="channels"/> its declared channels (null when none are known).
    /// </summary>
    public static ObservedRecord Read(IEnumerable<CodedEvent> events, string countryA, string countryB, SuspensionRecord? channels,
        RecordOptions options)
    {
        var pairEvents = events.Where(e => (e.Source.Country == countryA && e.Target.Country == countryB)
            || (e.Source.Country == countryB && e.Target.Country == countryA)).ToList();
        if (channels is not null && !channels.IsFor(countryA, countryB))
            channels = null;
        var from = options.From ?? channels?.From ?? (pairEvents.Count > 0 ? pairEvents.Min(e => e.Date) : null);
        var to = options.To ?? channels?.To ?? (pairEvents.Count > 0 ? pairEvents.Max(e => e.Date) : null);
        if (from is null || to is null)
            throw new UsageException($"no events between {countryA} and {countryB} in the input: nothing to calibrate to", "--dyad");
        if (to < from)
            throw new UsageException($"the span {from:yyyy-MM-dd} .. {to:yyyy-MM-dd} is empty", "--from");
        pairEvents.RemoveAll(e => e.Date < from || e.Date > to);
        // The observer reads from the first day; the moments count from CountFrom (a held-out stretch is read with the
        // years before it as its warm-up, on both sides of the comparison).
        var counted = options.CountFrom ?? from.Value;
        if (counted < from || counted > to)
            throw new UsageException($"the first counted day {counted:yyyy-MM-dd} lies outside the span {from:yyyy-MM-dd} .. {to:yyyy-MM-dd}", "--holdout");
        var countedEvents = pairEvents.Where(e => e.Date >= counted).ToList();
        var years = (to.Value.DayNumber - counted.DayNumber + 1) / DaysPerYear;

        var unobserved = new Dictionary<Moment, string>();
        var rules = options.Rules;
        var incidents = rules.Episodes(countedEvents, rules.IsIncident);
        var challenges = rules.Episodes(countedEvents, rules.IsChallenge);
        if (!pairEvents.Any(e => e.Tags.Count > 0))
        {
            unobserved[Moment.IncidentRate] = "no event carries hand-coded tags";
            unobserved[Moment.CoreChallengeRate] = "no event carries hand-coded tags";
        }

        var (spells, channelYears) = MilitarySpells(channels, options.MilitaryKinds, counted, to.Value);
        var lifted = spells.Where(s => s.To <= to).Select(s => s.Days!.Value).ToList();
        if (channelYears == 0)
        {
            foreach (var m in new[] { Moment.SuspensionsPerDecade, Moment.SuspensionMedianDays, Moment.SuspensionMeanDays })
                unobserved[m] = channels is null ? "no declared channels for the pair" : "no declared military channel in the span";
        }
        else if (lifted.Count == 0)
        {
            unobserved[Moment.SuspensionMedianDays] = "no military suspension lifted in the span";
            unobserved[Moment.SuspensionMeanDays] = "no military suspension lifted in the span";
        }

        var zones = ZoneDays(pairEvents, countryA, countryB, options.Observer, from.Value, to.Value, counted);
        var days = (double)zones.Sum();
        int? crises = null;
        if (options.Crises is { } detector)
        {
            // Without declared channels on both sides: the simulated record has none to give the detector.
            pairEvents.Sort((x, y) => x.Date.CompareTo(y.Date));
            crises = PairCrisisAnalysis.Run(pairEvents, countryA, countryB, DeclaredChannels.None, counted, to, detector, options.Observer)
                .Episodes.Count(e => e.Start >= counted);
        }
        else
        {
            unobserved[Moment.CrisesPerDecade] = "the crisis detector was not run";
        }
        var history = new PairHistory
        {
            Years = years,
            Incidents = incidents.Count,
            CoreChallenges = challenges.Count,
            ChannelYears = channelYears,
            Suspensions = spells.Count,
            SuspensionDays = lifted,
            ShareDistrust = zones[(int)TrustZone.Distrust] / days,
            ShareTrust = zones[(int)TrustZone.Trust] / days,
            Crises = crises,
        };
        return new ObservedRecord(counted, to.Value, history, incidents, challenges, spells, unobserved)
        {
            Observer = options.Observer,
            Rules = rules,
            Crises = options.Crises,
        };
    }

    /// <summary>
    /// A record made from a history known in advance, every moment observed: for checking that calibration recovers
    /// the parameters a simulated history was made with.
    /// </summary>
    public static ObservedRecord Of(PairHistory history, DateOnly from) =>
        new(from, from.AddDays((int)Math.Round(history.Years * DaysPerYear) - 1), history, [], [], [], new Dictionary<Moment, string>());

    /// <summary>Days in a year, for rates per year.</summary>
    public const double DaysPerYear = 365.25;

    // The suspensions of the declared channels of the military kinds that begin in the span, overlapping ones merged
    // into one, and the years the military channel existed in the span (from the first such channel's opening).
    private static (List<SuspensionSpell> Spells, double Years) MilitarySpells(SuspensionRecord? record, IReadOnlyCollection<string> kinds,
        DateOnly from, DateOnly to)
    {
        var channels = record?.Channels.Where(c => kinds.Contains(c.Kind)).ToList() ?? [];
        if (channels.Count == 0)
            return ([], 0);
        var opened = channels.Min(c => c.Opened ?? from);
        var start = opened > from ? opened : from;
        if (start > to)
            return ([], 0);
        var merged = new List<SuspensionSpell>();
        foreach (var spell in channels.SelectMany(c => c.Suspensions).Where(s => s.From >= start && s.From <= to).OrderBy(s => s.From))
        {
            if (merged.Count > 0 && (merged[^1].To is null || spell.From <= merged[^1].To))
            {
                var last = merged[^1];
                merged[^1] = last with { ChannelId = last.ChannelId + "+" + spell.ChannelId, To = last.To is null || spell.To is null ? null : Max(last.To.Value, spell.To.Value) };
            }
            else
            {
                merged.Add(spell);
            }
        }

        return (merged, (to.DayNumber - start.DayNumber + 1) / DaysPerYear);
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    // Runs the observer day by day from the span's first day and counts the days from `counted` on that it puts the
    // pair in each zone: the days before `counted` are read (the filter is causal) and subtracted.
    internal static int[] ZoneDays(IEnumerable<CodedEvent> events, string a, string b, ObserverParameters observer, DateOnly from, DateOnly to,
        DateOnly counted)
    {
        var accumulator = new PairAccumulator(a, b, driversPerPeriod: 0);
        foreach (var e in events)
            accumulator.Add(e);
        var zones = accumulator.ZoneDays(observer, from, to);
        if (counted > from)
        {
            var before = accumulator.ZoneDays(observer, from, counted.AddDays(-1));
            for (var z = 0; z < zones.Length; z++)
                zones[z] -= before[z];
        }

        return zones;
    }
}

/// <summary>How the record is read.</summary>
public sealed record RecordOptions
{
    /// <summary>The observer's parameters for the zone shares. Default: the observer's defaults (tuned for media volume, not hand-coded rows).</summary>
    public ObserverParameters Observer { get; init; } = new();

    /// <summary>Which rows are incidents and challenges.</summary>
    public MilestoneRules Rules { get; init; } = new();

    /// <summary>
    /// Declared channel kinds that make up the simulator's military channel. Default <c>military-exchange</c> (visits,
    /// port calls, exercises: the contacts the simulator's military channel carries).
    /// </summary>
    public IReadOnlyList<string> MilitaryKinds { get; init; } = ["military-exchange"];

    /// <summary>First day read; default the declared file's coverage, else the pair's first event.</summary>
    public DateOnly? From { get; init; }

    /// <summary>Last day read; default the declared file's coverage, else the pair's last event.</summary>
    public DateOnly? To { get; init; }

    /// <summary>
    /// First day the moments count (a held-out stretch): the observer still reads from <see cref="From"/>, so the
    /// zones of the counted days carry the belief built before them. Default: the first day read.
    /// </summary>
    public DateOnly? CountFrom { get; init; }

    /// <summary>
    /// The crisis detector's settings (those of the observer settings chosen for the pair); null leaves the crises
    /// uncounted (<see cref="Moment.CrisesPerDecade"/> unobserved). Default null.
    /// </summary>
    public CrisisDetectorOptions? Crises { get; init; }
}
