using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace Pendulum.Web.Tests.Browser;

/// <summary>The dashboard on Kestrel at 127.0.0.1 and a free port, as <c>pendulum serve</c> runs it, for a browser.</summary>
public sealed class DashboardServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private DashboardServer(WebApplication app, string address) => (_app, Address) = (app, address);

    /// <summary>The page's address, ending with a slash.</summary>
    public string Address { get; }

    public static async Task<DashboardServer> StartAsync(string db)
    {
        var app = PendulumWeb.Build([], builder =>
        {
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Configuration[PendulumWeb.DbKey] = db;
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
        });
        await app.StartAsync();
        return new DashboardServer(app, app.Urls.First() + "/");
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
