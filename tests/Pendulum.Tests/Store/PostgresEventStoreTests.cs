using Npgsql;
using Pendulum.Store;

namespace Pendulum.Tests.Store;

/// <summary>
/// The store contract against a real PostgreSQL server. The test script starts a throwaway cluster and passes its
/// connection string in <c>PENDULUM_TEST_POSTGRES</c>; each test class instance works in a schema of its own.
/// Without the variable the tests fail under CI (CI=true) and skip, visibly, elsewhere.
/// </summary>
public sealed class PostgresEventStoreTests : EventStoreContract
{
    private readonly string? _server = Environment.GetEnvironmentVariable("PENDULUM_TEST_POSTGRES");
    private readonly string _schema = "t_" + Guid.NewGuid().ToString("N");

    protected override IEventStore OpenStore()
    {
        if (string.IsNullOrEmpty(_server))
        {
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
                Assert.Fail("PENDULUM_TEST_POSTGRES is not set: run the tests with scripts/test.sh, which starts PostgreSQL.");
            Assert.Skip("PENDULUM_TEST_POSTGRES is not set (scripts/test.sh sets it).");
        }

        using (var connection = new NpgsqlConnection(_server))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"CREATE SCHEMA IF NOT EXISTS {_schema}";
            command.ExecuteNonQuery();
        }

        return PostgresEventStore.Open(new NpgsqlConnectionStringBuilder(_server) { SearchPath = _schema, Pooling = false }.ToString());
    }

    [Fact]
    public async Task Open_SchemaVersion1Store_CountsItsEventsAsLegacyVolumesAndMarksItsFiles()
    {
        using (var store = OpenStore())
            await Ingest(store, Fixtures.Icews);
        // Back to the version 1 layout: files.sha256 without a prefix, no file_volumes.
        using (var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_server) { SearchPath = _schema, Pooling = false }.ToString()))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = """
                DROP TABLE file_volumes;
                ALTER TABLE files RENAME COLUMN content_hash TO sha256;
                UPDATE files SET sha256 = 'ab12';
                UPDATE pendulum_meta SET value = '1' WHERE key = 'schema_version';
                """;
            command.ExecuteNonQuery();
        }

        using var upgraded = OpenStore();

        Assert.Equal("sha256:ab12", Assert.Single(upgraded.Files()).ContentHash);
        var expected = Fixtures.ReadAll(Fixtures.Icews).Events
            .Where(e => e.Source.Country == "USA" || e.Target.Country == "USA")
            .GroupBy(e => e.Date).OrderBy(g => g.Key).Select(g => (g.Key, (long)g.Count())).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, upgraded.DailyVolume("USA").ToList());
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && !string.IsNullOrEmpty(_server))
        {
            using var connection = new NpgsqlConnection(_server);
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"DROP SCHEMA IF EXISTS {_schema} CASCADE";
            command.ExecuteNonQuery();
        }

        base.Dispose(disposing);
    }
}
