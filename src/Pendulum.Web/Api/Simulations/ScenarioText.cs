namespace Pendulum.Web.Api.Simulations;

/// <summary>One scenario of a simulation request: a label and its YAML (shipped, edited or pasted).</summary>
/// <param name="Name">The label shown in results; defaults to the scenario's own <c>name</c>.</param>
/// <param name="Yaml">The scenario file's text. <c>extends:</c> may name a shipped scenario file.</param>
public sealed record ScenarioText(string? Name, string Yaml);
