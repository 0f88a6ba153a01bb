using System.CommandLine;
using Pendulum.Cli.Output;

namespace Pendulum.Cli.Commands;

/// <summary><c>pendulum crises --dyad A-B</c>: the pair's crisis episodes, with triggers and suspended channels.</summary>
internal static class CrisesCommand
{
    public static Command Create(CliContext context) => new PairOptions().Command("crises",
        "Find crisis episodes between two countries: start, peak, end, severity, trigger events and suspended channels.",
        args => Run(context, args));

    internal static int Run(CliContext context, PairArguments args)
    {
        using var request = PairRequest.Open(args);
        var analysis = request.Analyse();
        if (!analysis.SawEvents)
            request.ReportNoEvents(context.Error);
        TableOutput.Write(args.Format, args.Out, TableSchemas.Crises, context.Out, (f, w) => CrisisOutput.Write(analysis.Crises.Episodes, analysis.Settings, f, w));
        return ExitCodes.Ok;
    }
}
