namespace Pendulum.Web.Api.Simulations;

/// <summary>One scenario's result.</summary>
/// <param name="Label">The label asked for (or the scenario's name), unique within the result.</param>
/// <param name="Name">The scenario's own <c>name</c>.</param>
/// <param name="Description">The scenario's description, when it has one.</param>
/// <param name="Start">The date of step 0.</param>
/// <param name="Step"><c>day</c> or <c>month</c>.</param>
/// <param name="Steps">Steps per run.</param>
/// <param name="Years">The horizon, in years.</param>
/// <param name="DistrustBelow">The scenario's zone edge on mu (the position's edge is 2 x - 1).</param>
/// <param name="TrustAbove">The scenario's zone edge on mu.</param>
/// <param name="Fans">Each pair's simulated position across runs.</param>
/// <param name="Outcomes">Each pair's outcomes over the runs.</param>
public sealed record ScenarioResultJson(string Label, string Name, string? Description, DateOnly Start, string Step, int Steps, int Years,
    double DistrustBelow, double TrustAbove, IReadOnlyList<FanJson> Fans, IReadOnlyList<OutcomeJson> Outcomes);
