using System.Text.Json;
using Pendulum.Cli.Commands;

namespace Pendulum.Cli.Tests;

public sealed class ServeCommandTests
{
    [Fact]
    public async Task Serve_FreePort_PrintsALoopbackAddressThatServesTheStoreUntilCancelled()
    {
        using var scratch = new Scratch();
        await Cli.RunAsync("ingest", Cli.Fixture("icews/events.2018.sample.tab"), "--db", scratch["p.db"]);
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var stop = new CancellationTokenSource();

        var serving = ServeCommand.Run(new CliContext(TextWriter.Synchronized(output), TextWriter.Synchronized(error), TimeProvider.System),
            scratch["p.db"], "127.0.0.1", 0, null, stop.Token);
        var address = await AddressPrinted(output, serving);
        using var client = new HttpClient();
        using var pairs = JsonDocument.Parse(await client.GetStringAsync(new Uri(address + "api/pairs")));
        await stop.CancelAsync();
        var exit = await serving;

        Assert.StartsWith("http://127.0.0.1:", address, StringComparison.Ordinal);
        Assert.Contains(pairs.RootElement.EnumerateArray(), p => p.GetProperty("pair").GetString() == "CHN-USA");
        Assert.Contains("this machine only", error.ToString(), StringComparison.Ordinal);
        Assert.Equal(0, exit);
    }

    [Fact]
    public async Task Serve_MissingStore_ExitsSeventyFourWithoutCreatingIt()
    {
        using var scratch = new Scratch();

        var (exit, _, error) = await Cli.RunAsync("serve", "--db", scratch["none.db"], "--port", "0");

        Assert.Equal(74, exit);
        Assert.Contains("no store here", error, StringComparison.Ordinal);
        Assert.False(File.Exists(scratch["none.db"]));
    }

    [Theory]
    [InlineData("--host", "example.org")]
    [InlineData("--port", "70000")]
    public async Task Serve_BadAddress_ExitsTwoNamingTheOption(string option, string value)
    {
        var (exit, _, error) = await Cli.RunAsync("serve", option, value);

        Assert.Equal(2, exit);
        Assert.Contains(option, error, StringComparison.Ordinal);
    }

    // The server starts on a thread of its own: wait for its line (bounded; no duration is asserted).
    private static async Task<string> AddressPrinted(StringWriter output, Task<int> serving)
    {
        for (var i = 0; i < 1000 && !serving.IsCompleted; i++)
        {
            var line = output.ToString();
            var start = line.IndexOf("http://", StringComparison.Ordinal);
            if (start >= 0 && line.EndsWith('\n'))
                return line[start..].Trim();
            await Task.Delay(10);
        }

        Assert.Fail($"serve printed no address (exit {(serving.IsCompleted ? await serving : -1)})");
        return "";
    }
}
