using System.CommandLine;
using Pendulum.Observe;
using Pendulum.Observe.Channels;
using Pendulum.Observe.Pairs;
using Pendulum.Store;

namespace Pendulum.Cli.Commands;

/// <summary>
/// What the pair commands (<c>channels</c>, <c>crises</c>) share: the checked window, the declared channels, the
/// store, one <see cref="PairAnalysis"/> of the pair, and the message for a pair without events.
/// </summary>
internal sealed class PairRequest : IDisposable
{
    private readonly IEventStore _store;

    private PairRequest(PairWindow window, DeclaredChannels declared, string? parameters, IEventStore store) =>
        (Window, Declared, Parameters, _store) = (window, declared, parameters, store);

    public PairWindow Window { get; }

    public DeclaredChannels Declared { get; }

    /// <summary>The <c>--params</c> file, if one was given.</summary>
    public string? Parameters { get; }

    /// <summary>Checks the request and opens the store.</summary>
    public static PairRequest Open(PairArguments args)
    {
        var (a, b) = CommonOptions.ParseDyad(args.Dyad);
        var window = new PairWindow(a, b, args.From, args.To).Validate();
        var declared = LoadDeclared(args.Declared, a, b);
        return new PairRequest(window, declared, args.Parameters, EventStore.Open(args.Db));
    }

    /// <summary>The declared channels of a file, checked to be about the pair; none without a file.</summary>
    public static DeclaredChannels LoadDeclared(string? path, string a, string b)
    {
        var declared = path is null ? DeclaredChannels.None : DeclaredChannelsFile.Load(path);
        if (!declared.IsFor(a, b))
            throw new UsageException($"{path} declares channels of {string.Join("-", declared.Pair!)}, not {a}-{b}", "--declared");
        return declared;
    }

    /// <summary>The pair's crises and channels, read with the settings chosen for it (or <c>--params</c>).</summary>
    public PairAnalysis Analyse(CancellationToken cancellationToken = default) => PairAnalysis.Run(PairSource.FromStore(_store), Window,
        new PairAnalysisOptions { Declared = Declared, ParametersFile = Parameters }, cancellationToken);

    /// <summary>Says on stderr that the pair has no events in the range searched, naming both.</summary>
    public void ReportNoEvents(TextWriter error) => ReportNoEvents(error, Window, _store.Description);

    /// <summary>Says on stderr that the pair has no events in the window, naming both and where they were looked for.</summary>
    public static void ReportNoEvents(TextWriter error, PairWindow window, string where) =>
        error.WriteLine($"No events between {window.CountryA} and {window.CountryB} ({Output.Display.Range(window.From, window.To)}) in {where}.");

    /// <summary>
    /// Says on stderr that the pair was read from period aggregates: the period is the step (and which period that
    /// is, when another was asked for), and counts give no drivers, crises or channels.
    /// </summary>
    public static void ReportPeriodAggregates(TextWriter error, PairWindow window, Observe.Frequency period, Observe.Frequency asked) =>
        error.WriteLine($"{window.Pair} is read from period aggregates: one step per {period.Name()}"
            + (period == asked ? "" : $" (not per {asked.Name()}: the period is the step)")
            + "; counts carry no events, so no drivers, crises or channels.");

    public void Dispose() => _store.Dispose();
}

/// <summary>The options of the pair commands, defined once: <c>--dyad --from --to --declared --params --format --out --db</c>.</summary>
internal sealed class PairOptions
{
    public Option<string> Dyad { get; } = new("--dyad") { Description = "Two ISO alpha-3 codes, e.g. USA-CHN; both directions count.", Required = true };

    public Option<DateOnly?> From { get; } = CommonOptions.Date("--from",
        "First day shown (default: the pair's first event); the pair's earlier history is still read");

    public Option<DateOnly?> To { get; } = CommonOptions.Date("--to", "Last day (default: the pair's last event)");

    public Option<string?> Declared { get; } = CommonOptions.DeclaredChannels();

    public Option<string?> Parameters { get; } = CommonOptions.Parameters();

    public Option<string> Format { get; } = CommonOptions.TableFormat();

    public Option<string?> Out { get; } = CommonOptions.TableOut();

    public Option<string?> Db { get; } = CommonOptions.Db();

    /// <summary>A command with these options whose action receives their values.</summary>
    public Command Command(string name, string description, Func<PairArguments, int> run)
    {
        var command = new Command(name, description) { Dyad, From, To, Declared, Parameters, Format, Out, Db };
        command.SetAction(parse => run(new PairArguments(parse.GetValue(Dyad)!, parse.GetValue(From), parse.GetValue(To),
            parse.GetValue(Declared), parse.GetValue(Format)!, parse.GetValue(Db), parse.GetValue(Out), parse.GetValue(Parameters))));
        return command;
    }
}

/// <summary>The values of <see cref="PairOptions"/>.</summary>
internal sealed record PairArguments(string Dyad, DateOnly? From, DateOnly? To, string? Declared, string Format, string? Db, string? Out = null,
    string? Parameters = null);
