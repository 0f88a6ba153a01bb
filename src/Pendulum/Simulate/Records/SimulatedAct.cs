using Pendulum.Channels;

namespace Pendulum.Simulate.Records;

/// <summary>The kinds of act the simulator can write into an event record (<see cref="ActCodebook"/> maps each to CAMEO).</summary>
public enum ActKind
{
    /// <summary>A summit contact, random or scheduled.</summary>
    Summit,

    /// <summary>A contact on the strategic or economic dialogue channel.</summary>
    Dialogue,

    /// <summary>A contact on the military-to-military channel.</summary>
    MilitaryTalks,

    /// <summary>A routine contact on the hotline.</summary>
    HotlineCall,

    /// <summary>A people-to-people contact.</summary>
    PeopleToPeople,

    /// <summary>A costly signal sent (a white paper, an exercise invitation).</summary>
    CostlySignal,

    /// <summary>An incident between the two sides' forces, by its initiator.</summary>
    Incident,

    /// <summary>A challenge to the partner's core interests.</summary>
    CoreChallenge,

    /// <summary>A channel suspended after a challenge, by the challenged side.</summary>
    ChannelSuspended,

    /// <summary>A suspended channel resumed, by the side that had suspended it.</summary>
    ChannelResumed,

    /// <summary>A crisis climbs to rung 1 to 3: threats.</summary>
    CrisisThreat,

    /// <summary>A crisis climbs to rung 4 or 5: a show of force.</summary>
    CrisisShowOfForce,

    /// <summary>The top rung: war.</summary>
    War,

    /// <summary>A hotline call in a crisis or over an incident, by the side that asks.</summary>
    HotlineCrisisCall,

    /// <summary>A joint project committed to.</summary>
    JointProject,
}

/// <summary>One act of a simulated run: the step, the pair (its index in the scenario), who acted toward whom, and the channel it used.</summary>
/// <param name="Step">The step the act happened in.</param>
/// <param name="Pair">The pair's index in the scenario.</param>
/// <param name="Kind">What happened.</param>
/// <param name="By">The acting state's index.</param>
/// <param name="Toward">The other state's index.</param>
/// <param name="Channel">The channel an act on a channel used (a suspension's or resumption's channel); null for the others.</param>
public readonly record struct SimulatedAct(int Step, int Pair, ActKind Kind, int By, int Toward, ChannelKind? Channel = null);
