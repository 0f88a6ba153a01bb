using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace Pendulum.Simulate;

/// <summary>
/// The numeric parameters a scenario file sets (its <c>extends:</c> chain merged), by dotted path
/// (<c>incidents.rate_per_year</c>, <c>pairs.USA-CHN.channels.strategic-dialogue.error</c>): what <c>pendulum sensitivity</c>
/// varies. The horizon (<c>years</c>) and the scheduled interventions are the question asked, not assumptions, and are
/// left out; a parameter left at its documented default is not in the file and can be added with a range of its own.
/// </summary>
public static class ScenarioParameters
{
    private static readonly HashSet<string> NotParameters = ["years", "interventions"];

    /// <summary>Every numeric value the file sets, in file order.</summary>
    public static IReadOnlyList<(string Path, double Value)> Numeric(string scenarioPath)
    {
        if (!File.Exists(scenarioPath))
            throw new InputOutputException("no such scenario file", scenarioPath);
        var found = new List<(string, double)>();
        Walk(ScenarioSource.Load(scenarioPath).Root, "", found);
        return found;
    }

    private static void Walk(YamlNode node, string path, List<(string, double)> found)
    {
        switch (node)
        {
            case YamlMappingNode map:
                foreach (var (key, value) in map.Children)
                {
                    if (key is not YamlScalarNode { Value: { } name } || (path.Length == 0 && NotParameters.Contains(name)))
                        continue;
                    Walk(value, path.Length == 0 ? name : $"{path}.{name}", found);
                }

                break;
            case YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: { } text }
                when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value):
                found.Add((path, value));
                break;
        }
    }
}
