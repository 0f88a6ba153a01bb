using Pendulum.Games;
using Pendulum.Belief;

namespace Pendulum.Simulate;

// Steps 2, 3 and 5 of model.md section 4: actions, what the channels make of them, costly signals.
public sealed partial class TrustModel
{
    private void Act(PairState pair)
    {
        var a = Decide(pair.A, pair.MuAB, pair.CooperatedA, pair.SeenCooperationOfB, pair, sideA: true);
        var b = Decide(pair.B, pair.MuBA, pair.CooperatedB, pair.SeenCooperationOfA, pair, sideA: false);
        pair.CooperatedA = a;
        pair.CooperatedB = b;
    }

    // A security seeker follows Kydd's rule (or the scenario's strategy); a greedy state its own strategy. Then noise.
    private bool Decide(int state, double trust, bool mine, bool theirs, PairState pair, bool sideA)
    {
        var u = _random.NextDouble();
        bool cooperate;
        if (State.Trustworthy[state] && _trustworthyStrategy is null)
            cooperate = Scenario.Behaviour.CooperationChance(trust) >= _threshold;
        else
        {
            var strategy = State.Trustworthy[state] ? _trustworthyStrategy! : _greedyStrategy;
            cooperate = strategy is MemoryOneStrategy memoryOne
                ? u < (State.Step == 0 ? memoryOne.First : memoryOne.After(mine, theirs))
                : PlayHistory(strategy, pair, sideA, mine, theirs);
        }

        return _random.Chance(Scenario.Behaviour.ActionNoise) ? !cooperate : cooperate;
    }

    // A strategy with a longer memory keeps one player per pair, side and strategy for the run: it sees its own last
    // move and the partner's move as last seen through a channel. The history strategies offered are deterministic,
    // so the generator they are handed is never drawn from and the run's random stream is unchanged.
    private bool PlayHistory(Strategy strategy, PairState pair, bool sideA, bool mine, bool theirs)
    {
        var players = sideA ? pair.PlayersA : pair.PlayersB;
        if (!players.TryGetValue(strategy, out var player))
        {
            players[strategy] = player = strategy.CreatePlayer();
            return player.First(ref _unusedGenerator);
        }

        return player.Next(mine, theirs, ref _unusedGenerator);
    }

    private void Observe(PairState pair, int t, ref double evidenceAB, ref double evidenceBA)
    {
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
                    var gain = Scenario.Opinion.PeopleToPeopleGain;
                    State.Opinion[pair.A] += gain * (1 - State.Opinion[pair.A]);
                    State.Opinion[pair.B] += gain * (1 - State.Opinion[pair.B]);
                    continue;
                case ChannelKind.Transparency:
                    continue; // its contacts are costly-signal opportunities: SendSignals
                case ChannelKind.Summit:
                    pair.Rapport += Scenario.Rapport.SummitGain * (1 - pair.Rapport);
                    break;
            }

            var error = pair.CoreTimer > 0 ? channel.Error * (1 - pair.Rapport) : channel.Error;
            evidenceAB += Sighting(pair.CooperatedB, flipA < error, error, out var seenB);
            evidenceBA += Sighting(pair.CooperatedA, flipB < error, error, out var seenA);
            pair.SeenCooperationOfB = seenB;
            pair.SeenCooperationOfA = seenA;
        }
    }

    // The evidence of one sighting of the partner's action through a channel with this error.
    private double Sighting(bool cooperated, bool misread, double error, out bool seenCooperation)
    {
        seenCooperation = cooperated != misread;
        var defectS = Scenario.Behaviour.DefectIfTrustworthy;
        var defectG = Scenario.Behaviour.DefectIfGreedy;
        return seenCooperation
            ? BeliefFilter.Evidence(BeliefFilter.ThroughNoisyChannel(1 - defectS, error), BeliefFilter.ThroughNoisyChannel(1 - defectG, error))
            : BeliefFilter.Evidence(BeliefFilter.ThroughNoisyChannel(defectS, error), BeliefFilter.ThroughNoisyChannel(defectG, error));
    }

    // Step 5: each transparency contact is a chance to publish; a government sends only if its opinion allows it,
    // always as a security seeker, with probability m as a greedy type. A received signal is evidence log(1/m).
    private void SendSignals(PairState pair, int t, ref double evidenceAB, ref double evidenceBA)
    {
        var channel = pair.Channel(ChannelKind.Transparency);
        var chance = _random.Chance(channel.ContactChance);
        var uA = _random.NextDouble();
        var uB = _random.NextDouble();
        if (!chance || !channel.IsOpenAt(t))
            return;
        if (Sends(pair.A, uA))
        {
            evidenceBA += Scenario.Signals.Evidence;
            pair.Counters.SignalsSent++;
        }

        if (Sends(pair.B, uB))
        {
            evidenceAB += Scenario.Signals.Evidence;
            pair.Counters.SignalsSent++;
        }
    }

    private bool Sends(int state, double u) =>
        State.Opinion[state] >= Scenario.Signals.MinOpinion && (State.Trustworthy[state] || u < Scenario.Signals.SendIfGreedy);
}
