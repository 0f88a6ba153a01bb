using System.Globalization;
using Pendulum.Events;
using Pendulum.Events.Readers;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Pendulum.Tests.Data;

/// <summary>
/// The shipped reference dataset of <c>data/us-china</c> (copied next to the test assembly), read once per run with
/// the product's own strict reader and a typed YAML model of <c>channels.yaml</c>.
/// </summary>
internal static class UsChinaDataset
{
    /// <summary>The values <c>channel</c> may take, as documented in docs/us-china.md.</summary>
    public static readonly string[] ChannelVocabulary =
    [
        "leader-summit", "leader-call", "strategic-dialogue", "economic-dialogue", "military-exchange",
        "defense-talks", "hotline", "people-to-people", "transparency", "multilateral",
    ];

    private static readonly Lazy<(List<CodedEvent> Events, ReadReport Report)> LazyEvents = new(ReadEvents);
    private static readonly Lazy<ChannelFile> LazyChannels = new(ReadChannels);

    public static string EventsPath => Path.Combine(AppContext.BaseDirectory, "data", "us-china", "events.csv");

    public static string ChannelsPath => Path.Combine(AppContext.BaseDirectory, "data", "us-china", "channels.yaml");

    public static List<CodedEvent> Events => LazyEvents.Value.Events;

    /// <summary>First days of the episodes tagged <c>crisis</c> in <paramref name="events"/>: rows within 30 days of each other are one episode.</summary>
    public static List<DateOnly> CrisisStarts(IEnumerable<CodedEvent> events)
    {
        var starts = new List<DateOnly>();
        DateOnly? last = null;
        foreach (var day in events.Where(e => e.Tags.Contains("crisis")).Select(e => e.Date).Order())
        {
            if (last is null || day.DayNumber - last.Value.DayNumber > 30)
                starts.Add(day);
            last = day;
        }

        return starts;
    }

    public static ReadReport Report => LazyEvents.Value.Report;

    public static ChannelFile Channels => LazyChannels.Value;

    private static (List<CodedEvent>, ReadReport) ReadEvents()
    {
        // Strict (the default): the first bad row would throw with FILE:LINE: FIELD.
        using var reader = EventFile.Open(EventsPath, EventFormat.Pendulum, new EventReaderOptions());
        var events = reader.ReadEvents().ToList();
        return (events, reader.Report);
    }

    private static ChannelFile ReadChannels()
    {
        // No IgnoreUnmatchedProperties: a misspelt key is an error, not silently dropped data.
        var deserializer = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build();
        return deserializer.Deserialize<ChannelFile>(File.ReadAllText(ChannelsPath));
    }
}

/// <summary>The root of <c>channels.yaml</c>.</summary>
public sealed class ChannelFile
{
    public List<string> Pair { get; set; } = [];

    public Coverage Coverage { get; set; } = new();

    public List<DeclaredChannel> Channels { get; set; } = [];
}

public sealed class Coverage
{
    public string From { get; set; } = "";

    public string To { get; set; } = "";
}

public sealed class DeclaredChannel
{
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    public string Kind { get; set; } = "";

    public string Opened { get; set; } = "";

    public string? Closed { get; set; }

    public string Source { get; set; } = "";

    public string? Note { get; set; }

    public List<DeclaredSuspension> Suspensions { get; set; } = [];
}

public sealed class DeclaredSuspension
{
    public string From { get; set; } = "";

    public string? To { get; set; }

    public string Reason { get; set; } = "";

    public string Source { get; set; } = "";
}

/// <summary>An ISO 8601 date of full or reduced precision (<c>YYYY-MM-DD</c>, <c>YYYY-MM</c>, <c>YYYY</c>) as a span of days.</summary>
internal readonly record struct DayRange(DateOnly First, DateOnly Last)
{
    public static DayRange Parse(string text) => text.Length switch
    {
        10 => Day(DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture)),
        7 => Month(DateOnly.ParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture)),
        4 => Year(int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture)),
        _ => throw new FormatException($"'{text}' is not YYYY-MM-DD, YYYY-MM or YYYY"),
    };

    public bool Contains(DateOnly day) => First <= day && day <= Last;

    private static DayRange Day(DateOnly day) => new(day, day);

    private static DayRange Month(DateOnly first) => new(first, first.AddMonths(1).AddDays(-1));

    private static DayRange Year(int year) => new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
}
