using System.CommandLine;
using Pendulum.Cli.Config;
using Pendulum.Events.Countries;

namespace Pendulum.Cli.Commands;

/// <summary>Options several commands share, defined once so they read the same everywhere.</summary>
internal static class CommonOptions
{
    public static Option<string?> Db() => new("--db")
    {
        Description = "Store: an SQLite file (default: PENDULUM_DB, else pendulum.yaml's db, else pendulum.db in the working folder), "
            + "a PostgreSQL connection string (Host=...;Database=...) or a ClickHouse cluster (clickhouse://HOST:PORT,HOST:PORT/DATABASE?cluster=NAME).",
        DefaultValueFactory = _ => CliDefaults.Current.Db?.Value,
    };

    /// <summary>An observer parameters file, by default pendulum.yaml's <c>params</c>.</summary>
    public static Option<string?> ObserverParams(string description) => new("--params")
    {
        Description = description + " Default: pendulum.yaml's params, else the built-in parameters.",
        DefaultValueFactory = _ => CliDefaults.Current.Params?.Value,
    };

    /// <summary>Worker threads, by default pendulum.yaml's <c>threads</c>, else <paramref name="fallback"/>.</summary>
    public static int DefaultThreads(int fallback) => CliDefaults.Current.Threads?.Value ?? fallback;

    public static Option<string> OutputFormat() => new Option<string>("--format")
    {
        Description = "Output format: table, csv or json.",
        DefaultValueFactory = _ => "table",
    }.AcceptOnlyFromAmong("table", "csv", "json");

    /// <summary>The format of a command whose result is a table: also <c>parquet</c>, which <see cref="TableOut"/> names the file of.</summary>
    public static Option<string> TableFormat() => new Option<string>("--format")
    {
        Description = "Output format: table, csv, json or parquet (parquet needs --out FILE).",
        DefaultValueFactory = _ => "table",
    }.AcceptOnlyFromAmong("table", "csv", "json", "parquet");

    public static Option<string?> TableOut() => new("--out")
    {
        Description = "Write the result to this file (complete or not at all) instead of standard output; required by --format parquet.",
    };

    public static Option<string?> DeclaredChannels() => new("--declared")
    {
        Description = "A YAML file of known channels (name, kind, opened, suspensions); see docs/channels.md.",
    };

    /// <summary><c>--params</c>: observer settings from a file instead of the ones chosen from the data; by default pendulum.yaml's <c>params</c>.</summary>
    public static Option<string?> Parameters() => new("--params")
    {
        Description = "Observer parameters file (YAML or JSON) instead of the settings chosen from the data; see docs/observer.md. Default: pendulum.yaml's params, else the settings chosen from the data.",
        DefaultValueFactory = _ => CliDefaults.Current.Params?.Value,
    };

    public static Option<DateOnly?> Date(string name, string description) => new(name) { Description = description + " (YYYY-MM-DD)" };

    /// <summary>Parses <c>USA-CHN</c> into two known ISO alpha-3 codes, or throws a usage error with suggestions.</summary>
    public static (string A, string B) ParseDyad(string dyad)
    {
        var parts = dyad.Split('-', StringSplitOptions.TrimEntries);
        if (parts.Length != 2)
            throw new UsageException($"'{dyad}' is not a dyad; write two ISO alpha-3 codes joined by '-', e.g. USA-CHN", "--dyad");
        return (Country(parts[0], "--dyad"), Country(parts[1], "--dyad"));
    }

    /// <summary>Parses <c>USA,CHN</c> into a set of known ISO alpha-3 codes.</summary>
    public static IReadOnlySet<string> ParseActors(string actors) => ParseActorList(actors).ToHashSet(StringComparer.Ordinal);

    /// <summary>Parses <c>USA,CHN,JPN</c> into known ISO alpha-3 codes, in the order given, without repeats.</summary>
    public static IReadOnlyList<string> ParseActorList(string actors) =>
        actors.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(a => Country(a, "--actors"))
            .Distinct()
            .ToList();

    private static string Country(string code, string option)
    {
        var upper = code.ToUpperInvariant();
        if (CountryTable.Default.IsKnownCode(upper))
            return upper;
        var closest = CountryTable.Default.Closest(code, 3);
        throw new UsageException(
            $"unknown country code '{code}'" + (closest.Count > 0 ? $"; did you mean {string.Join(", ", closest)}?" : ""), option);
    }
}
