namespace Pendulum.Store;

/// <summary>Opens the store a <c>--db</c> value names.</summary>
public static class EventStore
{
    /// <summary>The default store: <c>pendulum.db</c> in the working folder.</summary>
    public const string DefaultPath = "pendulum.db";

    /// <summary>
    /// A PostgreSQL connection string (it has <c>Host=</c> or <c>Server=</c>) opens the server store; anything
    /// else is a path to an SQLite file, created if missing. Null opens <see cref="DefaultPath"/>.
    /// </summary>
    public static IEventStore Open(string? db) =>
        IsConnectionString(db) ? PostgresEventStore.Open(db!) : SqliteEventStore.Open(db ?? DefaultPath);

    /// <summary>True when <paramref name="db"/> names a PostgreSQL server rather than a file.</summary>
    public static bool IsConnectionString(string? db) =>
        db is not null && db.Contains('=')
        && (db.Contains("Host=", StringComparison.OrdinalIgnoreCase) || db.Contains("Server=", StringComparison.OrdinalIgnoreCase));
}
