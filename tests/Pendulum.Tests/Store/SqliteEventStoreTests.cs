using Pendulum.Store;

namespace Pendulum.Tests.Store;

public sealed class SqliteEventStoreTests : EventStoreContract
{
    protected override IEventStore OpenStore() => SqliteEventStore.Open(Temp.Path("pendulum.db"));

    [Fact]
    public void Open_StoreFromNewerPendulum_RefusesWithIoError()
    {
        var path = Temp.Path("newer.db");
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA user_version = 99";
            command.ExecuteNonQuery();
        }

        var error = Assert.Throws<InputOutputException>(() => SqliteEventStore.Open(path));

        Assert.Contains("newer Pendulum", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_ConnectionStringOrPath_PicksTheEngine()
    {
        Assert.True(EventStore.IsConnectionString("Host=127.0.0.1;Database=x"));
        Assert.False(EventStore.IsConnectionString("pendulum.db"));
        Assert.False(EventStore.IsConnectionString("a=b.db"));
    }
}
