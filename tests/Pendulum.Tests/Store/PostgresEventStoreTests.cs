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
