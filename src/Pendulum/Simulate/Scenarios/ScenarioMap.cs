using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace Pendulum.Simulate;

/// <summary>
/// Reads one YAML mapping of a scenario into typed values, checking each against its range, and fails with
/// <c>FILE:LINE: FIELD: reason</c> (FIELD is the dotted path). <see cref="Done"/> rejects keys nobody asked for, so a
/// misspelt parameter never silently falls back to its default.
/// </summary>
internal sealed class ScenarioMap
{
    private readonly ScenarioSource _source;
    private readonly Dictionary<string, (YamlNode Key, YamlNode Value)> _entries = new(StringComparer.Ordinal);
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    public ScenarioMap(ScenarioSource source, YamlNode node, string path)
    {
        _source = source;
        Node = node;
        Path = path;
        if (ScenarioSource.IsNull(node))
            return; // `key:` with nothing after it reads as an empty mapping: all defaults.
        if (node is not YamlMappingNode map)
            throw Error(node, path, "must be a mapping of keys to values");
        foreach (var (key, value) in map.Children)
        {
            var name = key is YamlScalarNode { Value: { } k } ? k : throw Error(key, path, "keys must be plain names");
            if (!_entries.TryAdd(name, (key, value)))
                throw Error(key, Join(path, name), "appears twice");
        }
    }

    public YamlNode Node { get; }

    public string Path { get; }

    public IEnumerable<string> Keys => _entries.Keys;

    public bool Has(string key) => _entries.ContainsKey(key);

    public BadDataException Error(YamlNode node, string field, string reason) =>
        new(reason, _source.FileOf(node), _source.LineOf(node), field.Length == 0 ? null : field);

    /// <summary>An error about the value of <paramref name="key"/> (or about the whole mapping when the key is absent).</summary>
    public BadDataException ErrorAt(string key, string reason) =>
        _entries.TryGetValue(key, out var entry) ? Error(entry.Value, Join(Path, key), reason) : Error(Node, Join(Path, key), reason);

    public double Double(string key, double fallback, ValueRange range)
    {
        if (!TryScalar(key, out var text, out var node))
            return fallback;
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
            throw Error(node, Join(Path, key), $"'{text}' is not a number");
        if (!range.Contains(value))
            throw Error(node, Join(Path, key), $"{text} is out of range: must be {range.Text}");
        return value;
    }

    public int Int(string key, int fallback, int min, int max)
    {
        if (!TryScalar(key, out var text, out var node))
            return fallback;
        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
            throw Error(node, Join(Path, key), $"'{text}' is not a whole number");
        if (value < min || value > max)
            throw Error(node, Join(Path, key), $"{text} is out of range: must be from {min} to {max}");
        return value;
    }

    public bool Bool(string key, bool fallback)
    {
        if (!TryScalar(key, out var text, out var node))
            return fallback;
        return text switch
        {
            "true" or "True" or "yes" => true,
            "false" or "False" or "no" => false,
            _ => throw Error(node, Join(Path, key), $"'{text}' is not true or false"),
        };
    }

    public string String(string key, string fallback) => TryScalar(key, out var text, out _) ? text : fallback;

    public DateOnly? Date(string key)
    {
        if (!TryScalar(key, out var text, out var node))
            return null;
        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            throw Error(node, Join(Path, key), $"'{text}' is not a date (YYYY-MM-DD)");
        return date;
    }

    /// <summary>A value that must be one of <paramref name="choices"/>.</summary>
    public string Choice(string key, string fallback, IReadOnlyCollection<string> choices)
    {
        var value = String(key, fallback);
        if (!choices.Contains(value))
            throw ErrorAt(key, $"'{value}' is not one of: {string.Join(", ", choices)}");
        return value;
    }

    public ScenarioMap? Map(string key) =>
        _entries.TryGetValue(key, out var entry) && MarkRead(key) ? new ScenarioMap(_source, entry.Value, Join(Path, key)) : null;

    /// <summary>The items of a list, each with its path (<c>interventions.0</c>); empty when the key is absent.</summary>
    public IEnumerable<(YamlNode Node, string Path)> List(string key)
    {
        if (!_entries.TryGetValue(key, out var entry) || !MarkRead(key))
            return [];
        if (entry.Value is not YamlSequenceNode list)
            throw Error(entry.Value, Join(Path, key), "must be a list");
        return list.Children.Select((node, i) => (node, Join(Path, key) + "." + i.ToString(CultureInfo.InvariantCulture)));
    }

    public ScenarioMap MapAt(YamlNode node, string path) => new(_source, node, path);

    /// <summary>The text of a scalar list item.</summary>
    public string ScalarAt(YamlNode node, string path) =>
        node is YamlScalarNode { Value: { } text } ? text : throw Error(node, path, "must be a single value");

    /// <summary>Fails on the first key that was never read: unknown to the format, most likely misspelt.</summary>
    public void Done()
    {
        foreach (var (name, entry) in _entries)
        {
            if (!_read.Contains(name))
                throw Error(entry.Key, Join(Path, name), $"unknown field; known here: {string.Join(", ", _read.Order(StringComparer.Ordinal))}");
        }
    }

    /// <summary>Marks keys as known without reading them (read elsewhere, or ignored on purpose).</summary>
    public void Accept(params string[] keys)
    {
        foreach (var key in keys)
            _read.Add(key);
    }

    private bool TryScalar(string key, out string text, out YamlNode node)
    {
        _read.Add(key);
        text = "";
        node = Node;
        if (!_entries.TryGetValue(key, out var entry))
            return false;
        node = entry.Value;
        if (ScenarioSource.IsNull(node))
            return false;
        if (node is not YamlScalarNode { Value: { } value })
            throw Error(node, Join(Path, key), "must be a single value, not a list or mapping");
        text = value;
        return true;
    }

    private bool MarkRead(string key) => _read.Add(key) || true;

    private static string Join(string path, string key) => path.Length == 0 ? key : path + "." + key;
}
