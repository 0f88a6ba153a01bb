using Pendulum.Events.Cameo;

namespace Pendulum.Simulate.Records;

/// <summary>
/// The one table that maps the simulator's acts to event-data codes (docs/simulator.md, "Simulated event records"): the
/// CAMEO code a coder of the shipped US-China record gives such an act (its most frequent code for the kind,
/// data/us-china/events.csv), the record's channel name and tags, and whether a hand-coded record would hold it.
/// </summary>
public static class ActCodebook
{
    /// <summary>One row of the table.</summary>
    /// <param name="Kind">The act.</param>
    /// <param name="Cameo">Its CAMEO code, with leading zeros.</param>
    /// <param name="Channel">The record's channel name; empty for acts off any channel.</param>
    /// <param name="Tags">The record's tags, <c>;</c>-separated.</param>
    /// <param name="InRecord">Whether a hand-coded record has one row per such act; routine contacts appear only in media volume.</param>
    /// <param name="Words">A description for the row.</param>
    public sealed record Entry(ActKind Kind, string Cameo, string Channel, string Tags, bool InRecord, string Words);

    /// <summary>The table, by <see cref="ActKind"/>.</summary>
    public static IReadOnlyList<Entry> All { get; } =
    [
        new(ActKind.Summit, "042", "leader-summit", "summit", true, "leaders meet"),
        new(ActKind.Dialogue, "043", "strategic-dialogue", "dialogue", false, "a dialogue round"),
        new(ActKind.MilitaryTalks, "042", "military-exchange", "military-exchanges", false, "military officials meet"),
        new(ActKind.HotlineCall, "041", "hotline", "", false, "a routine call on the hotline"),
        new(ActKind.PeopleToPeople, "043", "people-to-people", "exchange", false, "a people-to-people exchange"),
        new(ActKind.CostlySignal, "064", "transparency", "white-paper", true, "a costly signal: a white paper or an exercise invitation"),
        new(ActKind.Incident, "150", "", "incident", true, "an incident between the two sides' forces"),
        new(ActKind.CoreChallenge, "128", "", "core-interest", true, "a challenge to the other side's core interests"),
        new(ActKind.ChannelSuspended, "160", "", "suspension", true, "a channel suspended"),
        new(ActKind.ChannelResumed, "043", "", "resumption", true, "a suspended channel resumes"),
        new(ActKind.CrisisThreat, "130", "", "crisis", true, "a threat in a crisis"),
        new(ActKind.CrisisShowOfForce, "150", "", "crisis", true, "a show of force in a crisis"),
        new(ActKind.War, "190", "", "crisis;war", true, "armed conflict"),
        new(ActKind.HotlineCrisisCall, "041", "hotline", "crisis-management", true, "a hotline call in a crisis"),
        new(ActKind.JointProject, "057", "", "joint-action", true, "a joint project agreed"),
    ];

    /// <summary>The entry of <paramref name="kind"/>.</summary>
    public static Entry Of(ActKind kind) => All[(int)kind];

    /// <summary>The Goldstein value of a code in GDELT's table (0 for a code it lacks).</summary>
    public static double Goldstein(string cameo) => GoldsteinTable.Gdelt.TryGet(cameo, out var value) ? value : 0;
}
