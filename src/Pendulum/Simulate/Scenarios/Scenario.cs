using Pendulum.Belief;

namespace Pendulum.Simulate;

/// <summary>
/// Everything a simulation needs, validated: the states, the pairs and their channels, every rate, the behaviour
/// rule, the horizon and the scheduled interventions. Read from YAML by <see cref="ScenarioLoader"/>
/// (format: docs/scenarios.md).
/// </summary>
public sealed record Scenario
{
    /// <summary>A short name for outputs. Default: the file name without extension.</summary>
    public required string Name { get; init; }

    /// <summary>Free text: what the scenario is for.</summary>
    public string Description { get; init; } = "";

    /// <summary>Date of the first step. Default 2011-01-01 (the seeds' period).</summary>
    public DateOnly Start { get; init; } = new(2011, 1, 1);

    /// <summary>Horizon. Unit: years. Default 10.</summary>
    public int Years { get; init; } = 10;

    /// <summary>Step length. Default a day (model.md section 4).</summary>
    public TimeStep Step { get; init; } = TimeStep.Day;

    /// <summary>
    /// Type switching of every state, in per-year rates: a state's type switches S to G at
    /// <see cref="SwitchToGreedyPerYear"/> and back at <see cref="SwitchToTrustworthyPerYear"/>; the belief filter is
    /// given the same hazards per step. Unit: per year. Default 1 each (model.md section 2: 1/365 per day).
    /// </summary>
    public double SwitchToGreedyPerYear { get; init; } = 1;

    /// <inheritdoc cref="SwitchToGreedyPerYear"/>
    public double SwitchToTrustworthyPerYear { get; init; } = 1;

    /// <summary>Zone edges and hysteresis (the hazards are set per step from the switching rates above).</summary>
    public BeliefParameters Zones { get; init; } = new();

    public BehaviourParameters Behaviour { get; init; } = new();

    public SignalParameters Signals { get; init; } = new();

    public CrisisParameters Crisis { get; init; } = new();

    public OpinionParameters Opinion { get; init; } = new();

    public RapportParameters Rapport { get; init; } = new();

    /// <summary>Which mechanisms of the model run (all, by default); <c>pendulum audit</c> turns them off one at a time.</summary>
    public MechanismSwitches Mechanisms { get; init; } = new();

    public required IReadOnlyList<StateSpec> States { get; init; }

    public required IReadOnlyList<PairSpec> Pairs { get; init; }

    public IReadOnlyList<Intervention> Interventions { get; init; } = [];

    /// <summary>Length of one step. Unit: years.</summary>
    public double StepYears => Step == TimeStep.Day ? 1 / 365.25 : 1 / 12.0;

    /// <summary>Number of steps from <see cref="Start"/> to <see cref="Start"/> plus <see cref="Years"/>.</summary>
    public int StepCount => Step == TimeStep.Day
        ? Start.AddYears(Years).DayNumber - Start.DayNumber
        : Years * 12;

    /// <summary>The date of step <paramref name="step"/>.</summary>
    public DateOnly DateOf(int step) => Step == TimeStep.Day ? Start.AddDays(step) : Start.AddMonths(step);

    /// <summary>The step a date falls in (may lie outside [0, StepCount)).</summary>
    public int StepOf(DateOnly date) => Step == TimeStep.Day
        ? date.DayNumber - Start.DayNumber
        : (date.Year - Start.Year) * 12 + date.Month - Start.Month;

    /// <summary>A duration in days as a whole number of steps, at least 1.</summary>
    public int StepsOf(double days) => Math.Max(1, (int)Math.Round(Step == TimeStep.Day ? days : days / (365.25 / 12)));

    /// <summary>The belief filter's parameters for one step: the switching rates turned into per-step hazards.</summary>
    public BeliefParameters BeliefPerStep => Zones with
    {
        HazardTrustworthyToGreedy = PerStep(SwitchToGreedyPerYear),
        HazardGreedyToTrustworthy = PerStep(SwitchToTrustworthyPerYear),
    };

    /// <summary>Probability of at least one event in a step for a Poisson rate per year: <c>1 - exp(-rate dt)</c>.</summary>
    public double PerStep(double ratePerYear) => -double.ExpM1(-ratePerYear * StepYears);
}
