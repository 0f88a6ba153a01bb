using System.CommandLine;
using System.Globalization;
using Pendulum.Events;
using Pendulum.Observe.Channels;
using Pendulum.Store;

namespace Pendulum.Cli.Commands;

/// <summary>
/// What the pair commands (<c>channels</c>, <c>crises</c>) share: the checked dyad and range, the pair's events read
/// from the store, the declared channels, and the message for a pair without events.
/// </summary>
internal sealed record PairRequest(string A, string B, DateOnly? From, DateOnly? To, string StoreDescription,
    IReadOnlyList<CodedEvent> Events, DeclaredChannels Declared)
{
    /// <summary>
    /// Parses and checks the request and reads the pair's events in [from - <paramref name="historyDays"/>, to]
    /// (history lets a baseline start before the range asked for).
    /// </summary>
    public static PairRequest Read(string dyad, DateOnly? from, DateOnly? to, string? db, string? declaredFile, int historyDays = 0)
    {
        var (a, b) = CommonOptions.ParseDyad(dyad);
        if (from > to)
            throw new UsageException($"--from {from:yyyy-MM-dd} is after --to {to:yyyy-MM-dd}", "--from");
        var declared = declaredFile is null ? DeclaredChannels.None : DeclaredChannelsFile.Load(declaredFile);
        if (!declared.IsFor(a, b))
            throw new UsageException($"{declaredFile} declares channels of {string.Join("-", declared.Pair!)}, not {a}-{b}", "--declared");
        using var store = EventStore.Open(db);
        var events = store.Events(new EventQuery(a, b, from?.AddDays(-historyDays), to)).ToList();
        return new PairRequest(a, b, from, to, store.Description, events, declared);
    }

    /// <summary>True when some event falls inside the range asked for (history aside).</summary>
    public bool HasEventsInRange => Events.Any(e => (From is null || e.Date >= From) && (To is null || e.Date <= To));

    /// <summary>The range asked for, completed by the first and last event's dates; null without events or bounds.</summary>
    public (DateOnly From, DateOnly To)? Range()
    {
        var inRange = Events.Where(e => (From is null || e.Date >= From) && (To is null || e.Date <= To)).ToList();
        if (From is { } f && To is { } t)
            return (f, t);
        if (inRange.Count == 0)
            return null;
        return (From ?? inRange.Min(e => e.Date), To ?? inRange.Max(e => e.Date));
    }

    /// <summary>Says on stderr that the pair has no events in the range searched, naming both.</summary>
    public void ReportNoEvents(TextWriter error)
    {
        var range = From is null && To is null ? "any date" : $"{Day(From) ?? "the start"} .. {Day(To) ?? "the end"}";
        error.WriteLine($"No events between {A} and {B} ({range}) in {StoreDescription}.");
    }

    private static string? Day(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>The options of the pair commands, defined once: <c>--dyad --from --to --declared --format --db</c>.</summary>
internal sealed class PairOptions
{
    public Option<string> Dyad { get; } = new("--dyad") { Description = "Two ISO alpha-3 codes, e.g. USA-CHN; both directions count.", Required = true };

    public Option<DateOnly?> From { get; init; } = CommonOptions.Date("--from", "First day (default: the pair's first event)");

    public Option<DateOnly?> To { get; } = CommonOptions.Date("--to", "Last day (default: the pair's last event)");

    public Option<string?> Declared { get; } = CommonOptions.DeclaredChannels();

    public Option<string> Format { get; } = CommonOptions.OutputFormat();

    public Option<string?> Db { get; } = CommonOptions.Db();

    /// <summary>A command with these options whose action receives their values.</summary>
    public Command Command(string name, string description, Func<PairArguments, int> run)
    {
        var command = new Command(name, description) { Dyad, From, To, Declared, Format, Db };
        command.SetAction(parse => run(new PairArguments(parse.GetValue(Dyad)!, parse.GetValue(From), parse.GetValue(To),
            parse.GetValue(Declared), parse.GetValue(Format)!, parse.GetValue(Db))));
        return command;
    }
}

/// <summary>The values of <see cref="PairOptions"/>.</summary>
internal sealed record PairArguments(string Dyad, DateOnly? From, DateOnly? To, string? Declared, string Format, string? Db);
