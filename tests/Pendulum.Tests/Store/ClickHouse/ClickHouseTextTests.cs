using Pendulum.ClickHouse;
using Pendulum.Store;

namespace Pendulum.Tests.Store.ClickHouse;

/// <summary>What needs no server: the connection string, literals, the TabSeparated reader, error lines, the engine seam.</summary>
public sealed class ClickHouseTextTests
{
    [Fact]
    public void Parse_TwoNodesDatabaseCluster_ReadsEachPart()
    {
        var c = ClickHouseConnectionString.Parse("clickhouse://127.0.0.1:18123,127.0.0.1:18124/pendulum?cluster=events_cluster");

        Assert.Equal(["127.0.0.1:18123", "127.0.0.1:18124"], c.Nodes.Select(n => n.Authority));
        Assert.Equal("pendulum", c.Database);
        Assert.Equal("events_cluster", c.Cluster);
        Assert.Equal("default", c.User);
    }

    [Fact]
    public void Parse_NoPort_UsesClickHouseHttpPort()
    {
        var c = ClickHouseConnectionString.Parse("clickhouse://db1/p?cluster=c");

        Assert.Equal(8123, c.Nodes[0].Port);
    }

    [Fact]
    public void ToString_WithPassword_LeavesThePasswordOut()
    {
        var c = ClickHouseConnectionString.Parse("clickhouse://h:1/p?cluster=c&user=analyst&password=s%3Dcret");

        Assert.Equal("s=cret", c.Password);
        Assert.Equal("clickhouse://h:1/p?cluster=c&user=analyst", c.ToString());
    }

    [Fact]
    public void Parse_OneServerWithoutCluster_IsASingleServerStore()
    {
        var c = ClickHouseConnectionString.Parse("clickhouse://h:1/p?user=analyst");

        Assert.True(c.SingleServer);
        Assert.Equal("clickhouse://h:1/p?user=analyst", c.ToString());
        Assert.False(ClickHouseConnectionString.Parse("clickhouse://h:1/p?cluster=c").SingleServer);
    }

    [Fact]
    public void WriteRow_Date32_WritesSignedDaysAndKeepsDaysBefore1970()
    {
        var writer = new RowBinaryWriter(date32: true);

        writer.WriteRow([new DateOnly(1949, 10, 1), new DateOnly(1970, 1, 2)], [false, false]);

        Assert.Equal([.. BitConverter.GetBytes(-7397), .. BitConverter.GetBytes(1)], writer.Bytes.ToArray());
        Assert.Throws<BadDataException>(() => writer.WriteRow([new DateOnly(1899, 12, 31)], [false]));
    }

    [Theory]
    [InlineData("clickhouse://h:1?cluster=c", "no database")]
    [InlineData("clickhouse://h:1,h:2/p", "no cluster")]
    [InlineData("clickhouse://h:1/p-q?cluster=c", "database 'p-q'")]
    [InlineData("clickhouse://h:1,h:1/p?cluster=c", "listed twice")]
    [InlineData("clickhouse://h:1/p?cluster=c&shards=2", "unknown option 'shards'")]
    [InlineData("clickhouse://h:x/p?cluster=c", "'h:x' is not HOST:PORT")]
    public void Parse_Malformed_IsAUsageErrorOnDb(string value, string expected)
    {
        var error = Assert.Throws<UsageException>(() => ClickHouseConnectionString.Parse(value));

        Assert.Equal("--db", error.Field);
        Assert.Contains(expected, error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void String_QuotesBackslashesAndControls_AreEscaped()
    {
        Assert.Equal(@"'it\'s a \\ and a\ttab\nline'", ClickHouseSql.String("it's a \\ and a\ttab\nline"));
    }

    [Fact]
    public void Read_EscapedFieldsAndNull_AreUndone()
    {
        using var reader = new TsvRowReader(new StringReader("a\\tb\t\\N\t\\\\N\t\tx\\ny\n2\t3\t4\t5\t6\n"));

        var first = reader.Read()!.ToList();
        var second = reader.Read()!.ToList();

        Assert.Equal(["a\tb", null, "\\N", "", "x\ny"], first);
        Assert.Equal(["2", "3", "4", "5", "6"], second);
        Assert.Null(reader.Read());
    }

    [Fact]
    public void Read_TextCutInsideARow_Throws()
    {
        using var reader = new TsvRowReader(new StringReader("a\tb"));

        Assert.Throws<InvalidDataException>(() => reader.Read());
    }

    [Fact]
    public void Describe_ShardRefused_KeepsTheFirstLineAndTheRefusedAddress()
    {
        var body = "Code: 279, e.displayText() = DB::NetException: All connection tries failed. Log: \n\n"
            + "Code: 32, e.displayText() = DB::Exception: Attempt to read after eof, e.what() = DB::Exception\n"
            + "Code: 210, e.displayText() = DB::NetException: Connection refused (127.0.0.1:47157), e.what() = DB::NetException\n\n"
            + ", e.what() = DB::NetException\n";

        Assert.Equal("Code: 279, DB::NetException: All connection tries failed. Code: 210, DB::NetException: Connection refused (127.0.0.1:47157)",
            ServerError.Describe(body));
    }

    [Fact]
    public void Describe_OrdinaryError_IsItsFirstLine()
    {
        Assert.Equal("Code: 60, DB::Exception: Table p.x doesn't exist.",
            ServerError.Describe("Code: 60, e.displayText() = DB::Exception: Table p.x doesn't exist., e.what() = DB::Exception\n"));
    }

    [Fact]
    public void Open_UnregisteredScheme_IsAUsageErrorNotAnSqliteFile()
    {
        var error = Assert.Throws<UsageException>(() => EventStore.Open("nosuchengine://h:1/p"));

        Assert.Contains("no store engine for 'nosuchengine://'", error.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("clickhouse://h:1/p?cluster=c", "clickhouse")]
    [InlineData("pendulum.db", null)]
    [InlineData("C:\\data\\pendulum.db", null)]
    [InlineData("./x://y.db", null)]
    public void SchemeOf_Values_FindsOnlyRealSchemes(string value, string? expected)
    {
        Assert.Equal(expected, EventStore.SchemeOf(value));
    }

    [Fact]
    public void WriteRow_NullableStringIntDateLongText_IsRowBinary()
    {
        var writer = new RowBinaryWriter();
        var text = new string('x', 200);

        writer.WriteRow([DBNull.Value, "é", -2, new DateOnly(1970, 1, 3), text], [true, true, false, false, false]);

        byte[] expected = [1, 0, 2, 0xC3, 0xA9, 0xFE, 0xFF, 0xFF, 0xFF, 2, 0, 0xC8, 0x01, .. System.Text.Encoding.ASCII.GetBytes(text)];
        Assert.Equal(expected, writer.Bytes.ToArray());
        Assert.Equal(1, writer.Rows);
    }

    [Fact]
    public void WriteRow_DateBefore1970_IsBadDataNamingTheRange()
    {
        var error = Assert.Throws<BadDataException>(() => new RowBinaryWriter().WriteRow([new DateOnly(1949, 10, 1)], [false]));

        Assert.Equal("date", error.Field);
        Assert.Contains("1970-01-01 .. 2105-12-31", error.Reason, StringComparison.Ordinal);
    }
}
