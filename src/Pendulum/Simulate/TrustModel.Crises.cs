namespace Pendulum.Simulate;

// Steps 6 and 7 of model.md section 4: incidents, the escalation ladder and the hotline; core-interest challenges.
// Scheduled interventions reuse the same code paths as random events.
public sealed partial class TrustModel
{
    private void RunScheduled(int p, PairState pair, int t, int from, ref double evidenceAB, ref double evidenceBA)
    {
        for (var i = from; i < _next; i++)
        {
            var (_, intervention, target) = _schedule[i];
            if (target != p)
                continue;
            var by = intervention.By is null || intervention.By == pair.Spec.A ? pair.A : pair.B;
            switch (intervention.Kind)
            {
                case InterventionKind.CoreChallenge:
                    CoreChallenge(pair, t, by, ref evidenceAB, ref evidenceBA);
                    break;
                case InterventionKind.Incident:
                    Incident(pair, t, by, ref evidenceAB, ref evidenceBA);
                    break;
                case InterventionKind.Summit:
                    Summit(pair, ref evidenceAB, ref evidenceBA);
                    break;
                case InterventionKind.RemoveChannel:
                    pair.Channel(intervention.Channel!.Value).Present = false;
                    break;
                case InterventionKind.AddChannel:
                    var kind = intervention.Channel!.Value;
                    Configure(pair.Channel(kind), pair.Spec.Channels.GetValueOrDefault(kind), present: true);
                    break;
            }
        }
    }

    // A scheduled summit meets whatever the state of the summit channel; it reports the partner's last action.
    private void Summit(PairState pair, ref double evidenceAB, ref double evidenceBA)
    {
        var error = (pair.Spec.Channels.GetValueOrDefault(ChannelKind.Summit) ?? ChannelKind.Summit.Defaults()).Error;
        pair.Rapport += Scenario.Rapport.SummitGain * (1 - pair.Rapport);
        evidenceAB += Sighting(pair.CooperatedB, _random.Chance(error), error, out var seenB);
        evidenceBA += Sighting(pair.CooperatedA, _random.Chance(error), error, out var seenA);
        pair.SeenCooperationOfB = seenB;
        pair.SeenCooperationOfA = seenA;
    }

    // An incident started by `initiator`. The other side reads it: through an open hotline it may learn the truth;
    // otherwise the incident is evidence log(r_S / r_G) and is read as deliberate with the posterior of greed.
    private void Incident(PairState pair, int t, int initiator, ref double evidenceAB, ref double evidenceBA)
    {
        var p = pair.Spec.Incidents;
        var deliberate = !State.Trustworthy[initiator] && _random.Chance(p.DeliberateIfGreedy);
        var uReveal = _random.NextDouble();
        var uRead = _random.NextDouble();
        var victimIsA = initiator == pair.B;
        var trust = victimIsA ? pair.MuAB : pair.MuBA;
        pair.Counters.Incidents++;
        bool climb;
        double evidence;
        if (pair.Channel(ChannelKind.Hotline).IsOpenAt(t) && uReveal < Scenario.Crisis.HotlineReveal)
        {
            pair.Counters.HotlineReveals++;
            climb = deliberate;
            evidence = deliberate ? -Scenario.Crisis.RevealEvidence : 0;
            if (!deliberate && pair.Crisis > 0)
                pair.Crisis--;
        }
        else
        {
            var greedy = (1 - trust) * p.RateIfGreedy;
            climb = uRead < greedy / (greedy + trust * p.RateIfTrustworthy);
            evidence = Math.Log(p.RateIfTrustworthy / p.RateIfGreedy);
        }

        if (victimIsA)
            evidenceAB += evidence;
        else
            evidenceBA += evidence;
        if (climb)
        {
            pair.Counters.IncidentsReadAsDeliberate++;
            Climb(pair, t);
        }
    }

    // Step 6, between incidents: a hostile side (greedy, or a security seeker whose trust is below Kydd's threshold)
    // tries to climb; a fearful security seeker with an open hotline may first learn the other's type. With no
    // attempt, the crisis calms a rung.
    private void Escalate(PairState pair, int t)
    {
        var uA = _random.NextDouble();
        var uB = _random.NextDouble();
        var revealA = _random.NextDouble();
        var revealB = _random.NextDouble();
        var calm = _random.NextDouble();
        if (pair.Crisis == 0 || pair.AtWar)
            return;
        var attemptA = Hostile(pair.A, pair.MuAB) && uA < _escalationChance;
        var attemptB = Hostile(pair.B, pair.MuBA) && uB < _escalationChance;
        if (!attemptA && !attemptB)
        {
            if (calm < _calmingChance)
                pair.Crisis--;
            return;
        }

        var hotline = pair.Channel(ChannelKind.Hotline).IsOpenAt(t);
        if (attemptA && hotline && State.Trustworthy[pair.A] && revealA < Scenario.Crisis.HotlineReveal)
            attemptA = Reveal(pair, otherIsTrustworthy: State.Trustworthy[pair.B], aLearns: true);
        if (attemptB && hotline && State.Trustworthy[pair.B] && revealB < Scenario.Crisis.HotlineReveal)
            attemptB = Reveal(pair, otherIsTrustworthy: State.Trustworthy[pair.A], aLearns: false);
        if (attemptA || attemptB)
            Climb(pair, t);
        else if (pair.Crisis > 0)
            pair.Crisis--;
    }

    private bool Hostile(int state, double trust) =>
        !State.Trustworthy[state] || Scenario.Behaviour.CooperationChance(trust) < _threshold;

    // The hotline tells a fearful side the other's type; returns whether it still climbs. The evidence is applied
    // straight to the belief: the step's other evidence was already used.
    private bool Reveal(PairState pair, bool otherIsTrustworthy, bool aLearns)
    {
        pair.Counters.HotlineReveals++;
        var evidence = otherIsTrustworthy ? Scenario.Crisis.RevealEvidence : -Scenario.Crisis.RevealEvidence;
        if (aLearns)
            pair.MuAB = Belief.BeliefFilter.Update(pair.MuAB, evidence);
        else
            pair.MuBA = Belief.BeliefFilter.Update(pair.MuBA, evidence);
        return !otherIsTrustworthy;
    }

    private void Climb(PairState pair, int t)
    {
        if (pair.Crisis == 0)
            pair.Counters.Crises++;
        pair.Crisis++;
        if (pair.Crisis < CrisisParameters.TopRung)
            return;
        pair.AtWar = true;
        pair.Counters.WarStep = t;
        pair.Counters.AccidentalWar = State.Trustworthy[pair.A] && State.Trustworthy[pair.B];
    }

    // Step 7: the challenged side's channels of the listed kinds close for a lognormal number of days, its opinion
    // falls, it reads a little greed into the challenge, and joint projects stop while the timer runs.
    private void CoreChallenge(PairState pair, int t, int challenger, ref double evidenceAB, ref double evidenceBA)
    {
        var p = pair.Spec.CoreInterest;
        var days = p.SuspensionMedianDays * Math.Exp(p.SuspensionSigma * _random.NextNormal());
        var steps = Scenario.StepsOf(days);
        var challenged = challenger == pair.A ? pair.B : pair.A;
        pair.Counters.CoreChallenges++;
        pair.Counters.LastSuspensionSteps = steps;
        pair.CoreTimer = Math.Max(pair.CoreTimer, steps);
        foreach (var kind in p.Suspends)
        {
            var channel = pair.Channel(kind);
            if (!channel.Present)
                continue;
            if (!channel.InSuspension)
            {
                channel.InSuspension = true;
                channel.SuspendedSince = t;
                pair.Counters.Suspended(kind);
            }

            channel.SuspendedUntil = Math.Max(channel.SuspendedUntil, t + steps);
        }

        State.Opinion[challenged] = Math.Max(0, State.Opinion[challenged] - p.OpinionDrop);
        if (challenged == pair.A)
            evidenceAB += p.Evidence;
        else
            evidenceBA += p.Evidence;
        if (p.BlocksProjects)
            pair.ProjectRemaining = 0;
    }

    private static (int Step, Intervention Intervention, int Pair)[] Schedule(Scenario scenario)
    {
        var list = new List<(int, Intervention, int)>();
        var end = scenario.DateOf(scenario.StepCount);
        foreach (var intervention in scenario.Interventions)
        {
            var pair = scenario.Pairs.ToList().FindIndex(p => p.Key == intervention.Pair);
            var date = intervention.On ?? scenario.Start;
            do
            {
                var step = scenario.StepOf(date);
                if (step >= 0 && step < scenario.StepCount)
                    list.Add((step, intervention, pair));
                date = intervention.EveryDays is { } every ? date.AddDays(every) : end;
            }
            while (date < end);
        }

        // Stable: interventions on one step run in file order.
        return [.. list.Select((e, i) => (e, i)).OrderBy(x => x.e.Item1).ThenBy(x => x.i).Select(x => x.e)];
    }
}
