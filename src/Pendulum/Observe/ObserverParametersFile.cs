using System.Globalization;
using Pendulum.Belief;
using Pendulum.Internals;
using YamlDotNet.RepresentationModel;

namespace Pendulum.Observe;

/// <summary>
/// Reads observer parameters from YAML or JSON (JSON is read as YAML, so both report line numbers). Every key is
/// optional; a missing one keeps its default. Keys (snake_case):
/// <c>drivers_per_period</c>; <c>belief:</c> <c>hazard_trustworthy_to_greedy</c>, <c>hazard_greedy_to_trustworthy</c>,
/// <c>distrust_below</c>, <c>trust_above</c>, <c>hysteresis</c>; <c>evidence:</c> <c>verbal_cooperation_weight</c>,
/// <c>material_cooperation_weight</c>, <c>verbal_conflict_weight</c>, <c>material_conflict_weight</c>,
/// <c>saturation_events</c>. An unknown key or a bad value is refused with <c>FILE:LINE: FIELD: reason</c>.
/// </summary>
public static class ObserverParametersFile
{
    public static ObserverParameters Load(string path)
    {
        var node = YamlInput.Load(path);
        if (node is null)
            return new ObserverParameters();
        var root = node as YamlMappingNode ?? throw new BadDataException("expected a mapping of parameter names to values", path, node.Start.Line);

        var result = new ObserverParameters();
        var belief = result.Belief;
        var evidence = result.Evidence;
        foreach (var (keyNode, valueNode) in root.Children)
        {
            var key = ((YamlScalarNode)keyNode).Value ?? "";
            switch (key)
            {
                case "drivers_per_period":
                    result = result with { DriversPerPeriod = (int)Number(path, key, valueNode, integer: true) };
                    break;
                case "belief":
                    belief = ReadBelief(path, Mapping(path, key, valueNode), belief);
                    break;
                case "evidence":
                    evidence = ReadEvidence(path, Mapping(path, key, valueNode), evidence);
                    break;
                default:
                    throw Unknown(path, key, keyNode, "drivers_per_period, belief, evidence");
            }
        }

        result = result with { Belief = belief, Evidence = evidence };
        try
        {
            return result.Validate();
        }
        catch (UsageException e)
        {
            // Validation names properties (TrustAbove); point at the key that set it (trust_above), if the file did.
            var key = SnakeCase(e.Field ?? "");
            var (field, line) = FindKey(root, key) ?? (key, root.Start.Line);
            throw new BadDataException(e.Reason, path, line, field);
        }
    }

    private static BeliefParameters ReadBelief(string path, YamlMappingNode node, BeliefParameters p)
    {
        foreach (var (k, v) in node.Children)
        {
            var key = ((YamlScalarNode)k).Value ?? "";
            var field = "belief." + key;
            p = key switch
            {
                "hazard_trustworthy_to_greedy" => p with { HazardTrustworthyToGreedy = Number(path, field, v) },
                "hazard_greedy_to_trustworthy" => p with { HazardGreedyToTrustworthy = Number(path, field, v) },
                "distrust_below" => p with { DistrustBelow = Number(path, field, v) },
                "trust_above" => p with { TrustAbove = Number(path, field, v) },
                "hysteresis" => p with { Hysteresis = Number(path, field, v) },
                _ => throw Unknown(path, field, k, "hazard_trustworthy_to_greedy, hazard_greedy_to_trustworthy, distrust_below, trust_above, hysteresis"),
            };
        }

        return p;
    }

    private static EvidenceParameters ReadEvidence(string path, YamlMappingNode node, EvidenceParameters p)
    {
        foreach (var (k, v) in node.Children)
        {
            var key = ((YamlScalarNode)k).Value ?? "";
            var field = "evidence." + key;
            p = key switch
            {
                "verbal_cooperation_weight" => p with { VerbalCooperationWeight = Number(path, field, v) },
                "material_cooperation_weight" => p with { MaterialCooperationWeight = Number(path, field, v) },
                "verbal_conflict_weight" => p with { VerbalConflictWeight = Number(path, field, v) },
                "material_conflict_weight" => p with { MaterialConflictWeight = Number(path, field, v) },
                "saturation_events" => p with { SaturationEvents = Number(path, field, v) },
                _ => throw Unknown(path, field, k, "verbal_cooperation_weight, material_cooperation_weight, verbal_conflict_weight, material_conflict_weight, saturation_events"),
            };
        }

        return p;
    }

    private static string SnakeCase(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) && i > 0 ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    private static (string Field, long Line)? FindKey(YamlMappingNode root, string key)
    {
        foreach (var (k, v) in root.Children)
        {
            var name = ((YamlScalarNode)k).Value;
            if (name == key)
                return (name, k.Start.Line);
            if (v is YamlMappingNode inner)
            {
                foreach (var (ik, _) in inner.Children)
                {
                    if (((YamlScalarNode)ik).Value == key)
                        return ($"{name}.{key}", ik.Start.Line);
                }
            }
        }

        return null;
    }

    private static YamlMappingNode Mapping(string path, string field, YamlNode node) =>
        node as YamlMappingNode ?? throw new BadDataException("expected a mapping", path, node.Start.Line, field);

    private static double Number(string path, string field, YamlNode node, bool integer = false)
    {
        if (node is YamlScalarNode { Value: { } text }
            && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            && (!integer || value == Math.Floor(value)))
            return value;
        throw new BadDataException(integer ? "expected a whole number" : "expected a number", path, node.Start.Line, field);
    }

    private static BadDataException Unknown(string path, string field, YamlNode node, string known) =>
        new($"unknown parameter; known here: {known}", path, node.Start.Line, field);
}
