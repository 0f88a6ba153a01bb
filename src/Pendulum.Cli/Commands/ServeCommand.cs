using System.CommandLine;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using Pendulum.Web;

namespace Pendulum.Cli.Commands;

/// <summary><c>pendulum serve</c>: the dashboard and its JSON API over a store, on this machine unless told otherwise.</summary>
internal static class ServeCommand
{
    /// <summary>The port when none is given.</summary>
    public const int DefaultPort = 5080;

    public static Command Create(CliContext context)
    {
        var db = CommonOptions.Db();
        var host = new Option<string>("--host")
        {
            Description = "Address to listen on: 127.0.0.1 (the default) serves this machine only; 0.0.0.0 serves every network it is on.",
            DefaultValueFactory = _ => "127.0.0.1",
        };
        var port = new Option<int>("--port") { Description = $"Port to listen on (0 picks a free one). Default {DefaultPort}.", DefaultValueFactory = _ => DefaultPort };
        var parameters = CommonOptions.ObserverParams("Observer parameters file (YAML or JSON) for every measurement served.");
        var declared = new Option<string[]>("--declared")
        {
            Description = "Declared-channels files for the channel and crisis panels (default: the shipped data/us-china/channels.yaml); a pair uses the first that names it.",
            AllowMultipleArgumentsPerToken = true,
        };
        var command = new Command("serve", "Serve the dashboard (timelines, channels, crises, the matrix, scenario runs) and its JSON API, and print the address to open.")
        {
            db, host, port, parameters, declared,
        };
        command.SetAction((parse, cancel) => Run(context, parse.GetValue(db), parse.GetValue(host)!, parse.GetValue(port), parse.GetValue(parameters),
            cancel, parse.GetValue(declared)));
        return command;
    }

    internal static async Task<int> Run(CliContext context, string? db, string host, int port, string? parameters, CancellationToken cancel,
        string[]? declared = null)
    {
        if (port is < 0 or > 65535)
            throw new UsageException($"{port} is not a port (0..65535)", "--port");
        var ip = IPAddress.TryParse(host, out var parsed) ? parsed : null;
        var loopback = host == "localhost" || (ip is not null && IPAddress.IsLoopback(ip));
        if (!loopback && ip is null)
            throw new UsageException($"'{host}' is not an IP address (or localhost)", "--host");
        var url = $"http://{(ip?.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? $"[{host}]" : host)}:{port}";

        await using var app = PendulumWeb.Build([], builder =>
        {
            builder.WebHost.UseUrls(url);
            builder.Configuration[PendulumWeb.DbKey] = db;
            builder.Configuration[PendulumWeb.ParamsKey] = parameters;
            builder.Configuration[PendulumWeb.DeclaredKey] = string.Join(';', DeclaredFiles(declared));
            // Results on stdout are the address; the server's own messages go to stderr, warnings and worse only.
            builder.Logging.ClearProviders();
            builder.Logging.AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
        });
        try
        {
            await app.StartAsync(cancel);
        }
        catch (IOException e)
        {
            throw new InputOutputException($"cannot listen: {e.Message}", url, e);
        }

        var address = app.Urls.FirstOrDefault() ?? url;
        await context.Out.WriteLineAsync($"Pendulum dashboard: {address}/");
        await context.Error.WriteLineAsync(loopback
            ? "Serving this machine only. Press Ctrl+C to stop."
            : "Listening beyond this machine: anyone who can reach it can read the store. Press Ctrl+C to stop.");
        try
        {
            await Task.Delay(Timeout.Infinite, cancel);
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C is how a server is meant to stop.
        }

        await app.StopAsync(CancellationToken.None);
        return ExitCodes.Ok;
    }

    // The shipped declarations by default, when they are beside the program; a named file must exist.
    private static IEnumerable<string> DeclaredFiles(string[]? declared)
    {
        if (declared is null || declared.Length == 0)
        {
            var shipped = Path.Combine(CalibrateCommand.RecordFolder, "channels.yaml");
            return File.Exists(shipped) ? [shipped] : [];
        }

        foreach (var file in declared.Where(f => !File.Exists(f)))
            throw new InputOutputException("no such file", file);
        return declared.Select(Path.GetFullPath);
    }
}
