using Pendulum.Simulate;

namespace Pendulum.Web.Api.Simulations;

/// <summary>
/// The shipped scenarios: the <c>*.yaml</c> files of one folder (<c>scenarios/</c> beside the program unless
/// <c>Pendulum:Scenarios</c> says otherwise), read once at start. Names are the file names without <c>.yaml</c>; only
/// those names are ever read, so no request reaches another file.
/// </summary>
public sealed class ShippedScenarios
{
    private readonly Dictionary<string, (ScenarioEntry Entry, string Yaml)> _byName;

    public ShippedScenarios(string folder)
    {
        Folder = Path.GetFullPath(folder);
        _byName = (Directory.Exists(Folder) ? Directory.EnumerateFiles(Folder, "*.yaml") : [])
            .Order(StringComparer.Ordinal)
            .Select(path =>
            {
                var scenario = ScenarioLoader.Load(path);
                var name = Path.GetFileNameWithoutExtension(path);
                var description = scenario.Description is { Length: > 0 } d ? d : null;
                return (Name: name, Entry: new ScenarioEntry(name, scenario.Name, description), Yaml: File.ReadAllText(path));
            })
            .ToDictionary(s => s.Name, s => (s.Entry, s.Yaml), StringComparer.Ordinal);
    }

    /// <summary>The folder, as a full path (never shown to clients).</summary>
    public string Folder { get; }

    /// <summary>The scenarios folder beside the program.</summary>
    public static string DefaultFolder => Path.Combine(AppContext.BaseDirectory, "scenarios");

    /// <summary>The base scenarios first (those that extend nothing), then by name.</summary>
    public IReadOnlyList<ScenarioEntry> Scenarios() => _byName.Values
        .OrderBy(s => s.Yaml.Contains("extends:", StringComparison.Ordinal))
        .ThenBy(s => s.Entry.Name, StringComparer.Ordinal)
        .Select(s => s.Entry)
        .ToList();

    public string? Source(string name) => _byName.TryGetValue(name, out var s) ? s.Yaml : null;

    /// <summary>True when <paramref name="fileName"/> is one of the shipped files (what an uploaded scenario may extend).</summary>
    public bool Ships(string fileName) =>
        fileName.EndsWith(".yaml", StringComparison.Ordinal) && _byName.ContainsKey(fileName[..^".yaml".Length]);
}
