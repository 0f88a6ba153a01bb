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
        var request = PairRequest.Read(args.Dyad, args.From, args.To, args.Db, args.Declared);
        if (!request.HasEventsInRange)
            request.ReportNoEvents(context.Error);
        var timelines = request.Range() is { } range
            ? ChannelTracker.Track(request.Events, range.From, range.To, request.Declared)
            : [];
        ChannelOutput.Write(timelines, args.Format, context.Out);
        return ExitCodes.Ok;
    }
}
