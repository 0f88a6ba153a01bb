using System.CommandLine;
using Pendulum.Cli.Config;

namespace Pendulum.Cli.Commands;

/// <summary><c>pendulum config</c>: the defaults in force (store, observer parameters, threads) and where each comes from.</summary>
internal static class ConfigCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("config",
            "Show the defaults in force and where each comes from: a flag beats PENDULUM_DB, which beats ./pendulum.yaml, then the user's pendulum.yaml.");
        command.SetAction(_ =>
        {
            var settings = CliDefaults.Current;
            Line(context.Out, "db", settings.Db?.Value, settings.Db?.Origin, "pendulum.db in the working folder");
            Line(context.Out, "params", settings.Params?.Value, settings.Params?.Origin, "the built-in observer parameters");
            Line(context.Out, "threads", settings.Threads?.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), settings.Threads?.Origin,
                "one per processor");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Line(TextWriter output, string name, string? value, string? origin, string builtIn) =>
        output.WriteLine(value is null ? $"{name}: {builtIn} (built in)" : $"{name}: {value} (from {origin})");
}
