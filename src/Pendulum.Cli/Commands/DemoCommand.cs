using System.CommandLine;
using Pendulum.Cli.Output;
using Pendulum.Events.Readers;
using Pendulum.Store;

namespace Pendulum.Cli.Commands;

/// <summary>
/// <c>pendulum demo</c>: the first thing a newcomer runs. Today it ingests the bundled real GDELT and ICEWS samples
/// into the store and lists the USA-CHN events; the observer and simulator will extend it.
/// </summary>
internal static class DemoCommand
{
    /// <summary>Where the bundled samples sit beside the program (copied there by the build from <c>data/samples</c>).</summary>
    public static string SamplesFolder => Path.Combine(AppContext.BaseDirectory, "data", "samples");

    public static Command Create(CliContext context)
    {
        var db = CommonOptions.Db();
        var command = new Command("demo", "Ingest the bundled GDELT and ICEWS samples and show the USA-CHN events they hold.") { db };
        command.SetAction((parse, cancel) => RunAsync(context, parse.GetValue(db), cancel));
        return command;
    }

    internal static async Task<int> RunAsync(CliContext context, string? db, CancellationToken cancel)
    {
        if (!Directory.Exists(SamplesFolder))
            throw new InputOutputException("the bundled samples are missing from the build output", SamplesFolder);
        var samples = Directory.EnumerateFiles(SamplesFolder, "*", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToArray();
        await context.Out.WriteLineAsync("Pendulum demo: 1. ingest the bundled real event samples");
        await IngestCommand.RunAsync(context,
            new IngestCommand.IngestArguments(samples, db, EventFormat.Auto, null, false, null), cancel);
        await context.Out.WriteLineAsync();
        await context.Out.WriteLineAsync("2. USA-CHN events in the store, both directions:");
        using var store = EventStore.Open(db);
        var count = EventOutput.Write(store.Events(new EventQuery("USA", "CHN")), "table", context.Out);
        await context.Out.WriteLineAsync($"{count} USA-CHN events. Next: pendulum events --dyad USA-CHN --format csv > usa-chn.csv");
        return ExitCodes.Ok;
    }
}
