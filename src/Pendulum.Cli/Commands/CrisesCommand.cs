using System.CommandLine;
using Pendulum.Cli.Output;
using Pendulum.Observe;
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
        var observer = new ObserverParameters { DriversPerPeriod = 0 };
        using var request = PairRequest.Open(args, historyDays: options.BaselineWindowDays);
        var beliefs = new PairAccumulator(request.A, request.B, observer.DriversPerPeriod);
        var inputs = new CrisisInputBuilder(options);
        var tracker = new ChannelTracker(request.Declared);
        foreach (var e in request.Read())
        {
            beliefs.Add(e);
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
            var days = inputs.Build(DailyPairBelief(beliefs.Measure(Frequency.Day, observer, first, last)), first, last);
            episodes = CrisisDetector.Detect(days, options, tracker.Timelines(first, last)).Episodes
                .Where(e => (args.From is null || e.End >= args.From) && (args.To is null || e.Start <= args.To))
                .ToList();
        }

        CrisisOutput.Write(episodes, args.Format, context.Out);
        return ExitCodes.Ok;
    }

    /// <summary>The pair's belief on each day of a daily measurement, as the crisis detector reads it.</summary>
    private static Func<DateOnly, double> DailyPairBelief(PairMeasurement daily)
    {
        var first = daily.Periods[0].Period;
        return date =>
        {
            var day = daily.Periods[date.DayNumber - first.DayNumber];
            return CrisisInputDay.PairBelief(day.MuAb, day.MuBa);
        };
    }
}
