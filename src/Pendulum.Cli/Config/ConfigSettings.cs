namespace Pendulum.Cli.Config;

/// <summary>A value and where it came from (<c>PENDULUM_DB</c>, <c>FILE:LINE</c>), so <c>pendulum config</c> can say.</summary>
internal readonly record struct Setting<T>(T Value, string Origin);

/// <summary>The defaults a user can set once instead of repeating flags; null where nothing set one.</summary>
internal sealed record ConfigSettings
{
    /// <summary>The store (<c>--db</c>).</summary>
    public Setting<string>? Db { get; init; }

    /// <summary>The observer parameters file (<c>--params</c> of measure, serve and report).</summary>
    public Setting<string>? Params { get; init; }

    /// <summary>Worker threads (<c>--threads</c> of simulate, compare, sweep, demo, report, aggregate and ingest).</summary>
    public Setting<int>? Threads { get; init; }

    /// <summary>Each setting from this one, else from <paramref name="fallback"/>.</summary>
    public ConfigSettings Or(ConfigSettings fallback) => new()
    {
        Db = Db ?? fallback.Db,
        Params = Params ?? fallback.Params,
        Threads = Threads ?? fallback.Threads,
    };
}
