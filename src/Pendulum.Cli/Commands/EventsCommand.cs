using System.CommandLine;
using Pendulum.Cli.Output;
using Pendulum.Store;

namespace Pendulum.Cli.Commands;

/// <summary><c>pendulum events --dyad A-B</c>: the stored events between two countries, both directions.</summary>
internal static class EventsCommand
{
    public static Command Create(CliContext context)
    {
        var dyad = new Option<string>("--dyad") { Description = "Two ISO alpha-3 codes, e.g. USA-CHN; both directions are listed.", Required = true };
        var from = CommonOptions.Date("--from", "First day included");
        var to = CommonOptions.Date("--to", "Last day included");
        var format = CommonOptions.TableFormat();
        var output = CommonOptions.TableOut();
        var db = CommonOptions.Db();
        var command = new Command("events", "List the stored events between two countries, in date order.") { dyad, from, to, format, output, db };
        command.SetAction(parse => Run(context, parse.GetValue(dyad)!, parse.GetValue(from), parse.GetValue(to),
            parse.GetValue(format)!, parse.GetValue(db), parse.GetValue(output)));
        return command;
    }

    internal static int Run(CliContext context, string dyad, DateOnly? from, DateOnly? to, string format, string? db, string? output = null)
    {
        var (a, b) = CommonOptions.ParseDyad(dyad);
        if (from > to)
            throw new UsageException($"--from {from:yyyy-MM-dd} is after --to {to:yyyy-MM-dd}", "--from");
        using var store = EventStore.Open(db);
        long count = 0;
        TableOutput.Write(format, output, TableSchemas.Events, context.Out,
            (f, w) => count = EventOutput.Write(store.Events(new EventQuery(a, b, from, to)), f, w));
        if (count == 0)
        {
            context.Error.WriteLine($"No events between {a} and {b} ({Display.Range(from, to)}) in {store.Description}.");
        }

        return ExitCodes.Ok;
    }
}
