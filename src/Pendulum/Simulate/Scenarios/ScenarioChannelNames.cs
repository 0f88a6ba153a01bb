using Pendulum.Channels;
using YamlDotNet.RepresentationModel;

namespace Pendulum.Simulate;

/// <summary>
/// Channel kinds have one spelling (<see cref="ChannelKinds.Name"/>: <c>military-exchange</c>, <c>people-to-people</c>);
/// scenario files and overrides written with an older one (<c>military</c>, <c>people_to_people</c>) are renamed here,
/// file by file before an <c>extends:</c> chain merges, so <c>military</c> in a base and <c>military-exchange</c> in a
/// variant are one channel, and <c>--set pairs.USA-CHN.channels.military.present=false</c> reaches it too.
/// </summary>
internal static class ScenarioChannelNames
{
    /// <summary>Renames the keys of every <c>pairs.PAIR.channels</c> mapping of one file to the kinds' names.</summary>
    public static void Normalise(YamlMappingNode root, string file)
    {
        if (!root.Children.TryGetValue(new YamlScalarNode("pairs"), out var pairs) || pairs is not YamlMappingNode pairMap)
            return;
        foreach (var (pairKey, pair) in pairMap.Children)
        {
            if (pair is not YamlMappingNode p || !p.Children.TryGetValue(new YamlScalarNode("channels"), out var node)
                || node is not YamlMappingNode channels)
                continue;
            var entries = channels.Children.ToList();
            channels.Children.Clear();
            foreach (var (key, value) in entries)
            {
                // The key node keeps its place in the file, so errors still name the line it was written on.
                if (key is YamlScalarNode { Value: { } name } scalar && ChannelKinds.TryParseSimulated(name, out var kind))
                    scalar.Value = kind.Name();
                if (channels.Children.ContainsKey(key))
                    throw new BadDataException($"names the channel '{((YamlScalarNode)key).Value}' twice (once in an older spelling)",
                        file, key.Start.Line, $"pairs.{pairKey}.channels.{((YamlScalarNode)key).Value}");
                channels.Children.Add(key, value);
            }
        }
    }

    /// <summary>
    /// The segment of an override path with a channel kind's older spelling replaced by its name, when the segment
    /// is the key under <c>pairs.PAIR.channels</c>; any other segment as it is.
    /// </summary>
    public static string Segment(string[] segments, int index) =>
        index == 3 && segments[0] == "pairs" && segments[2] == "channels" && ChannelKinds.TryParseSimulated(segments[3], out var kind)
            ? kind.Name()
            : segments[index];
}
