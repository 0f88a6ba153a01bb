using Pendulum.Channels;
using Pendulum.Games;
using Pendulum.Simulate.Records;

namespace Pendulum.Simulate;

// Steps 2 to 5 of model.md section 4: actions, what the channels make of them, costly signals. Every sighting is read
// with the likelihoods of the model's own behaviour: what the sighted state would have done this step as a security
// seeker and as a greedy state, in its current state (its belief, its strategy's history, the action noise). Beliefs
// and histories are common knowledge, as in Kydd (2005); only the types are hidden.
public sealed partial class TrustModel
{
    private void Act(PairState pair)
    {
        var eps = Scenario.Behaviour.ActionNoise;

        // Greedy intentions first: a security seeker's rule asks how likely a greedy partner is to cooperate.
        var greedyA = Intention(_greedyStrategy, pair, sideA: true);
        var greedyB = Intention(_greedyStrategy, pair, sideA: false);
        var trustworthyA = TrustworthyIntention(pair, sideA: true, greedyA, Noisy(greedyB, eps));
        var trustworthyB = TrustworthyIntention(pair, sideA: false, greedyB, Noisy(greedyA, eps));
        pair.CooperationOfA = new TypeLikelihoods(Noisy(trustworthyA, eps), Noisy(greedyA, eps));
        pair.CooperationOfB = new TypeLikelihoods(Noisy(trustworthyB, eps), Noisy(greedyB, eps));
        pair.SightingsOfA = pair.SightingsOfB = Sightings.None;

        var a = Decide(pair.A, trustworthyA, greedyA, eps);
        var b = Decide(pair.B, trustworthyB, greedyB, eps);
        pair.CooperatedA = a;
        pair.CooperatedB = b;
    }

    // A summit for the event record: the two sides take turns visiting.
    private void LogSummit(int t, PairState pair)
    {
        Log(t, _pair, ActKind.Summit, pair.SummitsHeld % 2 == 0 ? pair.A : pair.B, pair);
        pair.SummitsHeld++;
    }

    // The chance of cooperating after the action noise flips an intention with probability eps.
    private static double Noisy(double intention, double eps) => intention * (1 - eps) + (1 - intention) * eps;

    // The state acts on the intention of its current type; then the action may misfire. Two draws whatever the type,
    // so the random stream does not depend on it.
    private bool Decide(int state, double ifTrustworthy, double ifGreedy, double eps)
    {
        var u = _random.NextDouble();
        var cooperate = u < (State.Trustworthy[state] ? ifTrustworthy : ifGreedy);
        return _random.Chance(eps) ? !cooperate : cooperate;
    }

    // A security seeker's intention: Kydd's rule on its own belief (cooperate iff the partner, as it sees it, cooperates
    // with at least the threshold chance), or the scenario's repeated-game strategy.
    private double TrustworthyIntention(PairState pair, bool sideA, double greedyIntention, double partnerGreedyCooperation)
    {
        if (_trustworthyStrategy is null)
        {
            var trust = sideA ? pair.MuBA : pair.MuAB;
            return Scenario.Behaviour.CooperationChance(trust, partnerGreedyCooperation) >= _threshold ? 1 : 0;
        }

        // One player per strategy and side: when both types play the same strategy, it is asked once per step.
        return ReferenceEquals(_trustworthyStrategy, _greedyStrategy) ? greedyIntention : Intention(_trustworthyStrategy, pair, sideA);
    }

    // The chance that a strategy cooperates this step, given the side's own last action and the partner's last action
    // as the side last saw it. A memory-one strategy gives a probability; a longer-memory strategy keeps one player per
    // pair, side and strategy for the run, asked once per step whatever the side's type (so both types' intentions
    // are known to the sighter). The history strategies offered are deterministic: the generator they are handed is
    // never drawn from and the run's random stream is unchanged.
    private double Intention(Strategy strategy, PairState pair, bool sideA)
    {
        var mine = sideA ? pair.CooperatedA : pair.CooperatedB;
        var theirs = sideA ? pair.SeenCooperationOfB : pair.SeenCooperationOfA;
        if (strategy is MemoryOneStrategy memoryOne)
            return State.Step == 0 ? memoryOne.First : memoryOne.After(mine, theirs);
        var players = sideA ? pair.PlayersA : pair.PlayersB;
        if (!players.TryGetValue(strategy, out var player))
        {
            players[strategy] = player = strategy.CreatePlayer();
            return player.First(ref _unusedGenerator) ? 1 : 0;
        }

        return player.Next(mine, theirs, ref _unusedGenerator) ? 1 : 0;
    }

    private void Observe(PairState pair, int t)
    {
        var mechanisms = Scenario.Mechanisms;
        foreach (var channel in pair.Channels)
        {
            var contact = _random.Chance(channel.ContactChance);
            var flipA = _random.NextDouble();
            var flipB = _random.NextDouble();
            if (!contact || !channel.IsOpenAt(t))
                continue;
            switch (channel.Kind)
            {
                case ChannelKind.PeopleToPeople:
                    Log(t, _pair, ActKind.PeopleToPeople, pair.A, pair);
                    var gain = Scenario.Opinion.PeopleToPeopleGain;
                    State.Opinion[pair.A] += gain * (1 - State.Opinion[pair.A]);
                    State.Opinion[pair.B] += gain * (1 - State.Opinion[pair.B]);
                    continue;
                case ChannelKind.Transparency:
                    continue; // its contacts are costly-signal opportunities: SendSignals
                case ChannelKind.LeaderSummit:
                    LogSummit(t, pair);
                    if (mechanisms.SummitRapport)
                        pair.Rapport += Scenario.Rapport.SummitGain * (1 - pair.Rapport);
                    if (!mechanisms.SummitObservation)
                        continue;
                    break;
                case ChannelKind.Hotline when !mechanisms.HotlineRoutineContact:
                    continue;
                case ChannelKind.Hotline:
                    Log(t, _pair, ActKind.HotlineCall, pair.A, pair);
                    break;
                case ChannelKind.MilitaryExchange:
                    Log(t, _pair, ActKind.MilitaryTalks, pair.A, pair);
                    break;
                default:
                    Log(t, _pair, ActKind.Dialogue, pair.A, pair);
                    break;
            }

            var error = pair.CoreTimer > 0 ? channel.Error * (1 - pair.Rapport) : channel.Error;
            See(pair, flipA < error, flipB < error, error);
        }
    }

    // One exchange of sightings: each side sees the other's action of this step, misread when told so. Sightings of
    // one action through several channels are independent given the action, not given the type, so they are
    // gathered over the step and read together (ReadSightings), not added up one by one.
    private static void See(PairState pair, bool misreadByA, bool misreadByB, double error)
    {
        pair.SeenCooperationOfB = pair.CooperatedB != misreadByA;
        pair.SeenCooperationOfA = pair.CooperatedA != misreadByB;
        pair.SightingsOfB = pair.SightingsOfB.With(pair.SeenCooperationOfB, error);
        pair.SightingsOfA = pair.SightingsOfA.With(pair.SeenCooperationOfA, error);
    }

    // The evidence of all of the step's sightings of each side's action.
    private static void ReadSightings(PairState pair, ref double evidenceBA, ref double evidenceAB)
    {
        evidenceBA += pair.CooperationOfB.Evidence(pair.SightingsOfB);
        evidenceAB += pair.CooperationOfA.Evidence(pair.SightingsOfA);
    }

    // Step 5: each transparency contact is a chance to publish; a government sends only if its opinion allows it,
    // always as a security seeker, with probability m as a greedy type. The receiver does not see the chances, only
    // what arrives, so every step is evidence: a signal, log(f / (f m)) = log(1 / m); no signal, log((1 - f) / (1 - f m)),
    // f the per-step contact chance. While opinion bars a government from sending, its silence says nothing.
    private void SendSignals(PairState pair, int t, ref double evidenceBA, ref double evidenceAB)
    {
        var channel = pair.Channel(ChannelKind.Transparency);
        var chanceA = _random.Chance(channel.ContactChance);
        var chanceB = _random.Chance(channel.ContactChance);
        var uA = _random.NextDouble();
        var uB = _random.NextDouble();
        if (!Scenario.Mechanisms.CostlySignals || !channel.IsOpenAt(t))
            return;
        evidenceAB += Signal(t, pair, pair.A, chanceA, uA, channel.SilenceEvidence);
        evidenceBA += Signal(t, pair, pair.B, chanceB, uB, channel.SilenceEvidence);
    }

    private double Signal(int t, PairState pair, int sender, bool chance, double u, double silenceEvidence)
    {
        var m = Scenario.Signals.SendIfGreedy;
        if (Scenario.Mechanisms.OpinionGate && State.Opinion[sender] < Scenario.Signals.MinOpinion)
            return 0;
        if (chance && (State.Trustworthy[sender] || u < m))
        {
            pair.Counters.SignalsSent++;
            Log(t, _pair, ActKind.CostlySignal, sender, pair);
            return Scenario.Signals.Evidence;
        }

        return silenceEvidence;
    }
}

/// <summary>
/// The chance that a state cooperates this step if it is a security seeker and if it is greedy, action noise
/// included: the likelihoods a sighting of its action is read with.
/// </summary>
internal readonly record struct TypeLikelihoods(double IfTrustworthy, double IfGreedy)
{
    // Keeps a likelihood of 0 (no action noise, an error-free channel) from making an infinite log-likelihood ratio.
    private const double Floor = 1e-12;

    /// <summary>
    /// The evidence of a step's sightings of the state's action: <c>log(sum_a P(a | S) P(seen | a) / sum_a P(a | G) P(seen | a))</c>
    /// over the two actions a. One sighting through a channel with error e gives <c>log(L_S / L_G)</c> with
    /// <c>L = (1 - e) P + e (1 - P)</c> (model.md section 2); none gives 0.
    /// </summary>
    public double Evidence(Sightings seen)
    {
        if (seen.Count == 0)
            return 0;
        var s = IfTrustworthy * seen.IfCooperated + (1 - IfTrustworthy) * seen.IfDefected;
        var g = IfGreedy * seen.IfCooperated + (1 - IfGreedy) * seen.IfDefected;
        return Math.Log(Math.Max(s, Floor) / Math.Max(g, Floor));
    }
}

/// <summary>A step's sightings of one action: the chance of what was seen if the action was cooperation, and if defection.</summary>
internal readonly record struct Sightings(double IfCooperated, double IfDefected, int Count)
{
    public static Sightings None { get; } = new(1, 1, 0);

    /// <summary>With one more sighting, of cooperation or defection, through a channel that misreports with probability <paramref name="error"/>.</summary>
    public Sightings With(bool seenCooperation, double error) => seenCooperation
        ? new(IfCooperated * (1 - error), IfDefected * error, Count + 1)
        : new(IfCooperated * error, IfDefected * (1 - error), Count + 1);
}
