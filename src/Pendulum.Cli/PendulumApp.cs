using System.CommandLine;
using Pendulum.Cli.Commands;
using Pendulum.Cli.Config;

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
            AuditCommand.Create(context),
            SensitivityCommand.Create(context),
            RecoverCommand.Create(context),
            SweepCommand.Create(context),
            MergeCommand.Create(context),
            GamesCommand.Create(context),
            ChannelsCommand.Create(context),
            CrisesCommand.Create(context),
            CalibrateCommand.Create(context),
            ServeCommand.Create(context),
            ReportCommand.Create(context),
            ConfigCommand.Create(context),
            CompletionCommand.Create(context),
        };
        // Help and usage name the command as users type it (the tool's command), not the assembly.
        root.HelpName = "pendulum";
        return root;
    }

    public static Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr) =>
        RunAsync(args, stdout, stderr, CliEnvironment.Process);

    /// <summary>Runs with the defaults (PENDULUM_DB, pendulum.yaml) of <paramref name="environment"/>; tests give their own.</summary>
    internal static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CliEnvironment environment)
    {
        CliDefaults.Use(environment);
        var root = BuildRoot(stdout, stderr);
        ParseResult parsed;
        try
        {
            parsed = root.Parse(args);
        }
        catch (PendulumException e)
        {
            // Option defaults read PENDULUM_DB and pendulum.yaml while parsing: a bad config file stops here.
            await stderr.WriteLineAsync($"pendulum: {e.Message}");
            return e.ExitCode;
        }

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
