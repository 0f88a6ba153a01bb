using Pendulum.Belief;
using Pendulum.Channels;

namespace Pendulum.Simulate;

/// <summary>
/// The state of one run at the current step: per state its hidden type and public opinion, per pair the beliefs,
/// rapport, crisis level, channels, project and counters. Mutable and reused across runs by <see cref="TrustModel"/>;
/// exposed so tests can watch the mechanics step by step.
/// </summary>
public sealed class TrustModelState
{
    internal TrustModelState(Scenario scenario)
    {
        Trustworthy = new bool[scenario.States.Count];
        Opinion = new double[scenario.States.Count];
        Pairs = [.. scenario.Pairs.Select(p => new PairState(p, scenario.States))];
    }

    /// <summary>The step about to be simulated (0 before the first).</summary>
    public int Step { get; internal set; }

    /// <summary>Per state (in scenario order): true while it is a security seeker.</summary>
    public bool[] Trustworthy { get; }

    /// <summary>Per state: public opinion toward its partners, in [0, 1].</summary>
    public double[] Opinion { get; }

    /// <summary>Per pair, in scenario order.</summary>
    public PairState[] Pairs { get; }
}

/// <summary>One pair's state. `MuAB` is B's belief about A (how far A is trusted by B), `MuBA` A's belief about B: the one convention of docs/model.md section 2.</summary>
public sealed class PairState
{
    internal PairState(PairSpec spec, IReadOnlyList<StateSpec> states)
    {
        Spec = spec;
        A = states.Select(s => s.Code).ToList().IndexOf(spec.A);
        B = states.Select(s => s.Code).ToList().IndexOf(spec.B);
        Channels = [.. ChannelKinds.Simulated.Select(k => new ChannelState(k))];
    }

    public PairSpec Spec { get; }

    /// <summary>Index of the first state in <see cref="TrustModelState.Trustworthy"/>.</summary>
    public int A { get; }

    /// <summary>Index of the second state.</summary>
    public int B { get; }

    /// <summary>A's belief that B is trustworthy.</summary>
    public double MuBA { get; internal set; }

    /// <summary>B's belief that A is trustworthy.</summary>
    public double MuAB { get; internal set; }

    /// <summary>The pair's zone, with hysteresis, on the belief <c>(x + 1) / 2</c> of its pendulum position x.</summary>
    public TrustZone Zone { get; internal set; }

    /// <summary>Leader rapport in [0, 1].</summary>
    public double Rapport { get; internal set; }

    /// <summary>Rung of the escalation ladder, 0 (calm) to <see cref="CrisisParameters.TopRung"/> (war).</summary>
    public int Crisis { get; internal set; }

    /// <summary>True once the top rung was reached: the pair's dynamics stop there.</summary>
    public bool AtWar { get; internal set; }

    /// <summary>Steps left on the core-interest timer (0 when none runs).</summary>
    public int CoreTimer { get; internal set; }

    /// <summary>Channels indexed by <see cref="ChannelKind"/>.</summary>
    public ChannelState[] Channels { get; }

    /// <summary>Each side's action last step (true = cooperated).</summary>
    public bool CooperatedA { get; internal set; }

    /// <inheritdoc cref="CooperatedA"/>
    public bool CooperatedB { get; internal set; }

    /// <summary>A's latest sighting of B's action through a channel (what a memory-one strategy reacts to).</summary>
    internal bool SeenCooperationOfB { get; set; }

    /// <summary>Players of history-keeping strategies (grudger, contrite tit for tat...), per strategy, for side A; cleared per run.</summary>
    internal Dictionary<Games.Strategy, Games.Player> PlayersA { get; } = [];

    /// <summary>The same for side B.</summary>
    internal Dictionary<Games.Strategy, Games.Player> PlayersB { get; } = [];

    /// <summary>B's latest sighting of A's action.</summary>
    internal bool SeenCooperationOfA { get; set; }

    /// <summary>The chance that A cooperated this step as a security seeker and as a greedy state: how B reads a sighting.</summary>
    internal TypeLikelihoods CooperationOfA { get; set; }

    /// <summary>The same for B's action, as A reads it.</summary>
    internal TypeLikelihoods CooperationOfB { get; set; }

    /// <summary>B's sightings of A's action this step.</summary>
    internal Sightings SightingsOfA { get; set; }

    /// <summary>A's sightings of B's action this step.</summary>
    internal Sightings SightingsOfB { get; set; }

    /// <summary>Summits held in the run (who visits alternates in the event record).</summary>
    internal int SummitsHeld { get; set; }

    /// <summary>Steps left on the running joint project, 0 when none runs.</summary>
    public int ProjectRemaining { get; internal set; }

    /// <summary>Arms levels (Richardson), when enabled.</summary>
    public double ArmsA { get; internal set; }

    /// <inheritdoc cref="ArmsA"/>
    public double ArmsB { get; internal set; }

    /// <summary>What happened so far in this run.</summary>
    public PairCounters Counters { get; } = new();

    /// <summary>The pair's pendulum position in [-1, 1].</summary>
    public double Position => BeliefFilter.Position(MuBA, MuAB);

    public ChannelState Channel(ChannelKind kind) => Channels[(int)kind];
}

/// <summary>One channel of a pair during a run.</summary>
public sealed class ChannelState(ChannelKind kind)
{
    public ChannelKind Kind { get; } = kind;

    /// <summary>Whether the pair has the channel at all.</summary>
    public bool Present { get; internal set; }

    /// <summary>The step at which a suspension ends; the channel is open when <c>Present</c> and this is at most the current step.</summary>
    public int SuspendedUntil { get; internal set; }

    /// <summary>True from a suspension until the step it is lifted (and counted as a resumption).</summary>
    internal bool InSuspension { get; set; }

    /// <summary>The state that suspended the channel (the challenged side).</summary>
    internal int SuspendedBy { get; set; }

    /// <summary>The step the running suspension began.</summary>
    internal int SuspendedSince { get; set; }

    /// <summary>Contact probability per step (from contacts per year).</summary>
    internal double ContactChance { get; set; }

    /// <summary>Signal error, <c>e</c>.</summary>
    internal double Error { get; set; }

    /// <summary>For a transparency channel: the evidence of a step without a signal from a sender free to send (set with the contact chance).</summary>
    internal double SilenceEvidence { get; set; }

    public bool IsOpenAt(int step) => Present && SuspendedUntil <= step;
}
