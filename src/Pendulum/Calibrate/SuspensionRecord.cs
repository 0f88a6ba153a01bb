using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Pendulum.Calibrate;

/// <summary>
/// The part of a declared-channels file (<c>data/us-china/channels.yaml</c>, schema in docs/us-china.md) that
/// calibration needs: the pair, the coverage, and each channel's kind, life and suspensions. Other keys are passed
/// over (the dataset's own tests hold the file to its schema). A date of reduced precision (<c>YYYY-MM</c>,
/// <c>YYYY</c>) is read as the middle of its month or year, the least-biased guess for a length measured from it.
/// </summary>
/// <param name="Pair">The two countries, when the file names them.</param>
/// <param name="From">First day the record covers, when stated.</param>
/// <param name="To">Last day the record covers, when stated.</param>
/// <param name="Channels">The declared channels, in file order.</param>
public sealed record SuspensionRecord(IReadOnlyList<string>? Pair, DateOnly? From, DateOnly? To, IReadOnlyList<RecordedChannel> Channels)
{
    public static SuspensionRecord Load(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputOutputException(e is FileNotFoundException or DirectoryNotFoundException ? "no such file" : e.Message, path, e);
        }

        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            throw new BadDataException($"not valid YAML: {e.InnerException?.Message ?? e.Message}", path, e.Start.Line, null, e);
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
            throw new BadDataException("expected a mapping with a 'channels' list", path, 1);
        var pair = Child(root, "pair") is YamlSequenceNode p ? p.Children.Select(c => Text(path, c, "pair")).ToList() : null;
        var coverage = Child(root, "coverage") as YamlMappingNode;
        if (Child(root, "channels") is not YamlSequenceNode list)
            throw new BadDataException("the file has no 'channels' list", path, root.Start.Line, "channels");
        var channels = list.Children.Select(node => ReadChannel(path, node)).ToList();
        return new SuspensionRecord(pair, coverage is null ? null : Date(path, coverage, "coverage.from"),
            coverage is null ? null : Date(path, coverage, "coverage.to"), channels);
    }

    /// <summary>True when the file names no pair or names (<paramref name="a"/>, <paramref name="b"/>) in either order.</summary>
    public bool IsFor(string a, string b) => Pair is null || (Pair.Count == 2 && Pair.Contains(a) && Pair.Contains(b) && a != b);

    private static RecordedChannel ReadChannel(string path, YamlNode node)
    {
        if (node is not YamlMappingNode map)
            throw new BadDataException("each channel must be a mapping", path, node.Start.Line, "channels");
        var id = Child(map, "id") is { } idNode ? Text(path, idNode, "id") : $"line {node.Start.Line}";
        var kind = Child(map, "kind") is { } kindNode ? Text(path, kindNode, "kind") : throw new BadDataException("is required", path, node.Start.Line, "kind");
        var spells = new List<SuspensionSpell>();
        if (Child(map, "suspensions") is YamlSequenceNode suspensions)
        {
            foreach (var item in suspensions.Children.OfType<YamlMappingNode>())
            {
                var from = Date(path, item, "from") ?? throw new BadDataException("is required", path, item.Start.Line, "suspensions.from");
                var to = Date(path, item, "to");
                if (to < from)
                    throw new BadDataException($"{to:yyyy-MM-dd} is before from {from:yyyy-MM-dd}", path, item.Start.Line, "suspensions.to");
                spells.Add(new SuspensionSpell(id, from, to));
            }
        }

        return new RecordedChannel(id, kind, Date(path, map, "opened"), Date(path, map, "closed"), spells);
    }

    private static YamlNode? Child(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    private static string Text(string path, YamlNode node, string field) =>
        node is YamlScalarNode { Value: { Length: > 0 } text } ? text.Trim() : throw new BadDataException("must be a single value", path, node.Start.Line, field);

    /// <summary>A full date, or the middle of a month (the 15th) or of a year (2 July).</summary>
    private static DateOnly? Date(string path, YamlMappingNode map, string field)
    {
        var key = field[(field.LastIndexOf('.') + 1)..];
        if (Child(map, key) is not { } node || node is YamlScalarNode { Value: null or "" or "~" or "null" })
            return null;
        var text = Text(path, node, field);
        var culture = CultureInfo.InvariantCulture;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", culture, DateTimeStyles.None, out var day))
            return day;
        if (DateOnly.TryParseExact(text, "yyyy-MM", culture, DateTimeStyles.None, out var month))
            return month.AddDays(14);
        if (DateOnly.TryParseExact(text, "yyyy", culture, DateTimeStyles.None, out var year))
            return year.AddDays(182);
        throw new BadDataException($"'{text}' is not a date; write YYYY-MM-DD (or YYYY-MM, YYYY)", path, node.Start.Line, field);
    }
}

/// <summary>A declared channel: its id, kind (the dataset's vocabulary, e.g. <c>military-exchange</c>), life and suspensions.</summary>
public sealed record RecordedChannel(string Id, string Kind, DateOnly? Opened, DateOnly? Closed, IReadOnlyList<SuspensionSpell> Suspensions);

/// <summary>One suspension of a declared channel: from its first day to the first day of renewed activity (null while it lasts).</summary>
public sealed record SuspensionSpell(string ChannelId, DateOnly From, DateOnly? To)
{
    /// <summary>Length of a lifted suspension. Unit: days. Null while it lasts.</summary>
    public double? Days => To is { } to ? to.DayNumber - From.DayNumber : null;
}
