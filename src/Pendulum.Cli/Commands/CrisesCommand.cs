using System.CommandLine;
using Pendulum.Belief;
using Pendulum.Cli.Output;
using Pendulum.Events;
using Pendulum.Observe.Channels;
using Pendulum.Observe.Crises;

namespace Pendulum.Cli.Commands;

/// <summary><c>pendulum crises --dyad A-B</c>: the pair's crisis episodes, with triggers and suspended channels.</summary>
internal static class CrisesCommand
{
    public static Command Create(CliContext context)
    {
        var options = new PairOptions
        {
            From = CommonOptions.Date("--from", "First day (default: the pair's first event); the year before it is read as the baseline"),
        };
        return options.Command("crises",
            "Find crisis episodes between two countries: start, peak, end, severity, trigger events and suspended channels.",
            args => Run(context, args));
    }

    internal static int Run(CliContext context, PairArguments args)
    {
        var options = new CrisisDetectorOptions();
        using var request = PairRequest.Open(args, historyDays: options.BaselineWindowDays);
        var inputs = new CrisisInputBuilder(options);
        var tracker = new ChannelTracker(request.Declared);
        foreach (var e in request.Read())
        {
            inputs.Add(e);
            tracker.Add(e);
        }

        IReadOnlyList<CrisisEpisode> episodes = [];
        if (!request.SawEventsInRange || request.Range(options.BaselineWindowDays) is not { } range)
        {
            request.ReportNoEvents(context.Error);
        }
        else
        {
            var (first, last) = range;
            var days = inputs.Build(DailyPairBelief(request.Read(), request.A, first, last), first, last);
            episodes = CrisisDetector.Detect(days, options, tracker.Timelines(first, last)).Episodes
                .Where(e => (args.From is null || e.End >= args.From) && (args.To is null || e.Start <= args.To))
                .ToList();
        }

        CrisisOutput.Write(episodes, args.Format, context.Out);
        return ExitCodes.Ok;
    }

    /// <summary>
    /// The pair's belief on each day of [<paramref name="first"/>, <paramref name="last"/>], as the crisis detector
    /// reads it (<see cref="CrisisInputDay.PairBelief"/> of the two directions). Each direction runs the shared
    /// <see cref="BeliefFilter"/> from its prior, one step a day, with docs/model.md section 3's evidence
    /// <c>E_t = sum_q k_q (g_q / 10) (1 - exp(-n_q / n0))</c>: <c>n_q</c> events of QuadClass q from one side to the
    /// other that day, <c>g_q</c> their mention-weighted mean Goldstein value, with that section's defaults
    /// (<c>k</c> = 0.05, 0.4, 0.1, 0.6 nats per day for QuadClass 1-4; <c>n0</c> = 5 events per day). Pendulum's
    /// observer computes the same daily beliefs for <c>pendulum measure</c>; this one function is where the crises
    /// command takes them from.
    /// </summary>
    internal static Func<DateOnly, double> DailyPairBelief(IEnumerable<CodedEvent> events, string a, DateOnly first, DateOnly last)
    {
        double[] weights = [0.05, 0.4, 0.1, 0.6];
        const double saturation = 5;
        var length = last.DayNumber - first.DayNumber + 1;
        // [day, direction (0 = a->b), quad]: event count, mentions, mention-weighted Goldstein
        var sums = new (int Count, long Mentions, double Weighted)[length, 2, 4];
        foreach (var e in events)
        {
            var day = e.Date.DayNumber - first.DayNumber;
            if (day < 0 || day >= length)
                continue;
            ref var s = ref sums[day, e.Source.Country == a ? 0 : 1, (int)e.QuadClass - 1];
            var w = Math.Max(e.Mentions, 1);
            s = (s.Count + 1, s.Mentions + w, s.Weighted + w * e.Goldstein);
        }

        var parameters = new BeliefParameters();
        var mu = new double[length];
        var (ab, ba) = (parameters.Prior, parameters.Prior);
        for (var day = 0; day < length; day++)
        {
            ab = BeliefFilter.Step(ab, Evidence(day, 0), parameters);
            ba = BeliefFilter.Step(ba, Evidence(day, 1), parameters);
            mu[day] = CrisisInputDay.PairBelief(ab, ba);
        }

        return date => mu[date.DayNumber - first.DayNumber];

        double Evidence(int day, int direction)
        {
            double evidence = 0;
            for (var q = 0; q < 4; q++)
            {
                var s = sums[day, direction, q];
                if (s.Count > 0)
                    evidence += weights[q] * (s.Weighted / s.Mentions / 10) * (1 - Math.Exp(-s.Count / saturation));
            }

            return evidence;
        }
    }
}
