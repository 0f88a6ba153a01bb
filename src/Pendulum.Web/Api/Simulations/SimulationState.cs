namespace Pendulum.Web.Api.Simulations;

/// <summary>Where a simulation started from the web stands; <c>GET /api/simulations/{id}</c> gives it in lower case.</summary>
public enum SimulationState
{
    Running,
    Done,
    Failed,
    Cancelled,
}
