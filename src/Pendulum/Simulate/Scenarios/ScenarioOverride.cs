namespace Pendulum.Simulate;

/// <summary>
/// One value laid over a scenario after reading it: <c>PATH=VALUE</c>, with PATH the dotted keys of the YAML file
/// (<c>incidents.rate_per_year</c>, <c>pairs.USA-CHN.channels.hotline.present</c>, <c>interventions.0.every_days</c>).
/// </summary>
/// <param name="Path">Dotted path into the YAML tree.</param>
/// <param name="Value">The scalar text, read as YAML reads it.</param>
/// <param name="Origin">Where the override came from, named in errors (e.g. <c>--vary</c>).</param>
public sealed record ScenarioOverride(string Path, string Value, string Origin = "--set");
