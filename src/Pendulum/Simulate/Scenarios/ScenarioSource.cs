using System.Runtime.CompilerServices;
using Pendulum.Internals;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Pendulum.Simulate;

/// <summary>
/// A scenario's YAML tree before binding: the file read, its <c>extends:</c> chain merged in, command-line
/// overrides applied. It remembers which file (and line) each node came from, so every error can name them.
/// </summary>
internal sealed class ScenarioSource
{
    private const int MaxExtendsDepth = 8;

    // Nodes are keyed by identity: YamlDotNet's nodes compare by value, and two equal scalars in two files are not one place.
    private readonly ConditionalWeakTable<YamlNode, string> _files = new();
    private readonly ConditionalWeakTable<YamlNode, object> _synthetic = new();

    private ScenarioSource(string file) => File = file;

    /// <summary>The file the user named.</summary>
    public string File { get; }

    public YamlMappingNode Root { get; private set; } = new();

    /// <summary>Reads <paramref name="path"/> and the files it extends.</summary>
    public static ScenarioSource Load(string path)
    {
        var source = new ScenarioSource(path);
        source.Root = source.LoadMerged(path, 0, []);
        return source;
    }

    /// <summary>Reads YAML text as if it were the file <paramref name="file"/> (<c>extends:</c> resolves beside it).</summary>
    public static ScenarioSource Parse(string yaml, string file)
    {
        var source = new ScenarioSource(file);
        source.Root = source.Merge(source.ParseRoot(yaml, file), file, 0, [Path.GetFullPath(file)]);
        return source;
    }

    public string FileOf(YamlNode node) => _files.TryGetValue(node, out var file) ? file : File;

    /// <summary>The 1-based line of a node, or null for a node made from a command-line override.</summary>
    public long? LineOf(YamlNode node) => _synthetic.TryGetValue(node, out _) ? null : node.Start.Line;

    /// <summary>
    /// Sets the scalar at a dotted path (<c>pairs.USA-CHN.incidents.rate_per_year</c>; a number indexes a list), making
    /// the mappings on the way. Errors name <paramref name="origin"/> (e.g. <c>--vary</c>) as the file.
    /// </summary>
    public void Override(string path, string value, string origin)
    {
        var segments = path.Split('.');
        if (segments.Any(s => s.Length == 0))
            throw new UsageException($"'{path}' is not a path: write keys joined by dots, e.g. incidents.rate_per_year", origin);
        YamlNode node = Root;
        for (var i = 0; i < segments.Length; i++)
        {
            var last = i == segments.Length - 1;
            var segment = ScenarioChannelNames.Segment(segments, i);
            YamlNode next;
            switch (node)
            {
                case YamlMappingNode map:
                    var key = new YamlScalarNode(segment);
                    if (last || !map.Children.TryGetValue(key, out next!) || next is YamlScalarNode)
                    {
                        next = last ? new YamlScalarNode(value) : new YamlMappingNode();
                        Mark(next, origin);
                        if (!map.Children.ContainsKey(key))
                            Mark(key, origin);
                        map.Children[key] = next;
                    }

                    break;
                case YamlSequenceNode list when int.TryParse(segment, out var index) && index >= 0 && index < list.Children.Count:
                    next = list.Children[index];
                    if (last)
                    {
                        next = new YamlScalarNode(value);
                        Mark(next, origin);
                        list.Children[index] = next;
                    }

                    break;
                default:
                    throw new UsageException($"'{string.Join('.', segments[..(i + 1)])}' does not lead into the scenario (no such list item or mapping)", origin);
            }

            node = next;
        }
    }

    private void Mark(YamlNode node, string origin)
    {
        _files.AddOrUpdate(node, origin);
        _synthetic.AddOrUpdate(node, origin);
    }

    private YamlMappingNode LoadMerged(string path, int depth, List<string> chain)
    {
        var text = YamlInput.ReadText(path);
        chain.Add(Path.GetFullPath(path));
        return Merge(ParseRoot(text, path), path, depth, chain);
    }

    private YamlMappingNode ParseRoot(string yaml, string file)
    {
        if (YamlInput.Parse(yaml, file) is not YamlMappingNode root)
            throw new BadDataException("a scenario is one YAML mapping (keys such as states:, pairs:)", file, 1);
        foreach (var node in root.AllNodes)
            _files.AddOrUpdate(node, file);
        return root;
    }

    // Applies `extends: BASE.yaml`: the base is read (recursively), then this file's keys are laid over it.
    private YamlMappingNode Merge(YamlMappingNode root, string file, int depth, List<string> chain)
    {
        ScenarioChannelNames.Normalise(root, file);
        var extendsKey = new YamlScalarNode("extends");
        if (!root.Children.TryGetValue(extendsKey, out var extendsNode))
            return root;
        if (extendsNode is not YamlScalarNode { Value: { Length: > 0 } baseName })
            throw new BadDataException("must name a scenario file", file, extendsNode.Start.Line, "extends");
        var basePath = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(file))!, baseName);
        if (chain.Contains(Path.GetFullPath(basePath)) || depth >= MaxExtendsDepth)
            throw new BadDataException($"'{baseName}' is already in the extends chain (a loop)", file, extendsNode.Start.Line, "extends");
        if (!System.IO.File.Exists(basePath))
            throw new BadDataException($"no such file '{basePath}'", file, extendsNode.Start.Line, "extends");
        var baseRoot = LoadMerged(basePath, depth + 1, chain);
        root.Children.Remove(extendsKey);
        LayOver(baseRoot, root);
        return baseRoot;
    }

    // Mappings merge key by key; anything else replaces; a null value (~) removes the key.
    private static void LayOver(YamlMappingNode target, YamlMappingNode overlay)
    {
        foreach (var (key, value) in overlay.Children)
        {
            if (IsNull(value))
                target.Children.Remove(key);
            else if (value is YamlMappingNode map && target.Children.TryGetValue(key, out var existing) && existing is YamlMappingNode targetMap)
                LayOver(targetMap, map);
            else
                target.Children[key] = value;
        }
    }

    public static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any } scalar
        && scalar.Value is null or "" or "~" or "null" or "Null" or "NULL";
}
