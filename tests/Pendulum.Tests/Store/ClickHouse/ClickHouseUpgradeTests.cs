using System.Security.Cryptography;
using Pendulum.ClickHouse;
using Pendulum.Events;
using Pendulum.Ingest;
using Pendulum.Store;
using Pendulum.Tests.Events.Aggregates;

namespace Pendulum.Tests.Store.ClickHouse;

/// <summary>
/// Opening a store written with schema 1 (files keyed by <c>sha256</c>, no <c>file_volumes</c>, volumes counted from
/// the events): the files keep their SHA-256 as <c>sha256:</c> hashes and the volumes so far become content
/// <c>legacy</c>, however often the upgrade is interrupted.
/// </summary>
[Collection(ClickHouseClusterCollection.Name)]
public class ClickHouseUpgradeTests : IDisposable
{
    private static readonly string[] Countries = ["USA", "CHN", "RUS"];

    private readonly TestCluster.Databases _databases;

    public ClickHouseUpgradeTests()
        : this(null)
    {
    }

    /// <param name="server">The server the tests run on (see <see cref="TestCluster.Databases"/>).</param>
    protected ClickHouseUpgradeTests(Func<ClickHouseConnectionString>? server) => _databases = new(server);

    [Fact]
    public void Open_Schema1Store_KeepsFilesUnderTheirSha256AndCountsVolumesFromTheEvents()
    {
        var (connection, events) = Schema1Store();

        using var store = ClickHouseEventStore.Open(connection);

        var file = Assert.Single(store.Files());
        Assert.Equal(Sha256Of(Fixtures.Gdelt2Second), file.ContentHash);
        Assert.Equal(2, file.RowsInserted);
        AssertVolumesCountedFrom(events, store);
        AssertUpgradeFinished(store);
    }

    [Fact]
    public void Open_UpgradedStoreAgain_ChangesNothing()
    {
        var (connection, events) = Schema1Store();
        ClickHouseEventStore.Open(connection).Dispose();

        using var store = ClickHouseEventStore.Open(connection);

        Assert.Single(store.Files());
        AssertVolumesCountedFrom(events, store);
        AssertUpgradeFinished(store);
    }

    [Fact]
    public async Task IngestFileAsync_FileRecordedBySchema1_AddsNeitherEventsNorVolumes()
    {
        var (connection, events) = Schema1Store();
        using var store = ClickHouseEventStore.Open(connection);

        var result = await new EventIngester(store, TimeProvider.System).IngestFileAsync(Fixtures.Gdelt2Second, new IngestOptions());

        Assert.True(result.SeenBefore);
        Assert.Equal(0, result.File.RowsInserted);
        AssertVolumesCountedFrom(events, store);
    }

    [Fact]
    public void Open_UpgradeInterruptedWhileBuilding_BuildsAgainFromTheOldTables()
    {
        // What an upgrade stopped before its renames leaves: new tables half built beside the old ones.
        var (connection, events) = Schema1Store(store =>
        {
            var db = store.Database;
            store.First.Execute(ClickHouseSchema.CreateFiles(db, "files_upgrade"));
            store.First.Execute($"INSERT INTO {db}.files_upgrade (seq, version, path, content_hash) VALUES (9, 9, '/half/built', 'sha256:00')");
            store.First.Execute(ClickHouseSchema.CreateFileVolumes(db, store.Date32, "file_volumes_upgrade"));
            store.First.Execute($"INSERT INTO {db}.file_volumes_upgrade VALUES ('legacy', 'USA', '2018-05-08', 999)");
        });

        using var store = ClickHouseEventStore.Open(connection);

        Assert.Equal(Sha256Of(Fixtures.Gdelt2Second), Assert.Single(store.Files()).ContentHash);
        AssertVolumesCountedFrom(events, store);
        AssertUpgradeFinished(store);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Open_UpgradeInterruptedBetweenRenames_FinishesThem(bool filesRenamedAlready)
    {
        var (connection, events) = Schema1Store();
        // What an upgrade stopped between its renames leaves: the old files aside as files_sha256, the new tables
        // still (or, for files, already) under their final names, version 1.
        using (var upgraded = ClickHouseEventStore.Open(connection))
        {
            var db = upgraded.Database;
            if (!filesRenamedAlready)
                upgraded.First.Execute($"RENAME TABLE {db}.{ClickHouseSchema.Files} TO {db}.files_upgrade");
            upgraded.First.Execute($"RENAME TABLE {db}.{ClickHouseSchema.FileVolumes} TO {db}.file_volumes_upgrade");
            upgraded.First.Execute(Schema1Files(db, "files_sha256"));
            upgraded.First.Execute($"TRUNCATE TABLE {db}.{ClickHouseSchema.Meta}");
            upgraded.First.Execute($"INSERT INTO {db}.{ClickHouseSchema.Meta} VALUES ('schema_version', '1')");
        }

        using var store = ClickHouseEventStore.Open(connection);

        Assert.Equal(Sha256Of(Fixtures.Gdelt2Second), Assert.Single(store.Files()).ContentHash);
        AssertVolumesCountedFrom(events, store);
        AssertUpgradeFinished(store);
    }

    [Fact]
    public async Task Open_Schema2Store_CreatesEmptyPeriodCountsThatTakeATable()
    {
        var connection = _databases.New();
        using (var old = ClickHouseEventStore.Open(connection))
        {
            await new EventIngester(old, TimeProvider.System).IngestFileAsync(Fixtures.Gdelt2Second, new IngestOptions());
            DropPeriodCounts(old);
            old.First.Execute($"TRUNCATE TABLE {old.Database}.{ClickHouseSchema.Meta}");
            old.First.Execute($"INSERT INTO {old.Database}.{ClickHouseSchema.Meta} VALUES ('schema_version', '2')");
        }

        using var store = ClickHouseEventStore.Open(connection);

        AssertUpgradeFinished(store);
        Assert.Empty(store.PeriodCounts(["USA", "JPN"]));
        var result = await new EventIngester(store, TimeProvider.System).IngestFileAsync(PeriodCountFileTests.SixCountries,
            new IngestOptions());
        Assert.Equal(390, result.File.RowsInserted);
        Assert.Single(store.Files(Path.GetFullPath(Fixtures.Gdelt2Second)));
    }

    /// <summary>Drops <c>period_counts</c> (and each node's local table) as a store before schema 3 lacked them.</summary>
    private static void DropPeriodCounts(ClickHouseEventStore store)
    {
        foreach (var node in store.Nodes)
        {
            node.Execute($"DROP TABLE IF EXISTS {store.Database}.{ClickHouseSchema.PeriodCounts}");
            node.Execute($"DROP TABLE IF EXISTS {store.Database}.{ClickHouseSchema.LocalPeriodCounts}");
        }
    }

    public void Dispose()
    {
        _databases.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>
    /// A store as schema 1 left it: events from two files in the Distributed table, one file recorded in two
    /// versions (the later one wins when read with FINAL), <c>schema_version</c> 1. Made by opening a new store and
    /// putting schema 1's <c>files</c> table and version in place of today's; <paramref name="then"/> may add more.
    /// </summary>
    private (ClickHouseConnectionString Connection, List<CodedEvent> Events) Schema1Store(Action<ClickHouseEventStore>? then = null)
    {
        var connection = _databases.New();
        var events = Fixtures.ReadAll(Fixtures.Gdelt2First).Events.Concat(Fixtures.ReadAll(Fixtures.Gdelt2Second).Events)
            .DistinctBy(e => (e.Dataset, e.EventId)).ToList();
        using var store = ClickHouseEventStore.Open(connection);
        var db = store.Database;
        var first = store.First;
        first.Execute($"DROP TABLE {db}.{ClickHouseSchema.Files}");
        first.Execute($"DROP TABLE {db}.{ClickHouseSchema.FileVolumes}");
        first.Execute(Schema1Files(db, ClickHouseSchema.Files));
        DropPeriodCounts(store);
        first.Execute($"TRUNCATE TABLE {db}.{ClickHouseSchema.Meta}");
        first.Execute($"INSERT INTO {db}.{ClickHouseSchema.Meta} VALUES ('schema_version', '1')");

        var rows = new RowBinaryWriter(store.Date32);
        foreach (var e in events)
            rows.WriteRow(EventColumns.Values(e), ClickHouseSchema.EventNullable);
        first.Insert($"{db}.{ClickHouseSchema.Events}", EventColumns.Names, rows.Bytes);

        var path = ClickHouseSql.String(Path.GetFullPath(Fixtures.Gdelt2Second));
        var hex = ClickHouseSql.String(Sha256Of(Fixtures.Gdelt2Second)["sha256:".Length..]);
        foreach (var version in new[] { 1, 2 })
        {
            first.Execute($"INSERT INTO {db}.{ClickHouseSchema.Files} VALUES "
                + $"(1, {version}, {path}, 1, {hex}, 'gdelt', 'GDELT 2.0', '', 0, 0, {version}, 0, 0, 0, 0, 0, '2026-01-01T00:00:00.000Z')");
        }

        then?.Invoke(store);
        return (connection, events);
    }

    /// <summary>Schema 1's <c>files</c>, as that version of <c>ClickHouseSchema.CreateFiles</c> made it.</summary>
    private static string Schema1Files(string db, string table) => $"""
        CREATE TABLE {db}.{table} (
          seq UInt64, version UInt64, path String, size Int64, sha256 String, format String, format_detail String,
          actors String, rows_read Int64, rows_kept Int64, rows_inserted Int64, rows_filtered_out Int64,
          rows_skipped Int64, na_rows Int64, codes_repaired Int64, exponent_dates Int64, ingested_at String)
        ENGINE = ReplacingMergeTree(version) ORDER BY (path, sha256)
        """;

    private static string Sha256Of(string path) => "sha256:" + Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));

    private static void AssertVolumesCountedFrom(List<CodedEvent> events, ClickHouseEventStore store)
    {
        foreach (var country in Countries)
            Assert.Equal(ClickHouseVolumesTests.CountedFromEvents(events, country), store.DailyVolume(country));
    }

    /// <summary>The current schema, one version row, and none of the upgrade's own tables left.</summary>
    private static void AssertUpgradeFinished(ClickHouseEventStore store)
    {
        Assert.Equal(["3"], Column(store, $"SELECT value FROM {store.Database}.{ClickHouseSchema.Meta}"));
        // One server keeps its events in `events` itself; a cluster node has `events_local` under the Distributed
        // `events`; period counts likewise.
        string[] events = store.Connection.SingleServer ? [ClickHouseSchema.Events] : [ClickHouseSchema.Events, ClickHouseSchema.LocalEvents];
        string[] counts = store.Connection.SingleServer
            ? [ClickHouseSchema.PeriodCounts]
            : [ClickHouseSchema.PeriodCounts, ClickHouseSchema.LocalPeriodCounts];
        Assert.Equal(
            [.. events, ClickHouseSchema.FileVolumes, ClickHouseSchema.Files, ClickHouseSchema.Meta, .. counts],
            Column(store, $"SELECT name FROM system.tables WHERE database = {ClickHouseSql.String(store.Database)} ORDER BY name"));
    }

    private static List<string> Column(ClickHouseEventStore store, string sql)
    {
        using var rows = store.First.Query(sql);
        var values = new List<string>();
        while (rows.Read() is { } row)
            values.Add(row[0]!);
        return values;
    }
}
