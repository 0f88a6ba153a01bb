using Pendulum.Simulate.Records;

namespace Pendulum.Simulate;

// Steps 8 and 9 of model.md section 4 (joint projects, arms), and public opinion.
public sealed partial class TrustModel
{
    // A project is proposed when none runs and no core-interest timer blocks it; it goes ahead iff each side's trust
    // covers its share of the cost (ProjectParameters.Commits), and completes unless a challenge stops it first.
    private void Projects(PairState pair, PairRates rates)
    {
        var proposed = _random.Chance(rates.Proposal);
        var p = pair.Spec.Projects;
        if (!Scenario.Mechanisms.JointProjects)
            return;
        if (pair.ProjectRemaining > 0)
        {
            if (--pair.ProjectRemaining == 0)
                pair.Counters.ProjectsCompleted++;
            return;
        }

        if (!proposed || (pair.CoreTimer > 0 && pair.Spec.CoreInterest.BlocksProjects))
            return;
        pair.Counters.ProjectsProposed++;
        if (p.Commits(pair.MuBA, p.ShareA) && p.Commits(pair.MuAB, 1 - p.ShareA))
        {
            pair.Counters.ProjectsCommitted++;
            Log(State.Step, _pair, ActKind.JointProject, pair.A, pair);
            pair.ProjectRemaining = rates.ProjectSteps;
        }
    }

    // Richardson's equations by Euler steps; each grievance rises as the state's trust in the other falls.
    private void Arms(PairState pair)
    {
        var p = pair.Spec.Arms;
        if (!p.Enabled || !Scenario.Mechanisms.ArmsDynamics)
            return;
        var dt = Scenario.StepYears;
        var x = pair.ArmsA;
        var y = pair.ArmsB;
        var g = p.GrievanceA + p.GrievancePerDistrust * (1 - pair.MuBA);
        var h = p.GrievanceB + p.GrievancePerDistrust * (1 - pair.MuAB);
        pair.ArmsA = Math.Max(0, x + dt * (p.ReactionA * y - p.FatigueA * x + g));
        pair.ArmsB = Math.Max(0, y + dt * (p.ReactionB * x - p.FatigueB * y + h));
    }

    // Opinion moves toward (1 - w) baseline + w (the government's mean trust in its partners), and takes shocks.
    private void UpdateOpinion()
    {
        var o = Scenario.Opinion;
        for (var i = 0; i < State.Opinion.Length; i++)
        {
            double trust = 0;
            var partners = 0;
            foreach (var pair in State.Pairs)
            {
                if (pair.A == i)
                {
                    trust += pair.MuBA;
                    partners++;
                }
                else if (pair.B == i)
                {
                    trust += pair.MuAB;
                    partners++;
                }
            }

            var target = partners == 0 ? o.Baseline : (1 - o.TrustWeight) * o.Baseline + o.TrustWeight * trust / partners;
            var opinion = State.Opinion[i] + _opinionPull * (target - State.Opinion[i]);
            if (_random.Chance(_shockChance))
                opinion -= o.ShockSize;
            State.Opinion[i] = Math.Clamp(opinion, 0, 1);
        }
    }
}
