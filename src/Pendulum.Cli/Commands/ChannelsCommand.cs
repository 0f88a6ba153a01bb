using System.CommandLine;
using Pendulum.Cli.Output;

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
        var analysis = request.Analyse();
        if (!analysis.SawEvents)
            request.ReportNoEvents(context.Error);
        TableOutput.Write(args.Format, args.Out, TableSchemas.Channels, context.Out, (f, w) => ChannelOutput.Write(analysis.Channels, analysis.Settings, f, w));
        return ExitCodes.Ok;
    }
}
