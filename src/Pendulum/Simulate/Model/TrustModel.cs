using Pendulum.Belief;
using Pendulum.Channels;
using Pendulum.Games;
using Pendulum.Internals;
using Pendulum.Simulate.Records;

namespace Pendulum.Simulate;

/// <summary>
/// The simulator's generative model (docs/model.md section 4): N states with hidden types, beliefs per ordered pair
/// updated by the shared <see cref="BeliefFilter"/>, channels, opinion, rapport, incidents and an escalation ladder,
/// core-interest challenges, joint projects and optional arms dynamics. One instance simulates one run at a time and
/// is reused across runs; every draw comes from its own generator, seeded per run, in a fixed order, so a run depends
/// on its seed alone. Channel contacts and errors are drawn whether or not the channel is there, so two scenarios
/// that differ in a channel keep their other draws aligned (common random numbers in <c>compare</c>).
/// </summary>
public sealed partial class TrustModel
{
    private readonly RandomStream _random = new(0);
    private readonly BeliefParameters _belief;
    private readonly PairRates[] _rates;
    private readonly (int Step, Intervention Intervention, int Pair)[] _schedule;
    private readonly Strategy? _trustworthyStrategy;
    private readonly Strategy _greedyStrategy;
    private readonly double _threshold;
    private readonly double _switchToGreedy;
    private readonly double _switchToTrustworthy;
    private readonly double _opinionPull;
    private readonly double _shockChance;
    private readonly double _escalationChance;
    private readonly double _calmingChance;
    private readonly double _rapportKeep;
    private int _next;
    private int _pair; // the index of the pair being stepped, for the act log
    private Xoshiro256StarStar _unusedGenerator = new(0);

    public TrustModel(Scenario scenario)
    {
        Scenario = scenario;
        _belief = scenario.BeliefPerStep;
        _rates = [.. scenario.Pairs.Select(p => new PairRates(scenario, p))];
        _schedule = Schedule(scenario);
        _trustworthyStrategy = StrategyNames.Resolve(scenario.Behaviour.Strategy);
        _greedyStrategy = StrategyNames.Resolve(scenario.Behaviour.GreedyStrategy) ?? MemoryOneStrategy.Defector;
        _threshold = scenario.Behaviour.KyddThreshold;
        _switchToGreedy = _belief.HazardTrustworthyToGreedy;
        _switchToTrustworthy = _belief.HazardGreedyToTrustworthy;
        _opinionPull = scenario.PerStep(scenario.Opinion.ReversionPerYear);
        _shockChance = scenario.PerStep(scenario.Opinion.ShocksPerYear);
        _escalationChance = scenario.PerStep(scenario.Crisis.EscalationRatePerYear);
        _calmingChance = scenario.PerStep(scenario.Crisis.CalmingRatePerYear);
        _rapportKeep = Math.Exp(-scenario.Rapport.DecayPerYear * scenario.StepYears);
        State = new TrustModelState(scenario);
    }

    public Scenario Scenario { get; }

    public TrustModelState State { get; }

    /// <summary>
    /// When set, the run's acts are appended here, in step order (cleared at each <see cref="Reset"/>), for
    /// <see cref="ISimulatedRecords"/> to write as an event record. Logging draws no random numbers.
    /// </summary>
    public List<SimulatedAct>? Acts { get; set; }

    /// <summary>The reliability table of this run's beliefs, every pair and direction, steps at war left out.</summary>
    public BeliefCalibration Calibration { get; } = new();

    /// <summary>True once every step of the horizon was simulated.</summary>
    public bool Finished => State.Step >= Scenario.StepCount;

    /// <summary>Starts a new run from <paramref name="seed"/>: draws the hidden types, sets beliefs, opinion and channels.</summary>
    public void Reset(ulong seed)
    {
        _random.Reseed(seed);
        _next = 0;
        Calibration.Clear();
        Acts?.Clear();
        State.Step = 0;
        for (var i = 0; i < Scenario.States.Count; i++)
        {
            State.Trustworthy[i] = _random.Chance(Scenario.States[i].TrustworthyPrior);
            State.Opinion[i] = Scenario.States[i].Opinion;
        }

        foreach (var pair in State.Pairs)
        {
            var spec = pair.Spec;
            pair.MuAB = spec.TrustAB;
            pair.MuBA = spec.TrustBA;
            pair.Zone = TrustZones.Of((pair.Position + 1) / 2, _belief);
            pair.Rapport = spec.Rapport;
            pair.Crisis = 0;
            pair.AtWar = false;
            pair.CoreTimer = 0;
            pair.CooperatedA = pair.CooperatedB = pair.SeenCooperationOfA = pair.SeenCooperationOfB = true;
            pair.PlayersA.Clear();
            pair.PlayersB.Clear();
            pair.ProjectRemaining = 0;
            pair.SummitsHeld = 0;
            pair.ArmsA = pair.ArmsB = 0;
            pair.Counters.Clear();
            foreach (var channel in pair.Channels)
                Configure(channel, spec.Channels.GetValueOrDefault(channel.Kind), present: spec.Channels.TryGetValue(channel.Kind, out var c) && c.Present);
        }
    }

    /// <summary>Simulates one whole run; writes each step's values into <paramref name="trace"/> when given.</summary>
    public void Run(ulong seed, StepTrace? trace = null)
    {
        Reset(seed);
        while (!Finished)
        {
            var step = State.Step;
            Step();
            trace?.Record(step, State);
        }
    }

    /// <summary>Simulates the next step (docs/model.md section 4, steps 1 to 9).</summary>
    public void Step()
    {
        if (Finished)
            throw new InvalidOperationException("the run is over");
        var t = State.Step;
        var due = _next;
        while (_next < _schedule.Length && _schedule[_next].Step <= t)
            _next++;
        SwitchTypes();
        for (var p = 0; p < State.Pairs.Length; p++)
        {
            var pair = State.Pairs[p];
            var rates = _rates[p];
            _pair = p;
            ReopenChannels(p, pair, t);
            var incidentA = _random.NextDouble() < rates.Incidents.For(State.Trustworthy[pair.A]);
            var incidentB = _random.NextDouble() < rates.Incidents.For(State.Trustworthy[pair.B]);
            var challengeA = _random.NextDouble() < rates.Challenges.For(State.Trustworthy[pair.A]);
            var challengeB = _random.NextDouble() < rates.Challenges.For(State.Trustworthy[pair.B]);
            if (pair.AtWar)
                continue;
            double evidenceBA = 0, evidenceAB = 0;
            Act(pair);
            RunScheduled(p, pair, t, due, ref evidenceBA, ref evidenceAB);
            Observe(pair, t);
            ReadSightings(pair, ref evidenceBA, ref evidenceAB);
            SendSignals(pair, t, ref evidenceBA, ref evidenceAB);

            // Incidents and challenges are started at the rate of the starter's type, so each step, with one or
            // without, is evidence about the partner (model.md section 4, step 6).
            evidenceAB += rates.Incidents.Evidence(incidentA) + rates.Challenges.Evidence(challengeA);
            evidenceBA += rates.Incidents.Evidence(incidentB) + rates.Challenges.Evidence(challengeB);
            if (incidentA)
                Incident(pair, t, pair.A, ref evidenceBA, ref evidenceAB);
            if (incidentB)
                Incident(pair, t, pair.B, ref evidenceBA, ref evidenceAB);
            if (challengeA)
                CoreChallenge(pair, t, pair.A);
            if (challengeB)
                CoreChallenge(pair, t, pair.B);
            pair.MuBA = BeliefFilter.Step(pair.MuBA, evidenceBA, _belief);
            pair.MuAB = BeliefFilter.Step(pair.MuAB, evidenceAB, _belief);
            Escalate(pair, t);
            Projects(pair, rates);
            Arms(pair);
            pair.Rapport *= _rapportKeep;
            if (pair.CoreTimer > 0)
                pair.CoreTimer--;
        }

        UpdateOpinion();
        Count(t);
        State.Step = t + 1;
    }

    private void SwitchTypes()
    {
        for (var i = 0; i < State.Trustworthy.Length; i++)
        {
            var u = _random.NextDouble();
            State.Trustworthy[i] = State.Trustworthy[i] ? u >= _switchToGreedy : u < _switchToTrustworthy;
        }
    }

    private void Count(int t)
    {
        foreach (var pair in State.Pairs)
        {
            var c = pair.Counters;
            pair.Zone = TrustZones.Next(pair.Zone, (pair.Position + 1) / 2, _belief);
            switch (pair.Zone)
            {
                case TrustZone.Distrust:
                    c.StepsDistrust++;
                    c.FirstDistrustStep ??= t;
                    break;
                case TrustZone.Trust:
                    c.StepsTrust++;
                    break;
                default:
                    c.StepsUnderstanding++;
                    break;
            }

            if (pair.CooperatedA && pair.CooperatedB && !pair.AtWar)
                c.StepsMutualCooperation++;

            // How right the beliefs are, against the true types (the dynamics, beliefs included, stop at war).
            if (!pair.AtWar)
            {
                var aTrustworthy = State.Trustworthy[pair.A];
                var bTrustworthy = State.Trustworthy[pair.B];
                c.Believed(pair.MuBA, bTrustworthy, _belief);
                c.Believed(pair.MuAB, aTrustworthy, _belief);
                Calibration.Add(pair.MuBA, bTrustworthy);
                Calibration.Add(pair.MuAB, aTrustworthy);
            }

            c.ArmsSumA += pair.ArmsA;
            c.ArmsSumB += pair.ArmsB;
        }
    }

    private void Configure(ChannelState channel, ChannelParameters? parameters, bool present)
    {
        var p = parameters ?? ChannelParameters.DefaultsFor(channel.Kind);
        channel.Present = present;
        channel.SuspendedUntil = 0;
        channel.SuspendedSince = 0;
        channel.InSuspension = false;
        channel.ContactChance = Scenario.PerStep(p.ContactsPerYear);
        channel.Error = p.Error;
        channel.SilenceEvidence = Math.Log((1 - channel.ContactChance) / (1 - channel.ContactChance * Scenario.Signals.SendIfGreedy));
    }

    private void ReopenChannels(int p, PairState pair, int t)
    {
        foreach (var channel in pair.Channels)
        {
            if (channel.InSuspension && channel.SuspendedUntil <= t)
            {
                channel.InSuspension = false;
                if (!channel.Present)
                    continue;
                pair.Counters.Resumed(channel.Kind, t - channel.SuspendedSince);
                Log(t, p, ActKind.ChannelResumed, channel.SuspendedBy, pair, channel.Kind);
            }
        }
    }

    // An act for the event record, when one is kept.
    private void Log(int t, int p, ActKind kind, int by, PairState pair, ChannelKind? channel = null) =>
        Acts?.Add(new SimulatedAct(t, p, kind, by, by == pair.A ? pair.B : pair.A, channel));

    /// <summary>Per-step probabilities of one pair, computed once per scenario.</summary>
    private sealed class PairRates(Scenario scenario, PairSpec spec)
    {
        public TypeRates Incidents { get; } =
            TypeRates.Of(scenario, spec.Incidents.RatePerYear, spec.Incidents.RateIfTrustworthy, spec.Incidents.RateIfGreedy);

        public TypeRates Challenges { get; } =
            TypeRates.Of(scenario, spec.CoreInterest.RatePerYear, spec.CoreInterest.RateIfTrustworthy, spec.CoreInterest.RateIfGreedy);

        public double Proposal { get; } = scenario.PerStep(spec.Projects.ProposalsPerYear);

        public int ProjectSteps { get; } = scenario.StepsOf(spec.Projects.DurationDays);
    }
}
