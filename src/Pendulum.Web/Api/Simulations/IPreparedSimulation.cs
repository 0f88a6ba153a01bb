namespace Pendulum.Web.Api.Simulations;

/// <summary>A checked simulation, ready to run.</summary>
public interface IPreparedSimulation
{
    /// <summary>Runs of each scenario.</summary>
    long Runs { get; }

    /// <summary>Steps of the longest scenario.</summary>
    long Steps { get; }

    /// <summary>
    /// Runs it, reporting the share done in [0, 1]; stops with <see cref="OperationCanceledException"/> when
    /// cancelled. The result is the body of <c>GET /api/simulations/{id}/result</c>, written as JSON.
    /// </summary>
    Task<object> RunAsync(IProgress<double> progress, CancellationToken cancellationToken);
}
