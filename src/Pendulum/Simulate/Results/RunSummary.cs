namespace Pendulum.Simulate;

/// <summary>
/// What one run did to one pair: a row of runs.csv (field names in docs/cli.md). Durations are in days whatever the
/// step; values that did not occur (no war, no suspension lifted, no project proposed) are null.
/// </summary>
public sealed record RunSummary
{
    public required long Run { get; init; }

    public required string Pair { get; init; }

    /// <summary>Share of steps in each zone (pendulum position, with hysteresis).</summary>
    public double ShareDistrust { get; init; }

    public double ShareUnderstanding { get; init; }

    public double ShareTrust { get; init; }

    /// <summary>Share of steps in which both sides cooperated.</summary>
    public double MutualCooperation { get; init; }

    public int Crises { get; init; }

    /// <summary>Crises per ten years of the horizon.</summary>
    public double CrisesPerDecade { get; init; }

    /// <summary>True when the ladder's top rung (war) was reached.</summary>
    public bool TopRung { get; init; }

    /// <summary>True when the top rung was reached while both states were security seekers.</summary>
    public bool AccidentalWar { get; init; }

    /// <summary>Days from the start to the war.</summary>
    public double? WarDay { get; init; }

    public int Incidents { get; init; }

    public int IncidentsReadAsDeliberate { get; init; }

    public int HotlineReveals { get; init; }

    public int CoreChallenges { get; init; }

    public int Suspensions { get; init; }

    /// <summary>Mean days from a suspension to the channel's resumption, over suspensions lifted within the run.</summary>
    public double? ResumeDays { get; init; }

    public int ProjectsProposed { get; init; }

    public int ProjectsCommitted { get; init; }

    public int ProjectsCompleted { get; init; }

    /// <summary>Completed projects over proposed ones.</summary>
    public double? ProjectCompletion { get; init; }

    public int SignalsSent { get; init; }

    /// <summary>Days from the start to the first step in the distrust zone.</summary>
    public double? FirstDistrustDay { get; init; }

    /// <summary>
    /// Of the steps (times directions) in which a state was a security seeker, the share in which its partner held it
    /// in distrust (belief below the distrust edge); null when no state was a security seeker.
    /// </summary>
    public double? MistakenDistrust { get; init; }

    /// <summary>Of the steps in which a state was greedy, the share in which its partner held it in trust (belief above the trust edge).</summary>
    public double? MisplacedTrust { get; init; }

    /// <summary>Brier score of the beliefs: the mean over steps and directions of <c>(mu - 1[trustworthy])^2</c>; 0.25 is what <c>mu = 0.5</c> always scores.</summary>
    public double? BeliefBrier { get; init; }

    public double FinalMuAB { get; init; }

    public double FinalMuBA { get; init; }

    public double FinalPosition { get; init; }

    /// <summary>Mean arms levels over the run, when arms dynamics are on.</summary>
    public double? MeanArmsA { get; init; }

    public double? MeanArmsB { get; init; }

    /// <summary>The summaries of the model's pairs at the end of a run.</summary>
    public static RunSummary[] Of(TrustModel model, long run)
    {
        var scenario = model.Scenario;
        var steps = (double)scenario.StepCount;
        var daysPerStep = scenario.Step == TimeStep.Day ? 1 : 365.25 / 12;
        var summaries = new RunSummary[model.State.Pairs.Length];
        for (var p = 0; p < summaries.Length; p++)
        {
            var pair = model.State.Pairs[p];
            var c = pair.Counters;
            var arms = pair.Spec.Arms.Enabled;
            summaries[p] = new RunSummary
            {
                Run = run,
                Pair = pair.Spec.Key,
                ShareDistrust = c.StepsDistrust / steps,
                ShareUnderstanding = c.StepsUnderstanding / steps,
                ShareTrust = c.StepsTrust / steps,
                MutualCooperation = c.StepsMutualCooperation / steps,
                Crises = c.Crises,
                CrisesPerDecade = c.Crises * 10.0 / scenario.Years,
                TopRung = c.WarStep is not null,
                AccidentalWar = c.AccidentalWar,
                WarDay = c.WarStep * daysPerStep,
                Incidents = c.Incidents,
                IncidentsReadAsDeliberate = c.IncidentsReadAsDeliberate,
                HotlineReveals = c.HotlineReveals,
                CoreChallenges = c.CoreChallenges,
                Suspensions = c.Suspensions,
                ResumeDays = c.Resumptions == 0 ? null : c.ResumedSteps * daysPerStep / c.Resumptions,
                ProjectsProposed = c.ProjectsProposed,
                ProjectsCommitted = c.ProjectsCommitted,
                ProjectsCompleted = c.ProjectsCompleted,
                ProjectCompletion = c.ProjectsProposed == 0 ? null : (double)c.ProjectsCompleted / c.ProjectsProposed,
                SignalsSent = c.SignalsSent,
                FirstDistrustDay = c.FirstDistrustStep * daysPerStep,
                MistakenDistrust = c.BeliefStepsTrustworthy == 0 ? null : (double)c.MistakenDistrustSteps / c.BeliefStepsTrustworthy,
                MisplacedTrust = c.BeliefStepsGreedy == 0 ? null : (double)c.MisplacedTrustSteps / c.BeliefStepsGreedy,
                BeliefBrier = c.BeliefStepsTrustworthy + c.BeliefStepsGreedy == 0 ? null : c.BrierSum / (c.BeliefStepsTrustworthy + c.BeliefStepsGreedy),
                FinalMuAB = pair.MuAB,
                FinalMuBA = pair.MuBA,
                FinalPosition = pair.Position,
                MeanArmsA = arms ? c.ArmsSumA / steps : null,
                MeanArmsB = arms ? c.ArmsSumB / steps : null,
            };
        }

        return summaries;
    }
}
