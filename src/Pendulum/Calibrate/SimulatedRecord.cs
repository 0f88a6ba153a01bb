using Pendulum.Channels;
using Pendulum.Simulate;
using Pendulum.Simulate.Records;

namespace Pendulum.Calibrate;

/// <summary>
/// A finished run written as a hand-coded record and read as the real record is read (indirect inference,
/// docs/calibration.md): its acts as coded rows (<see cref="SimulatedEvents.Record"/>, the codebook of
/// docs/simulator.md), its military channel's suspensions as a declared channel, and <see cref="ObservedRecord.Read"/>
/// over both with the record's observer settings and rules. Every moment is then the same statistic on both sides.
/// </summary>
public static class SimulatedRecord
{
    /// <summary>The declared kind the simulated military channel is written as (the record's <c>military-exchange</c>).</summary>
    public const string MilitaryKind = "military-exchange";

    /// <summary>The record of pair <paramref name="pair"/> in the run <paramref name="model"/> just finished (its act log on).</summary>
    public static ObservedRecord Of(TrustModel model, int pair, HistoryReading reading)
    {
        var acts = model.Acts ?? throw new InvalidOperationException("the model's act log is off: set TrustModel.Acts before the run");
        var observer = reading.Observer ?? throw new ArgumentException("reading a run as a record needs observer settings", nameof(reading));
        var scenario = model.Scenario;
        var spec = model.State.Pairs[pair].Spec;
        var (a, b) = (spec.A, spec.B);
        var from = scenario.Start;
        var to = scenario.DateOf(scenario.StepCount).AddDays(-1);
        var military = spec.Channels.TryGetValue(ChannelKind.MilitaryExchange, out var channel) && channel.Present;
        var channels = new SuspensionRecord([a, b], from, to, military ? [new RecordedChannel("military", MilitaryKind, from, null, Spells(scenario, acts, pair))] : []);
        return ObservedRecord.Read(SimulatedEvents.Record(scenario, acts, pair), a, b, channels, new RecordOptions
        {
            Observer = observer,
            Rules = reading.Rules,
            MilitaryKinds = [MilitaryKind],
            From = from,
            To = to,
            CountFrom = reading.CountFromDay > 0 ? from.AddDays(reading.CountFromDay) : null,
            Crises = reading.Crises,
        });
    }

    // The military channel's suspensions, each from the day it was suspended to the day it resumed (null while it lasts).
    private static List<SuspensionSpell> Spells(Scenario scenario, IReadOnlyList<SimulatedAct> acts, int pair)
    {
        var spells = new List<SuspensionSpell>();
        DateOnly? open = null;
        foreach (var act in acts)
        {
            if (act.Pair != pair || act.Channel != ChannelKind.MilitaryExchange)
                continue;
            if (act.Kind == ActKind.ChannelSuspended && open is null)
            {
                open = scenario.DateOf(act.Step);
            }
            else if (act.Kind == ActKind.ChannelResumed && open is { } since)
            {
                spells.Add(new SuspensionSpell("military", since, scenario.DateOf(act.Step)));
                open = null;
            }
        }

        if (open is { } last)
            spells.Add(new SuspensionSpell("military", last, null));
        return spells;
    }
}
