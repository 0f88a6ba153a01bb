using System.Globalization;
using Pendulum.Channels;
using Pendulum.Internals;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Pendulum.Observe.Channels;

/// <summary>
/// Reads a declared-channels file (YAML; schema in docs/channels.md, the one of <c>data/us-china/channels.yaml</c>):
/// optional <c>pair</c> and <c>coverage</c>, and a <c>channels</c> list (or a list at the top) of
/// <c>{id, name, kind, opened, closed, source, note, suspensions: [{from, to, reason, source, note}]}</c>. Dates are
/// <c>YYYY-MM-DD</c>, or <c>YYYY-MM</c> / <c>YYYY</c> when the sources give no day: a reduced date stands for its whole
/// month or year, so a start (<c>opened</c>, <c>from</c>) reads as its first day and an end (<c>closed</c>, <c>to</c>)
/// as its last, as docs/us-china.md specifies.
/// Errors name the file, line and field (<c>channels.yaml:7: kind: ...</c>).
/// </summary>
public static class DeclaredChannelsFile
{
    private static readonly string[] TopKeys = ["pair", "coverage", "channels", "source", "note", "notes"];
    private static readonly string[] ChannelKeys = ["id", "name", "kind", "opened", "closed", "source", "note", "notes", "suspensions"];
    private static readonly string[] SuspensionKeys = ["from", "to", "reason", "source", "note", "notes"];
    private static readonly string[] CoverageKeys = ["from", "to"];

    /// <summary>Reads the file at <paramref name="path"/>.</summary>
    public static DeclaredChannels Load(string path) => Parse(YamlInput.ReadText(path), path);

    /// <summary>Parses declared channels from YAML text; <paramref name="file"/> names it in errors.</summary>
    public static DeclaredChannels Parse(string text, string file)
    {
        var root = YamlInput.Parse(text, file) ?? throw new BadDataException("the file is empty; expected a 'channels' list", file, 1);
        IReadOnlyList<string>? pair = null;
        (DateOnly? From, DateOnly? To) coverage = (null, null);
        YamlSequenceNode list;
        switch (root)
        {
            case YamlSequenceNode sequence:
                list = sequence;
                break;
            case YamlMappingNode mapping:
                CheckKeys(file, mapping, TopKeys);
                pair = ReadPair(file, mapping);
                coverage = ReadCoverage(file, mapping);
                list = Child(mapping, "channels") switch
                {
                    YamlSequenceNode sequence => sequence,
                    { } other => throw Bad(file, other, "channels", "must be a list of channels"),
                    null => throw Bad(file, root, "channels", "the file has no 'channels' list"),
                };
                break;
            default:
                throw Bad(file, root, "channels", "the file has no 'channels' list");
        }

        var channels = new List<DeclaredChannel>();
        foreach (var node in list.Children)
        {
            var channel = ReadChannel(file, node);
            if (channels.FirstOrDefault(c => c.Id.Equals(channel.Id, StringComparison.OrdinalIgnoreCase)) is { } twin)
                throw Bad(file, node, "id", $"'{channel.Id}' is declared twice (first at {twin.DeclaredAt})");
            channels.Add(channel);
        }

        return new DeclaredChannels(pair, channels) { CoverageFrom = coverage.From, CoverageTo = coverage.To };
    }

    private static (DateOnly? From, DateOnly? To) ReadCoverage(string file, YamlMappingNode map)
    {
        if (Child(map, "coverage") is not { } node || IsNull(node))
            return (null, null);
        var coverage = Mapping(file, node, "coverage", "must be a mapping {from, to}");
        CheckKeys(file, coverage, CoverageKeys);
        var (from, to) = (OptionalDate(file, coverage, "from"), OptionalDate(file, coverage, "to", end: true));
        if (to < from)
            throw Bad(file, Child(coverage, "to")!, "to", $"{to:yyyy-MM-dd} is before from {from:yyyy-MM-dd}");
        return (from, to);
    }

    private static IReadOnlyList<string>? ReadPair(string file, YamlMappingNode map)
    {
        if (Child(map, "pair") is not { } node || IsNull(node))
            return null;
        var codes = node switch
        {
            YamlSequenceNode sequence => sequence.Children.Select(c => (c as YamlScalarNode)?.Value ?? "").ToList(),
            YamlScalarNode scalar => (scalar.Value ?? "").Split('-', StringSplitOptions.TrimEntries).ToList(),
            _ => [],
        };
        if (codes.Count != 2 || codes.Any(c => c.Length != 3))
            throw Bad(file, node, "pair", "must be two ISO alpha-3 codes, [USA, CHN] or USA-CHN");
        return codes.Select(c => c.ToUpperInvariant()).ToList();
    }

    private static DeclaredChannel ReadChannel(string file, YamlNode node)
    {
        var map = Mapping(file, node, "channels", "each channel must be a mapping with a name and a kind");
        CheckKeys(file, map, ChannelKeys);
        var name = OptionalText(file, map, "name");
        var id = OptionalText(file, map, "id") ?? name ?? throw Bad(file, node, "name", "is required (or an id)");
        var kindText = RequiredText(file, map, "kind");
        if (!ChannelKinds.TryParse(kindText, out var kind))
            throw Bad(file, Child(map, "kind")!, "kind", $"'{kindText}' is not a channel kind; known: {ChannelKinds.RegistryNames}");
        var opened = OptionalDate(file, map, "opened");
        var closed = OptionalDate(file, map, "closed", end: true);
        if (closed < opened)
            throw Bad(file, Child(map, "closed")!, "closed", $"{closed:yyyy-MM-dd} is before opened {opened:yyyy-MM-dd}");
        var suspensions = new List<DeclaredSuspension>();
        if (Child(map, "suspensions") is { } listNode && !IsNull(listNode))
        {
            if (listNode is not YamlSequenceNode list)
                throw Bad(file, listNode, "suspensions", "must be a list of {from, to, reason, source}");
            foreach (var item in list.Children)
                suspensions.Add(ReadSuspension(file, item, suspensions));
        }

        return new DeclaredChannel(id, name ?? id, kind, opened, closed, suspensions)
        {
            Source = OptionalText(file, map, "source"),
            DeclaredAt = $"{Path.GetFileName(file)}:{node.Start.Line}",
            KindAsWritten = kindText,
        };
    }

    private static DeclaredSuspension ReadSuspension(string file, YamlNode node, List<DeclaredSuspension> earlier)
    {
        var map = Mapping(file, node, "suspensions", "each suspension must be a mapping with at least 'from'");
        CheckKeys(file, map, SuspensionKeys);
        var from = OptionalDate(file, map, "from") ?? throw Bad(file, node, "from", "is required");
        var to = OptionalDate(file, map, "to", end: true);
        if (to < from)
            throw Bad(file, Child(map, "to")!, "to", $"{to:yyyy-MM-dd} is before from {from:yyyy-MM-dd}");
        foreach (var other in earlier)
        {
            if (from < (other.To ?? DateOnly.MaxValue) && other.From < (to ?? DateOnly.MaxValue))
                throw Bad(file, node, "from", $"overlaps the suspension from {other.From:yyyy-MM-dd}");
        }

        return new DeclaredSuspension(from, to, OptionalText(file, map, "reason"), OptionalText(file, map, "source"));
    }

    private static YamlMappingNode Mapping(string file, YamlNode node, string field, string reason) =>
        node as YamlMappingNode ?? throw Bad(file, node, field, reason);

    private static void CheckKeys(string file, YamlMappingNode map, string[] known)
    {
        foreach (var key in map.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (!known.Contains(name))
                throw Bad(file, key, name, $"unknown field; known: {string.Join(", ", known)}");
        }
    }

    private static YamlNode? Child(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    private static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain, Value: null or "" or "~" or "null" };

    private static string? OptionalText(string file, YamlMappingNode map, string key)
    {
        if (Child(map, key) is not { } node || IsNull(node))
            return null;
        if (node is not YamlScalarNode scalar)
            throw Bad(file, node, key, "must be text");
        return string.IsNullOrWhiteSpace(scalar.Value) ? null : scalar.Value.Trim();
    }

    private static string RequiredText(string file, YamlMappingNode map, string key) =>
        OptionalText(file, map, key) ?? throw Bad(file, map, key, "is required");

    /// <summary>A full date, or a month or year standing for its first day (its last when <paramref name="end"/>).</summary>
    private static DateOnly? OptionalDate(string file, YamlMappingNode map, string key, bool end = false)
    {
        var text = OptionalText(file, map, key);
        if (text is null)
            return null;
        var formats = new (string Format, Func<DateOnly, DateOnly> Last)[]
        {
            ("yyyy-MM-dd", d => d), ("yyyy-MM", d => d.AddMonths(1).AddDays(-1)), ("yyyy", d => d.AddYears(1).AddDays(-1)),
        };
        foreach (var (format, last) in formats)
        {
            if (DateOnly.TryParseExact(text, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                return end ? last(date) : date;
        }

        throw Bad(file, Child(map, key)!, key, $"'{text}' is not a date; write YYYY-MM-DD (or YYYY-MM, YYYY)");
    }

    private static BadDataException Bad(string file, YamlNode node, string field, string reason) =>
        new(reason, file, node.Start.Line, field);
}
