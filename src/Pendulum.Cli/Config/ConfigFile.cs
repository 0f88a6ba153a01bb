using System.Globalization;
using Pendulum.Internals;
using YamlDotNet.RepresentationModel;

namespace Pendulum.Cli.Config;

/// <summary>
/// Reads a <c>pendulum.yaml</c>: every key optional, <c>db</c> (the store: an SQLite file, a PostgreSQL connection
/// string or a clickhouse:// address), <c>params</c> (an observer parameters file) and <c>threads</c> (a whole
/// number, 1 or more). Paths are read from the file's own folder. An unknown key or a bad value is refused with
/// <c>FILE:LINE: FIELD: reason</c> (exit code 65).
/// </summary>
internal static class ConfigFile
{
    /// <summary>The keys a config file may hold.</summary>
    public static readonly IReadOnlyList<string> Keys = ["db", "params", "threads"];

    public static ConfigSettings Load(string path)
    {
        var node = YamlInput.Load(path);
        if (node is null or YamlScalarNode { Value: null or "" })
            return new ConfigSettings();
        var root = node as YamlMappingNode
            ?? throw new BadDataException("expected a mapping of settings (db, params, threads) to values", path, node.Start.Line);

        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var settings = new ConfigSettings();
        foreach (var (keyNode, valueNode) in root.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            var line = keyNode.Start.Line;
            var value = valueNode as YamlScalarNode
                ?? throw new BadDataException("expected a single value, not a list or a mapping", path, line, key);
            var text = value.Value ?? "";
            settings = key switch
            {
                "db" => settings with { Db = new(StoreLocation(folder, NotEmpty(text, path, line, key)), $"{path}:{line}") },
                "params" => settings with { Params = new(Path.GetFullPath(Path.Combine(folder, NotEmpty(text, path, line, key))), $"{path}:{line}") },
                "threads" => settings with { Threads = new(Threads(text, path, line, key), $"{path}:{line}") },
                _ => throw new BadDataException($"unknown setting; known: {string.Join(", ", Keys)}", path, line, key),
            };
        }

        return settings;
    }

    // A file store is read from the config file's folder; a connection string or an address is taken as it is.
    private static string StoreLocation(string folder, string db) =>
        db.Contains('=', StringComparison.Ordinal) || db.Contains("://", StringComparison.Ordinal) ? db : Path.GetFullPath(Path.Combine(folder, db));

    private static string NotEmpty(string text, string path, long line, string key) =>
        text.Length > 0 ? text : throw new BadDataException("is empty", path, line, key);

    private static int Threads(string text, string path, long line, string key) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var threads) && threads >= 1
            ? threads
            : throw new BadDataException($"'{text}' is not a whole number of threads, 1 or more", path, line, key);
}
