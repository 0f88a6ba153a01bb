using System.Text.Json;

namespace Pendulum.Web.Tests.Api.Simulations;

/// <summary>Waits for a simulation started through the API to reach a state.</summary>
internal static class SimulationPolling
{
    /// <summary>
    /// Asks until the simulation is in <paramref name="state"/> (a run ends on a thread of its own); fails if it ends
    /// in another state. Bounded, and no duration is asserted.
    /// </summary>
    public static async Task Until(HttpClient client, string id, string state)
    {
        for (var i = 0; i < 1500; i++)
        {
            using var status = JsonDocument.Parse(await client.GetStringAsync(new Uri($"/api/simulations/{id}", UriKind.Relative)));
            var now = status.RootElement.GetProperty("state").GetString();
            if (now == state)
                return;
            Assert.True(now == "running", $"simulation {id} ended {now}: {status.RootElement}");
            await Task.Delay(20);
        }

        Assert.Fail($"simulation {id} never became {state}");
    }
}
