using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Pendulum.Web.Tests;

/// <summary>The web app in memory over a store, with extra services (test doubles for the seams) when given.</summary>
public sealed class ApiFactory(string db, Action<IServiceCollection>? services = null) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting(PendulumWeb.DbKey, db);
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
