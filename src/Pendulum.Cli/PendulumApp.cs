using System.CommandLine;
using Pendulum.Cli.Commands;

namespace Pendulum.Cli;

/// <summary>
/// The <c>pendulum</c> command: builds the command tree, runs it, and turns user errors into the documented exit
/// codes (0 ok, 2 usage, 65 bad data, 74 I/O, 130 cancelled).
/// </summary>
public static class PendulumApp
{
    /// <summary>Exit code when the user pressed Ctrl+C (128 + SIGINT, as shells report it).</summary>
    public const int Cancelled = 130;

    public static RootCommand BuildRoot(TextWriter stdout, TextWriter stderr)
    {
        // Store engines that live outside the core library, reached through --db "scheme://...".
        ClickHouse.ClickHouseEventStore.Register();
        // And file engines too large for the core library, reached through --db FILE.duckdb.
        DuckDB.DuckDbEventStore.Register();
        var context = new CliContext(stdout, stderr, TimeProvider.System);
        var root = new RootCommand("Pendulum: measure and simulate strategic trust between states from political event data.")
        {
            IngestCommand.Create(context),
            EventsCommand.Create(context),
            MeasureCommand.Create(context),
            AggregateCommand.Create(context),
            SourcesCommand.Create(context),
            FetchCommand.Create(context),
            DemoCommand.Create(context),
            SimulateCommand.Create(context),
            CompareCommand.Create(context),
            SweepCommand.Create(context),
            MergeCommand.Create(context),
            GamesCommand.Create(context),
            ChannelsCommand.Create(context),
            CrisesCommand.Create(context),
            CalibrateCommand.Create(context),
            ServeCommand.Create(context),
            ReportCommand.Create(context),
        };
        return root;
    }

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = BuildRoot(stdout, stderr);
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
                await stderr.WriteLineAsync($"pendulum: {error.Message}");
            await stderr.WriteLineAsync("Run 'pendulum --help' (or 'pendulum COMMAND --help') for usage.");
            return ExitCodes.Usage;
        }

        using var cancel = new CancellationTokenSource();
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        try
        {
            var config = new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false };
            return await parsed.InvokeAsync(config, cancel.Token);
        }
        catch (PendulumException e)
        {
            await stderr.WriteLineAsync($"pendulum: {e.Message}");
            return e.ExitCode;
        }
        catch (OperationCanceledException)
        {
            await stderr.WriteLineAsync("pendulum: cancelled");
            return Cancelled;
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }
}
