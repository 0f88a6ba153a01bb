using System.CommandLine;
using Pendulum.Cli.Output;
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
        var analysis = PairCrisisAnalysis.Run(request.Read(), request.A, request.B, request.Declared, args.From, args.To, options);
        if (!analysis.SawEvents)
            request.ReportNoEvents(context.Error);
        TableOutput.Write(args.Format, args.Out, TableSchemas.Crises, context.Out, (f, w) => CrisisOutput.Write(analysis.Episodes, f, w));
        return ExitCodes.Ok;
    }
}
