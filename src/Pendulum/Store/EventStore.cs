using System.Collections.Concurrent;

namespace Pendulum.Store;

/// <summary>Opens the store a <c>--db</c> value names.</summary>
public static class EventStore
{
    /// <summary>The default store: <c>pendulum.db</c> in the working folder.</summary>
    public const string DefaultPath = "pendulum.db";

    private static readonly ConcurrentDictionary<string, Func<string, IEventStore>> Engines = new(StringComparer.OrdinalIgnoreCase);

    private static readonly ConcurrentDictionary<string, Func<string, IEventStore>> FileEngines = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Makes <see cref="Open"/> hand <c>--db</c> values that start with <c>scheme://</c> to <paramref name="open"/>.
    /// Engines that talk to a network service live in their own assembly (the core library does no network work),
    /// and the program that ships them registers them at start-up: the CLI registers <c>clickhouse://</c>.
    /// Registering a scheme again replaces the earlier factory.
    /// </summary>
    public static void Register(string scheme, Func<string, IEventStore> open)
    {
        ArgumentException.ThrowIfNullOrEmpty(scheme);
        ArgumentNullException.ThrowIfNull(open);
        Engines[scheme] = open;
    }

    /// <summary>
    /// Makes <see cref="Open"/> hand paths that end in <paramref name="extension"/> (<c>.duckdb</c>) to
    /// <paramref name="open"/>, with the path as given. Embedded engines whose native library is too large for the core
    /// library live in their own assembly, registered like the network ones: the CLI registers <c>.duckdb</c>.
    /// </summary>
    public static void RegisterExtension(string extension, Func<string, IEventStore> open)
    {
        ArgumentException.ThrowIfNullOrEmpty(extension);
        ArgumentNullException.ThrowIfNull(open);
        FileEngines[extension.StartsWith('.') ? extension : "." + extension] = open;
    }

    /// <summary>True when <paramref name="db"/> is a path that a registered file engine (not SQLite) opens.</summary>
    public static bool IsRegisteredFile(string? db) =>
        db is not null && SchemeOf(db) is null && !IsConnectionString(db) && FileEngines.ContainsKey(Path.GetExtension(db));

    /// <summary>
    /// A <c>scheme://...</c> value opens the engine registered for that scheme; a PostgreSQL connection string (it
    /// has <c>Host=</c> or <c>Server=</c>) opens the server store; a path whose extension a file engine was registered
    /// for (<c>.duckdb</c>) opens that engine; anything else is a path to an SQLite file, created if missing. Null opens <see cref="DefaultPath"/>.
    /// </summary>
    public static IEventStore Open(string? db)
    {
        if (SchemeOf(db) is { } scheme)
        {
            return Engines.TryGetValue(scheme, out var open)
                ? open(db!)
                : throw new UsageException($"no store engine for '{scheme}://' is loaded here (known: {KnownSchemes()})", "--db");
        }

        if (IsConnectionString(db))
            return PostgresEventStore.Open(db!);
        if (db is not null && FileEngines.TryGetValue(Path.GetExtension(db), out var openFile))
            return openFile(db);
        if (db is not null && string.Equals(Path.GetExtension(db), ".duckdb", StringComparison.OrdinalIgnoreCase))
            throw new UsageException($"no DuckDB engine is loaded here to open '{db}' (the CLI has one: pendulum ... --db {db})", "--db");
        return SqliteEventStore.Open(db ?? DefaultPath);
    }

    /// <summary>True when <paramref name="db"/> names a PostgreSQL server rather than a file.</summary>
    public static bool IsConnectionString(string? db) =>
        db is not null && db.Contains('=')
        && (db.Contains("Host=", StringComparison.OrdinalIgnoreCase) || db.Contains("Server=", StringComparison.OrdinalIgnoreCase));

    /// <summary>The scheme of a <c>scheme://...</c> value (letters, digits, <c>+ - .</c>, starting with a letter), or null.</summary>
    public static string? SchemeOf(string? db)
    {
        var end = db?.IndexOf("://", StringComparison.Ordinal) ?? -1;
        if (end <= 0 || !char.IsAsciiLetter(db![0]))
            return null;
        for (var i = 1; i < end; i++)
        {
            if (!(char.IsAsciiLetterOrDigit(db[i]) || db[i] is '+' or '-' or '.'))
                return null;
        }

        return db[..end];
    }

    private static string KnownSchemes() =>
        Engines.IsEmpty ? "none" : string.Join(", ", Engines.Keys.Order(StringComparer.Ordinal).Select(s => s + "://"));
}
