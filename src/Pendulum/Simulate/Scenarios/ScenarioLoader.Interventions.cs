using Pendulum.Belief;
using Pendulum.Channels;

namespace Pendulum.Simulate;

public static partial class ScenarioLoader
{
    private static readonly Dictionary<string, InterventionKind> InterventionKinds = new(StringComparer.Ordinal)
    {
        ["core_challenge"] = InterventionKind.CoreChallenge,
        ["summit"] = InterventionKind.Summit,
        ["incident"] = InterventionKind.Incident,
        ["remove_channel"] = InterventionKind.RemoveChannel,
        ["add_channel"] = InterventionKind.AddChannel,
    };

    /// <summary>The name of an intervention kind in scenario files.</summary>
    public static string Name(this InterventionKind kind) => InterventionKinds.First(p => p.Value == kind).Key;

    private static List<Intervention> Interventions(ScenarioMap root, Scenario scenario)
    {
        var list = new List<Intervention>();
        var end = scenario.DateOf(scenario.StepCount);
        foreach (var (node, path) in root.List("interventions"))
        {
            var m = root.MapAt(node, path);
            var kind = InterventionKinds[m.Choice("kind", "", InterventionKinds.Keys)];
            var pairKey = m.String("pair", "");
            var pair = scenario.Pairs.FirstOrDefault(p => p.Key == pairKey)
                ?? throw m.ErrorAt("pair", $"'{pairKey}' is not a pair listed under pairs ({string.Join(", ", scenario.Pairs.Select(p => p.Key))})");
            var on = m.Date("on");
            if (on is { } date && (date < scenario.Start || date >= end))
                throw m.ErrorAt("on", $"{date:yyyy-MM-dd} lies outside the run, {scenario.Start:yyyy-MM-dd} to {end.AddDays(-1):yyyy-MM-dd}");
            int? every = m.Has("every_days") ? m.Int("every_days", 1, 1, 100_000) : null;
            var by = m.Has("by") ? m.String("by", "") : null;
            if (by is not null && by != pair.A && by != pair.B)
                throw m.ErrorAt("by", $"'{by}' is not one of the pair's states ({pair.A}, {pair.B})");
            ChannelKind? channel = null;
            if (kind is InterventionKind.AddChannel or InterventionKind.RemoveChannel)
            {
                var name = m.String("channel", "");
                channel = ChannelKinds.TryParseSimulated(name, out var named)
                    ? named
                    : throw m.ErrorAt("channel", $"'{name}' is not a channel kind the simulator models ({ChannelKinds.SimulatedNames})");
            }

            m.Done();
            list.Add(new Intervention { Kind = kind, Pair = pairKey, On = on, EveryDays = every, By = by, Channel = channel });
        }

        return list;
    }
}
