using System.CommandLine;
using Pendulum.Cli.Output;
using Pendulum.Observe.Channels;

namespace Pendulum.Cli.Commands;

/// <summary><c>pendulum channels --dyad A-B</c>: each channel's status over time (active, dormant, suspended, resumed).</summary>
internal static class ChannelsCommand
{
    public static Command Create(CliContext context) => new PairOptions().Command("channels",
        "Show each channel between two countries over time: active, dormant, suspended, resumed, and the events behind each change.",
        args => Run(context, args));

    internal static int Run(CliContext context, PairArguments args)
    {
        using var request = PairRequest.Open(args);
        var tracker = new ChannelTracker(request.Declared);
        foreach (var e in request.Read())
            tracker.Add(e);
        if (!request.SawEventsInRange)
            request.ReportNoEvents(context.Error);
        var timelines = request.Range() is { } range ? tracker.Timelines(range.From, range.To) : [];
        TableOutput.Write(args.Format, args.Out, TableSchemas.Channels, context.Out, (f, w) => ChannelOutput.Write(timelines, f, w));
        return ExitCodes.Ok;
    }
}
