using System.Globalization;
using Pendulum.Channels;
using Pendulum.Events;

namespace Pendulum.Simulate.Records;

/// <summary>
/// A run's acts as coded events, in memory: what <see cref="SimulatedRecordFolder"/> writes at record density, for
/// readers that need no file (the calibration reads each simulated history with the observer, as it reads the record).
/// </summary>
public static class SimulatedEvents
{
    /// <summary>The acts of pair <paramref name="pair"/> a hand-coded record would hold, one event each, in step order.</summary>
    public static IEnumerable<CodedEvent> Record(Scenario scenario, IReadOnlyList<SimulatedAct> acts, int pair)
    {
        var row = 0;
        foreach (var act in acts)
        {
            if (act.Pair != pair || !ActCodebook.Of(act.Kind).InRecord)
                continue;
            yield return Of(scenario, act, string.Create(CultureInfo.InvariantCulture, $"sim-{++row}"));
        }
    }

    /// <summary>One act as an event, coded by <see cref="ActCodebook"/>.</summary>
    public static CodedEvent Of(Scenario scenario, SimulatedAct act, string id)
    {
        var entry = ActCodebook.Of(act.Kind);
        var source = scenario.States[act.By].Code;
        var target = scenario.States[act.Toward].Code;
        return new CodedEvent
        {
            Dataset = "pendulum",
            EventId = id,
            Date = scenario.DateOf(act.Step),
            Source = new EventActor(source, "", source, "GOV"),
            Target = new EventActor(target, "", target, "GOV"),
            CameoCode = entry.Cameo,
            QuadClass = QuadClassMapping.Of(entry.Cameo[..2], QuadClassScheme.Gdelt),
            Goldstein = ActCodebook.Goldstein(entry.Cameo),
            Channel = act.Channel is { } kind ? kind.Name() : entry.Channel.Length == 0 ? null : entry.Channel,
            Tags = entry.Tags.Split(';', StringSplitOptions.RemoveEmptyEntries),
            Description = "Simulated: " + entry.Words,
        };
    }
}
