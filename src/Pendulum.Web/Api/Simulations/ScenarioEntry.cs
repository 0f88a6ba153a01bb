namespace Pendulum.Web.Api.Simulations;

/// <summary>A scenario shipped with Pendulum (the <c>scenarios/</c> folder), as listed by <c>GET /api/scenarios</c>.</summary>
/// <param name="Name">The name used in URLs: the file's name without <c>.yaml</c>.</param>
/// <param name="Title">One line for a picker: the scenario's own <c>name</c>.</param>
/// <param name="Description">A short paragraph, when the scenario has one.</param>
public sealed record ScenarioEntry(string Name, string Title, string? Description);
