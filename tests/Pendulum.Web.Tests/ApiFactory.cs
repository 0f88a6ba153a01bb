using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Pendulum.Web.Tests;

/// <summary>
/// The web app in memory over a store, with extra configuration (<c>Pendulum:...</c> keys) and services (a failing
/// store, a runner the test holds) when given.
/// </summary>
public sealed class ApiFactory(string db, Action<IServiceCollection>? services = null, Dictionary<string, string>? settings = null)
    : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting(PendulumWeb.DbKey, db);
        foreach (var (key, value) in settings ?? [])
            builder.UseSetting(key, value);
        builder.UseEnvironment("Production");
        if (services is not null)
            builder.ConfigureServices(services);
    }
}

/// <summary>One fixture store for the whole assembly: building it takes a second.</summary>
public sealed class SharedStore : IDisposable
{
    public TestStore Store { get; } = new();

    public void Dispose() => Store.Dispose();
}
