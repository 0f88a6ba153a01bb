using System.Diagnostics;
using Pendulum.Cli.Config;

namespace Pendulum.Cli.Tests;

/// <summary>
/// Defaults without repeating flags: the order of precedence (flag, PENDULUM_DB, ./pendulum.yaml, the user's
/// pendulum.yaml, built in), each setting taken from the first place that gives it, and a bad config file refused with
/// FILE:LINE: FIELD: reason. Each test has its own working and user config folders and its own environment.
/// </summary>
public sealed class ConfigTests : IDisposable
{
    private readonly Scratch _scratch = new();
    private readonly Dictionary<string, string> _variables = [];

    public ConfigTests()
    {
        Directory.CreateDirectory(Work);
        Directory.CreateDirectory(User);
    }

    private string Work => _scratch["work"];

    private string User => _scratch["user"];

    public void Dispose() => _scratch.Dispose();

    [Fact]
    public async Task Config_EachPlace_TakesPrecedenceInTheDocumentedOrder()
    {
        // Given nothing set: the built-in default
        Assert.Contains("db: pendulum.db in the working folder (built in)", (await Run("config")).Out, StringComparison.Ordinal);

        // the user's file
        await File.WriteAllTextAsync(Path.Combine(User, "pendulum.yaml"), "db: user.db\nthreads: 3\n");
        Assert.Contains($"db: {Path.Combine(User, "user.db")} (from {Path.Combine(User, "pendulum.yaml")}:1)", (await Run("config")).Out, StringComparison.Ordinal);

        // beaten by the working folder's, setting by setting (threads still from the user's)
        await File.WriteAllTextAsync(Path.Combine(Work, "pendulum.yaml"), "# project defaults\ndb: work.db\n");
        var both = (await Run("config")).Out;
        Assert.Contains($"db: {Path.Combine(Work, "work.db")} (from {Path.Combine(Work, "pendulum.yaml")}:2)", both, StringComparison.Ordinal);
        Assert.Contains($"threads: 3 (from {Path.Combine(User, "pendulum.yaml")}:2)", both, StringComparison.Ordinal);

        // beaten by PENDULUM_DB
        _variables["PENDULUM_DB"] = _scratch["env.db"];
        Assert.Contains($"db: {_scratch["env.db"]} (from PENDULUM_DB)", (await Run("config")).Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_DbFromConfigOrEnvironment_WritesThatStoreUnlessTheFlagSaysOtherwise()
    {
        var events = Path.Combine(AppContext.BaseDirectory, "data", "us-china", "events.csv");
        await File.WriteAllTextAsync(Path.Combine(Work, "pendulum.yaml"), "db: from-config.db\n");

        var fromConfig = await Run("ingest", events);
        _variables["PENDULUM_DB"] = _scratch["from-env.db"];
        var fromEnvironment = await Run("ingest", events);
        var fromFlag = await Run("ingest", events, "--db", _scratch["from-flag.db"]);

        Assert.True(fromConfig.Exit == 0 && fromEnvironment.Exit == 0 && fromFlag.Exit == 0, fromConfig.Error + fromEnvironment.Error + fromFlag.Error);
        Assert.True(File.Exists(Path.Combine(Work, "from-config.db")));
        Assert.True(File.Exists(_scratch["from-env.db"]));
        Assert.True(File.Exists(_scratch["from-flag.db"]));
    }

    [Fact]
    public async Task Measure_ParamsFromConfig_AreTheParametersMeasuredWith()
    {
        var store = _scratch["record.db"];
        await Run("ingest", Path.Combine(AppContext.BaseDirectory, "data", "us-china", "events.csv"), "--db", store);
        var shipped = Path.Combine(AppContext.BaseDirectory, "data", "us-china", "observer.yaml");
        string[] measure = ["measure", "--dyad", "USA-CHN", "--freq", "year", "--format", "json", "--db", store];
        var withFlag = await Run([.. measure, "--params", shipped]);
        var builtIn = await Run(measure);

        File.Copy(shipped, Path.Combine(Work, "observer.yaml"));
        await File.WriteAllTextAsync(Path.Combine(Work, "pendulum.yaml"), "params: observer.yaml\n");
        var fromConfig = await Run(measure);

        Assert.Equal(withFlag.Out, fromConfig.Out);
        Assert.NotEqual(builtIn.Out, fromConfig.Out);
    }

    [Theory]
    [InlineData("db: a.db\nthreads: lots\n", ":2: threads: 'lots' is not a whole number of threads, 1 or more")]
    [InlineData("db: a.db\n\nstore: b.db\n", ":3: store: unknown setting; known: db, params, threads")]
    [InlineData("threads: 0\n", ":1: threads: '0' is not a whole number of threads, 1 or more")]
    [InlineData("db:\n  - a.db\n", ":1: db: expected a single value, not a list or a mapping")]
    [InlineData("db: [a.db\n", ":2: not valid YAML")]
    public async Task AnyCommand_BadConfigFile_Exits65WithFileLineFieldAndReason(string yaml, string expected)
    {
        var file = Path.Combine(Work, "pendulum.yaml");
        await File.WriteAllTextAsync(file, yaml);

        var result = await Run("sources");

        Assert.Equal(65, result.Exit);
        Assert.StartsWith($"pendulum: {file}{expected}", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Completion_Bash_CompletesEveryCommandAndTheValuesOfAnOption()
    {
        var script = (await Run("completion", "bash")).Out;
        var root = PendulumApp.BuildRoot(TextWriter.Null, TextWriter.Null);

        foreach (var command in root.Subcommands)
        {
            Assert.Contains($"\"pendulum {command.Name}\") words=", script, StringComparison.Ordinal);
            foreach (var option in command.Options)
                Assert.Contains(option.Name, script, StringComparison.Ordinal);
        }

        Assert.Equal("measure", await Complete(script, "pendulum", "mea"));
        Assert.Equal("csv json parquet table", await Complete(script, "pendulum", "measure", "--format", ""));
        Assert.Equal("--a", await Complete(script, "pendulum", "games", "match", "--a"));
    }

    [Theory]
    [InlineData("zsh", "bashcompinit")]
    [InlineData("fish", "complete -c pendulum -n '__fish_seen_subcommand_from games; and __fish_seen_subcommand_from match' -l noise")]
    public async Task Completion_OtherShells_PrintTheirScript(string shell, string expected)
    {
        var result = await Run("completion", shell);

        Assert.Equal(0, result.Exit);
        Assert.Contains(expected, result.Out, StringComparison.Ordinal);
    }

    private Task<(int Exit, string Out, string Error)> Run(params string[] args) => RunIn(args);

    private async Task<(int Exit, string Out, string Error)> RunIn(string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        // Relative paths given on the command line are the test's own (absolute); the config files are found in Work and User.
        var environment = new CliEnvironment(Work, User, name => _variables.GetValueOrDefault(name));
        var exit = await PendulumApp.RunAsync(args, output, error, environment);
        return (exit, output.ToString(), error.ToString());
    }

    // Runs the script's completion function in bash for the words typed, the last being completed.
    private static async Task<string> Complete(string script, params string[] words)
    {
        var info = new ProcessStartInfo("bash") { RedirectStandardInput = true, RedirectStandardOutput = true, UseShellExecute = false };
        using var bash = Process.Start(info)!;
        var typed = string.Join(' ', words.Select(w => $"'{w}'"));
        await bash.StandardInput.WriteAsync(script + $"\nCOMP_WORDS=({typed}); COMP_CWORD={words.Length - 1}; _pendulum; echo \"${{COMPREPLY[*]}}\"\n");
        bash.StandardInput.Close();
        var output = await bash.StandardOutput.ReadToEndAsync();
        await bash.WaitForExitAsync();
        return output.Trim();
    }
}
