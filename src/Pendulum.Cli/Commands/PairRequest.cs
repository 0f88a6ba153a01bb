using System.CommandLine;
using Pendulum.Events;
using Pendulum.Observe.Channels;
using Pendulum.Store;

namespace Pendulum.Cli.Commands;

/// <summary>
/// What the pair commands (<c>channels</c>, <c>crises</c>) share: the checked dyad and range, the open store, the
/// declared channels, a streaming read of the pair's events that notes the dates it saw, and the message for a pair
/// without events.
/// </summary>
internal sealed class PairRequest : IDisposable
{
    private readonly IEventStore _store;
    private readonly int _historyDays;

    private PairRequest(string a, string b, PairArguments args, DeclaredChannels declared, IEventStore store, int historyDays)
    {
        (A, B, From, To, Declared, _store, _historyDays) = (a, b, args.From, args.To, declared, store, historyDays);
    }

    public string A { get; }

    public string B { get; }

    public DateOnly? From { get; }

    public DateOnly? To { get; }

    public DeclaredChannels Declared { get; }

    /// <summary>Earliest and latest event dates seen by <see cref="Read"/>, history included.</summary>
    public (DateOnly First, DateOnly Last)? Seen { get; private set; }

    /// <summary>True once <see cref="Read"/> has seen an event inside the range asked for (history aside).</summary>
    public bool SawEventsInRange { get; private set; }

    /// <summary>
    /// Checks the request and opens the store. <paramref name="historyDays"/> before <c>--from</c> are read too, so a
    /// baseline can start before the range asked for.
    /// </summary>
    public static PairRequest Open(PairArguments args, int historyDays = 0)
    {
        var (a, b) = CommonOptions.ParseDyad(args.Dyad);
        if (args.From > args.To)
            throw new UsageException($"--from {args.From:yyyy-MM-dd} is after --to {args.To:yyyy-MM-dd}", "--from");
        var declared = args.Declared is null ? DeclaredChannels.None : DeclaredChannelsFile.Load(args.Declared);
        if (!declared.IsFor(a, b))
            throw new UsageException($"{args.Declared} declares channels of {string.Join("-", declared.Pair!)}, not {a}-{b}", "--declared");
        return new PairRequest(a, b, args, declared, EventStore.Open(args.Db), historyDays);
    }

    /// <summary>The pair's events, both directions, by date, streamed from the store; notes what it saw.</summary>
    public IEnumerable<CodedEvent> Read()
    {
        foreach (var e in _store.Events(new EventQuery(A, B, From?.AddDays(-_historyDays), To)))
        {
            Seen = Seen is { } s ? (e.Date < s.First ? e.Date : s.First, e.Date > s.Last ? e.Date : s.Last) : (e.Date, e.Date);
            SawEventsInRange |= From is null || e.Date >= From;
            yield return e;
        }
    }

    /// <summary>The range asked for, completed by the first and last dates seen; null without both.</summary>
    public (DateOnly From, DateOnly To)? Range(int historyDays = 0) =>
        (From?.AddDays(-historyDays) ?? Seen?.First, To ?? Seen?.Last) is ({ } f, { } t) ? (f, t) : null;

    /// <summary>Says on stderr that the pair has no events in the range searched, naming both.</summary>
    public void ReportNoEvents(TextWriter error)
    {
        error.WriteLine($"No events between {A} and {B} ({Output.Display.Range(From, To)}) in {_store.Description}.");
    }

    public void Dispose() => _store.Dispose();

}

/// <summary>The options of the pair commands, defined once: <c>--dyad --from --to --declared --format --out --db</c>.</summary>
internal sealed class PairOptions
{
    public Option<string> Dyad { get; } = new("--dyad") { Description = "Two ISO alpha-3 codes, e.g. USA-CHN; both directions count.", Required = true };

    public Option<DateOnly?> From { get; init; } = CommonOptions.Date("--from", "First day (default: the pair's first event)");

    public Option<DateOnly?> To { get; } = CommonOptions.Date("--to", "Last day (default: the pair's last event)");

    public Option<string?> Declared { get; } = CommonOptions.DeclaredChannels();

    public Option<string> Format { get; } = CommonOptions.TableFormat();

    public Option<string?> Out { get; } = CommonOptions.TableOut();

    public Option<string?> Db { get; } = CommonOptions.Db();

    /// <summary>A command with these options whose action receives their values.</summary>
    public Command Command(string name, string description, Func<PairArguments, int> run)
    {
        var command = new Command(name, description) { Dyad, From, To, Declared, Format, Out, Db };
        command.SetAction(parse => run(new PairArguments(parse.GetValue(Dyad)!, parse.GetValue(From), parse.GetValue(To),
            parse.GetValue(Declared), parse.GetValue(Format)!, parse.GetValue(Db), parse.GetValue(Out))));
        return command;
    }
}

/// <summary>The values of <see cref="PairOptions"/>.</summary>
internal sealed record PairArguments(string Dyad, DateOnly? From, DateOnly? To, string? Declared, string Format, string? Db, string? Out = null);
