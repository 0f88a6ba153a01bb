using Pendulum.Store;
using Pendulum.Web.Store;

namespace Pendulum.Web.Tests.Store;

public sealed class StoreSourcesTests(SharedStore shared)
{
    [Fact]
    public void For_ClickHouseAddress_IsAServerSourceNotAFile()
    {
        // Nothing is opened yet: the address goes to the engine registered for clickhouse:// when a request comes.
        var source = StoreSources.For("clickhouse://127.0.0.1:8123/pendulum");

        Assert.IsType<ServerStoreSource>(source);
    }

    [Fact]
    public void For_SchemeAddress_OpensTheEngineRegisteredForIt()
    {
        EventStore.Register("webtest", _ => SqliteEventStore.Open(shared.Store.Path));
        var source = StoreSources.For("webtest://anywhere/pendulum");

        using var store = source.Open();

        Assert.Equal(TestStore.FixtureEvents().Count, store.CountEvents());
        Assert.StartsWith($"{TestStore.Files.Length}:", source.Stamp(), StringComparison.Ordinal);
    }

    [Fact]
    public void For_SchemeWithoutAnEngine_RefusesWhenOpenedAndCreatesNoFile()
    {
        var source = StoreSources.For("nosuchengine://127.0.0.1/pendulum");

        var error = Assert.Throws<UsageException>(() => source.Open());

        Assert.Contains("nosuchengine://", error.Reason, StringComparison.Ordinal);
        Assert.False(Directory.Exists("nosuchengine:"));
    }

    [Fact]
    public void For_MissingFile_ThrowsNamingThePath()
    {
        var path = System.IO.Path.Combine(shared.Store.Folder, "typo.db");

        var error = Assert.Throws<InputOutputException>(() => StoreSources.For(path));

        Assert.Equal(path, error.File);
        Assert.False(File.Exists(path));
    }
}
