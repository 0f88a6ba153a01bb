using Microsoft.Extensions.FileProviders;
using Pendulum.Observe;
using Pendulum.Reports.Json;
using Pendulum.Web.Api;
using Pendulum.Web.Api.Matrix;
using Pendulum.Web.Api.PairAnalyses;
using Pendulum.Web.Api.Pairs;
using Pendulum.Web.Api.Simulations;
using Pendulum.Web.Api.Unga;
using Pendulum.Web.Store;

namespace Pendulum.Web;

/// <summary>
/// The dashboard's web application: the JSON API under <c>/api</c>, its OpenAPI document at
/// <c>/openapi/v1.json</c>, and the dashboard itself, embedded in this assembly.
/// </summary>
public static class PendulumWeb
{
    /// <summary>Configuration key of the store (<c>--db</c>): an SQLite path or a PostgreSQL connection string.</summary>
    public const string DbKey = "Pendulum:Db";

    /// <summary>Configuration key of an observer parameters file (<c>--params</c>); defaults without it.</summary>
    public const string ParamsKey = "Pendulum:Params";

    /// <summary>
    /// Configuration key of the declared-channels files (<c>--declared</c>), separated by <c>;</c>: a pair is read with
    /// the first file that names it. None by default.
    /// </summary>
    public const string DeclaredKey = "Pendulum:Declared";

    /// <summary>Configuration key of the folder of shipped scenarios; default <c>scenarios/</c> beside the program.</summary>
    public const string ScenariosKey = "Pendulum:Scenarios";

    /// <summary>The largest request body any endpoint reads, in bytes. Default 1 MiB.</summary>
    public const long MaxRequestBodyBytes = 1024 * 1024;

    // Scripts from the bundle only; ECharts styles its elements inline, hence the one allowance for styles.
    private const string ContentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
        + "img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

    /// <summary>
    /// Builds the application. <paramref name="configure"/> runs before the services are added (the command line
    /// sets the address and the store there). The store, the declared channels and the shipped scenarios are checked now, so a missing or malformed one stops the start.
    /// </summary>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        configure?.Invoke(builder);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = MaxRequestBodyBytes;
        });
        AddServices(builder.Services);
        var app = builder.Build();
        _ = app.Services.GetRequiredService<IStoreSource>();
        _ = app.Services.GetRequiredService<ObserverParameters>();
        _ = app.Services.GetRequiredService<DeclaredChannelFiles>();
        _ = app.Services.GetRequiredService<ShippedScenarios>();
        Configure(app);
        return app;
    }

    private static void AddServices(IServiceCollection services)
    {
        services.AddProblemDetails();
        services.AddExceptionHandler<ProblemHandler>();
        services.ConfigureHttpJsonOptions(json => ReportJson.Configure(json.SerializerOptions));
        services.AddOpenApi(openApi => openApi.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Pendulum API";
            document.Info.Description = "Strategic trust between states, measured from political event data. JSON fields are those of the pendulum command (docs/cli.md).";
            return Task.CompletedTask;
        }));
        services.AddSingleton(provider => StoreSources.For(provider.GetRequiredService<IConfiguration>()[DbKey]));
        services.AddSingleton<StoreReader>();
        services.AddSingleton(provider => provider.GetRequiredService<IConfiguration>()[ParamsKey] is { Length: > 0 } path
            ? ObserverParametersFile.Load(path)
            : new ObserverParameters());
        services.AddSingleton(provider => new PairReadings(
            provider.GetRequiredService<IConfiguration>()[ParamsKey] is { Length: > 0 } path ? path : null));
        services.AddSingleton(provider => DeclaredChannelFiles.Load(provider.GetRequiredService<IConfiguration>()[DeclaredKey]));
        services.AddSingleton(provider => new ShippedScenarios(
            provider.GetRequiredService<IConfiguration>()[ScenariosKey] is { Length: > 0 } folder ? folder : ShippedScenarios.DefaultFolder));
        services.AddSingleton<ISimulationRunner, ScenarioRunner>();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<SimulationJobs>();
        services.AddSingleton(new SimulationLimits());
    }

    private static void Configure(WebApplication app)
    {
        // Set as the response starts, so error responses (whose headers the exception handler resets) carry them too.
        app.Use((http, next) =>
        {
            http.Response.OnStarting(() =>
            {
                var headers = http.Response.Headers;
                headers.XContentTypeOptions = "nosniff";
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
                headers["Referrer-Policy"] = "no-referrer";
                return Task.CompletedTask;
            });
            return next(http);
        });
        app.UseExceptionHandler();
        app.UseStatusCodePages();

        // The dashboard is served from the assembly's embedded files and nothing else: no path can reach the disk.
        var dashboard = new EmbeddedFileProvider(typeof(PendulumWeb).Assembly, "Pendulum.Web.wwwroot");
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = dashboard });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = dashboard });

        var api = app.MapGroup("/api");
        api.MapFeatures();
        api.MapPairs();
        api.MapMatrix();
        api.MapPairAnalyses();
        api.MapScenarios();
        api.MapSimulations();
        api.MapUnga();
        app.MapOpenApi("/openapi/{documentName}.json");
    }
}
