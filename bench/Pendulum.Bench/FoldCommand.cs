using System.Diagnostics;
using System.Globalization;
using Pendulum.Belief;
using Pendulum.Events;
using Pendulum.Internals;
using Pendulum.Observe;

namespace Pendulum.Bench;

/// <summary>
/// <c>fold</c>: how fast the observer's hot paths run from memory: the belief filter's step, and the series fold
/// (events into per-day tallies, then the daily belief walk and monthly periods). Events are made first, seeded, and
/// are not part of the timing.
/// </summary>
internal static class FoldCommand
{
    public const string Usage = "usage: Pendulum.Bench fold [--events N (default 5000000)] [--repeat R (default 5)] [--seed S (default 1)]";

    public static int Run(string[] args, TextWriter output)
    {
        var events = 5_000_000;
        var repeat = 5;
        ulong seed = 1;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--events": events = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--repeat": repeat = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--seed": seed = ulong.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                default: output.WriteLine(Usage); return 2;
            }
        }

        var stream = MakeEvents(events, seed);
        var parameters = new ObserverParameters();
        var belief = parameters.Belief;
        var evidence = MakeEvidence(events, seed);

        var filterRates = new List<double>();
        var foldRates = new List<double>();
        double sink = 0;
        for (var r = 0; r < repeat + 1; r++)
        {
            var clock = Stopwatch.StartNew();
            var mu = 0.5;
            foreach (var e in evidence)
                mu = BeliefFilter.Step(mu, e, belief);
            sink += mu;
            var filterSeconds = clock.Elapsed.TotalSeconds;

            clock.Restart();
            var accumulator = new PairAccumulator("USA", "CHN", parameters.DriversPerPeriod);
            foreach (var e in stream)
                accumulator.Add(e);
            var measurement = accumulator.Measure(Frequency.Month, parameters);
            sink += measurement.Periods[^1].Position;
            var foldSeconds = clock.Elapsed.TotalSeconds;
            if (r == 0)
                continue; // warm-up: JIT tiers, caches
            filterRates.Add(events / filterSeconds);
            foldRates.Add(events / foldSeconds);
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"belief filter steps: {Median(filterRates) / 1e6:0.0} M/s (median of {repeat}), one thread"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"series fold (events -> daily tallies -> monthly beliefs and drivers): {Median(foldRates) / 1e6:0.0} M events/s (median of {repeat}), one thread, {events:N0} events over {stream[^1].Date.DayNumber - stream[0].Date.DayNumber + 1:N0} days"));
        return sink == double.MaxValue ? 1 : 0;
    }

    // Daily evidence for the belief filter: log-likelihood ratios uniform in [-0.1, 0.1).
    internal static double[] MakeEvidence(int count, ulong seed)
    {
        var random = new RandomStream(seed);
        var evidence = new double[count];
        for (var i = 0; i < evidence.Length; i++)
            evidence[i] = (random.NextDouble() - 0.5) * 0.2;
        return evidence;
    }

    // A USA-CHN stream: ten years, a Zipf-ish daily volume, the four QuadClasses in GDELT-like shares.
    internal static CodedEvent[] MakeEvents(int count, ulong seed)
    {
        var random = new RandomStream(seed);
        var first = new DateOnly(2008, 1, 1);
        var events = new CodedEvent[count];
        var usa = new EventActor("USA", "UNITED STATES", "USA", "GOV");
        var chn = new EventActor("CHN", "CHINA", "CHN", "GOV");
        string[] codes = ["042", "061", "112", "190"];
        double[] goldstein = [1.9, 6.4, -2.0, -10.0];
        for (var i = 0; i < count; i++)
        {
            var q = random.NextDouble() switch { < 0.6 => 0, < 0.75 => 1, < 0.93 => 2, _ => 3 };
            var ab = random.Chance(0.5);
            events[i] = new CodedEvent
            {
                Dataset = "bench",
                EventId = i.ToString(CultureInfo.InvariantCulture),
                Date = first.AddDays((int)((long)i * 3650 / count)),
                Source = ab ? usa : chn,
                Target = ab ? chn : usa,
                CameoCode = codes[q],
                QuadClass = (QuadClass)(q + 1),
                Goldstein = goldstein[q],
                Mentions = 1 + random.NextInt(20),
            };
        }

        return events;
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        return values[values.Count / 2];
    }
}
