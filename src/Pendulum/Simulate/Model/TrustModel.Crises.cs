using Pendulum.Belief;
using Pendulum.Channels;
using Pendulum.Simulate.Records;

namespace Pendulum.Simulate;

// Steps 6 and 7 of model.md section 4: incidents, the escalation ladder and the hotline; core-interest challenges.
// Scheduled interventions reuse the same code paths as random events.
public sealed partial class TrustModel
{
    // Scheduled interventions: an incident or a challenge is read as any other (its evidence as if the starter's type
    // had started it); a summit meets whatever the state of the summit channel.
    private void RunScheduled(int p, PairState pair, int t, int from, ref double evidenceBA, ref double evidenceAB)
    {
        var rates = _rates[p];
        for (var i = from; i < _next; i++)
        {
            var (_, intervention, target) = _schedule[i];
            if (target != p)
                continue;
            var by = intervention.By is null || intervention.By == pair.Spec.A ? pair.A : pair.B;
            switch (intervention.Kind)
            {
                case InterventionKind.CoreChallenge:
                    AddEvidenceAbout(by, pair, rates.Challenges.Evidence(happened: true), ref evidenceBA, ref evidenceAB);
                    CoreChallenge(pair, t, by);
                    break;
                case InterventionKind.Incident:
                    AddEvidenceAbout(by, pair, rates.Incidents.Evidence(happened: true), ref evidenceBA, ref evidenceAB);
                    Incident(pair, t, by, ref evidenceBA, ref evidenceAB);
                    break;
                case InterventionKind.Summit:
                    Summit(pair);
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

    // Evidence about `state` goes to its partner's belief: BA is A's belief about B.
    private static void AddEvidenceAbout(int state, PairState pair, double evidence, ref double evidenceBA, ref double evidenceAB)
    {
        if (state == pair.B)
            evidenceBA += evidence;
        else
            evidenceAB += evidence;
    }

    // A scheduled summit: leaders see each other's action of this step with the summit channel's error, and rapport grows.
    private void Summit(PairState pair)
    {
        var error = (pair.Spec.Channels.GetValueOrDefault(ChannelKind.LeaderSummit) ?? ChannelParameters.DefaultsFor(ChannelKind.LeaderSummit)).Error;
        var misreadByA = _random.Chance(error);
        var misreadByB = _random.Chance(error);
        LogSummit(State.Step, pair);
        if (Scenario.Mechanisms.SummitRapport)
            pair.Rapport += Scenario.Rapport.SummitGain * (1 - pair.Rapport);
        if (Scenario.Mechanisms.SummitObservation)
            See(pair, misreadByA, misreadByB, error);
    }

    // An incident started by `initiator`; the other side reads it. Through an open hotline it may get a report of the
    // incident's intent, right with the hotline's accuracy q, read with its likelihood under each type (a security
    // seeker's incidents are accidents; a greedy state's are deliberate with probability d). Otherwise it reads the
    // incident as deliberate with the posterior of greed. The evidence of the incident itself is the caller's.
    private void Incident(PairState pair, int t, int initiator, ref double evidenceBA, ref double evidenceAB)
    {
        var p = pair.Spec.Incidents;
        var deliberate = !State.Trustworthy[initiator] & _random.NextDouble() < p.DeliberateIfGreedy;
        var uReveal = _random.NextDouble();
        var uReport = _random.NextDouble();
        var uRead = _random.NextDouble();
        var victimIsA = initiator == pair.B;
        var trust = victimIsA ? pair.MuBA : pair.MuAB;
        pair.Counters.Incidents++;
        Log(t, _pair, ActKind.Incident, initiator, pair);
        bool climb;
        if (Scenario.Mechanisms.HotlineCrisisReveal && pair.Channel(ChannelKind.Hotline).IsOpenAt(t) && uReveal < Scenario.Crisis.HotlineReveal)
        {
            pair.Counters.HotlineReveals++;
            Log(t, _pair, ActKind.HotlineCrisisCall, victimIsA ? pair.A : pair.B, pair);
            var q = Scenario.Crisis.RevealAccuracy;
            var d = p.DeliberateIfGreedy;
            var reportDeliberate = deliberate == uReport < q;
            var ifTrustworthy = reportDeliberate ? 1 - q : q;
            var ifGreedy = reportDeliberate ? d * q + (1 - d) * (1 - q) : d * (1 - q) + (1 - d) * q;
            AddEvidenceAbout(initiator, pair, Math.Log(ifTrustworthy / ifGreedy), ref evidenceBA, ref evidenceAB);
            climb = reportDeliberate;
            if (!reportDeliberate && pair.Crisis > 0)
                pair.Crisis--;
        }
        else
        {
            var greedy = (1 - trust) * p.RateIfGreedy;
            climb = uRead < greedy / (greedy + trust * p.RateIfTrustworthy);
        }

        if (climb)
        {
            pair.Counters.IncidentsReadAsDeliberate++;
            Climb(pair, t, victimIsA ? pair.A : pair.B);
        }
    }

    // Step 6, between incidents: a hostile side (greedy, or a security seeker whose trust is below Kydd's threshold)
    // tries to climb; a fearful security seeker with an open hotline may first get a report of the other's type. With
    // no attempt, the crisis calms a rung.
    private void Escalate(PairState pair, int t)
    {
        var uA = _random.NextDouble();
        var uB = _random.NextDouble();
        var revealA = _random.NextDouble();
        var revealB = _random.NextDouble();
        var reportA = _random.NextDouble();
        var reportB = _random.NextDouble();
        var calm = _random.NextDouble();
        if (pair.Crisis == 0 || pair.AtWar)
            return;
        var attemptA = Hostile(pair.A, pair.MuBA, pair.CooperationOfB.IfGreedy) && uA < _escalationChance;
        var attemptB = Hostile(pair.B, pair.MuAB, pair.CooperationOfA.IfGreedy) && uB < _escalationChance;
        if (!attemptA && !attemptB)
        {
            if (calm < _calmingChance)
                pair.Crisis--;
            return;
        }

        var hotline = Scenario.Mechanisms.HotlineCrisisReveal && pair.Channel(ChannelKind.Hotline).IsOpenAt(t);
        if (attemptA && hotline && State.Trustworthy[pair.A] && revealA < Scenario.Crisis.HotlineReveal)
            attemptA = Reveal(pair, otherIsTrustworthy: State.Trustworthy[pair.B], reportA, aLearns: true);
        if (attemptB && hotline && State.Trustworthy[pair.B] && revealB < Scenario.Crisis.HotlineReveal)
            attemptB = Reveal(pair, otherIsTrustworthy: State.Trustworthy[pair.A], reportB, aLearns: false);
        if (attemptA || attemptB)
            Climb(pair, t, attemptA ? pair.A : pair.B);
        else if (pair.Crisis > 0)
            pair.Crisis--;
    }

    private bool Hostile(int state, double trust, double partnerGreedyCooperation) =>
        !State.Trustworthy[state] || Scenario.Behaviour.CooperationChance(trust, partnerGreedyCooperation) < _threshold;

    // The hotline reports the other's type, right with probability q = sigmoid(RevealEvidence), so the report is
    // evidence of exactly plus or minus RevealEvidence; returns whether the side still climbs (it does when told the
    // other is greedy). The evidence is applied straight to the belief: the step's other evidence was already used.
    private bool Reveal(PairState pair, bool otherIsTrustworthy, double uReport, bool aLearns)
    {
        pair.Counters.HotlineReveals++;
        Log(State.Step, _pair, ActKind.HotlineCrisisCall, aLearns ? pair.A : pair.B, pair);
        var reportedTrustworthy = otherIsTrustworthy == uReport < Scenario.Crisis.RevealAccuracy;
        var evidence = reportedTrustworthy ? Scenario.Crisis.RevealEvidence : -Scenario.Crisis.RevealEvidence;
        if (aLearns)
            pair.MuBA = BeliefFilter.Update(pair.MuBA, evidence);
        else
            pair.MuAB = BeliefFilter.Update(pair.MuAB, evidence);
        return !reportedTrustworthy;
    }

    private void Climb(PairState pair, int t, int climber)
    {
        if (pair.Crisis == 0)
            pair.Counters.Crises++;
        pair.Crisis++;
        Log(t, _pair, pair.Crisis >= CrisisParameters.TopRung ? ActKind.War : pair.Crisis >= 4 ? ActKind.CrisisShowOfForce : ActKind.CrisisThreat, climber, pair);
        if (pair.Crisis < CrisisParameters.TopRung)
            return;
        pair.AtWar = true;
        pair.Counters.WarStep = t;
        pair.Counters.AccidentalWar = State.Trustworthy[pair.A] && State.Trustworthy[pair.B];
    }

    // Step 7: the challenged side's channels of the listed kinds close for a lognormal number of days, its opinion
    // falls, and joint projects stop while the timer runs. What the challenge says about the challenger's type is the
    // caller's (the challenge rates of the two types).
    private void CoreChallenge(PairState pair, int t, int challenger)
    {
        var p = pair.Spec.CoreInterest;
        var days = p.SuspensionMedianDays * Math.Exp(p.SuspensionSigma * _random.NextNormal());
        var steps = Scenario.StepsOf(days);
        var challenged = challenger == pair.A ? pair.B : pair.A;
        pair.Counters.CoreChallenges++;
        Log(t, _pair, ActKind.CoreChallenge, challenger, pair);
        pair.Counters.LastSuspensionSteps = steps;
        pair.CoreTimer = Math.Max(pair.CoreTimer, steps);
        foreach (var kind in Scenario.Mechanisms.CoreInterestSuspensions ? p.Suspends : [])
        {
            var channel = pair.Channel(kind);
            if (!channel.Present)
                continue;
            if (!channel.InSuspension)
            {
                channel.InSuspension = true;
                channel.SuspendedSince = t;
                channel.SuspendedBy = challenged;
                pair.Counters.Suspended(kind);
                Log(t, _pair, ActKind.ChannelSuspended, challenged, pair, kind);
            }

            channel.SuspendedUntil = Math.Max(channel.SuspendedUntil, t + steps);
        }

        State.Opinion[challenged] = Math.Max(0, State.Opinion[challenged] - p.OpinionDrop);
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
