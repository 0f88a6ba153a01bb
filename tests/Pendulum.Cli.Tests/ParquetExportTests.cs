using System.Globalization;
using DuckDB.NET.Data;

namespace Pendulum.Cli.Tests;

/// <summary>
/// An SQLite store holding the shipped US-China record and the real GDELT and ICEWS fixtures (crises and channels have
/// rows), built once.
/// </summary>
public sealed class RecordStore : IDisposable
{
    private readonly Scratch _scratch = new();

    public RecordStore()
    {
        Db = _scratch["record.db"];
        string[] files =
        [
            Path.Combine(AppContext.BaseDirectory, "data", "us-china", "events.csv"),
            Cli.Fixture("gdelt/20180508000000.export.CSV"), Cli.Fixture("gdelt/20180508001500.export.CSV"), Cli.Fixture("icews/events.2018.sample.tab"),
            Cli.Fixture("gdelt/reexport-chn-2018-01-05.csv"),
        ];
        var (exit, _, error) = Cli.RunAsync(["ingest", .. files, "--db", Db]).GetAwaiter().GetResult();
        if (exit != 0)
            throw new InvalidOperationException("record ingest failed: " + error);
    }

    public string Db { get; }

    public void Dispose() => _scratch.Dispose();
}

/// <summary>
/// Every table that leaves Pendulum as Parquet, read back by DuckDB and compared cell by cell with the same command's
/// CSV (also read by DuckDB, as text): same columns, same rows, a null for every empty field, and the typed value of
/// every other field (dates as DATE, counts as BIGINT, reals as the exact DOUBLE the CSV spells).
/// </summary>
public sealed class ParquetExportTests(RecordStore store) : IClassFixture<RecordStore>
{
    private static string Base => Path.Combine("scenarios", "us-china-base.yaml");

    private static string NoHotline => Path.Combine("scenarios", "us-china-no-hotline.yaml");

    [Theory]
    [InlineData("events", "date:DATE,mentions:BIGINT,goldstein:DOUBLE,cameo:VARCHAR", "events", "--dyad", "USA-CHN", "--db", "DB")]
    [InlineData("measure", "period:DATE,events:BIGINT,position:DOUBLE,zone:VARCHAR", "measure", "--dyad", "USA-CHN", "--freq", "year", "--db", "DB")]
    [InlineData("measure-many", "pair:VARCHAR,period:DATE,events_ab:BIGINT", "measure", "--actors", "USA,CHN,RUS", "--freq", "month", "--from", "2018-01-01", "--db", "DB")]
    [InlineData("measure-matrix", "country:VARCHAR,USA:DOUBLE,CHN:DOUBLE", "measure", "--actors", "USA,CHN,RUS", "--at", "2018-06", "--db", "DB")]
    [InlineData("crises", "start:DATE,days:BIGINT,ongoing:BOOLEAN,severity:DOUBLE", "crises", "--dyad", "USA-CHN", "--from", "2018-01-01", "--db", "DB")]
    [InlineData("channels", "date:DATE,declared:BOOLEAN,event_count:BIGINT", "channels", "--dyad", "USA-CHN", "--declared", "RECORD/channels.yaml", "--db", "DB")]
    [InlineData("sources", "size:BIGINT,rows_read:BIGINT,ingested_at:TIMESTAMP WITH TIME ZONE,path:VARCHAR", "sources", "--db", "DB")]
    [InlineData("aggregate", "SQLDATE:DATE,QuadClass:BIGINT,count:BIGINT,sum_goldstein:DOUBLE", "aggregate", "--input", "GDELT0", "GDELT1", "--dyad", "USA-CHN")]
    [InlineData("aggregate-month", "MonthYear:BIGINT,count:BIGINT", "aggregate", "--input", "GDELT0", "GDELT1", "--dyad", "USA-CHN", "--by", "month")]
    [InlineData("compare", "pair:VARCHAR,mean_a:DOUBLE,runs:BIGINT", "compare", "BASE", "NOHOTLINE", "--runs", "20")]
    [InlineData("audit", "mechanism:VARCHAR,expected_sign:BIGINT,difference:DOUBLE,agrees:BOOLEAN", "audit", "BASE", "--runs", "10", "--mechanism", "hotline_crisis_reveal", "--mechanism", "joint_projects")]
    public async Task Command_FormatParquet_DuckDbReadsTheCsvsTable(string name, string types, params string[] args)
    {
        using var scratch = new Scratch();
        var command = args.Select(Arg).ToArray();

        var csv = await Cli.RunAsync([.. command, "--format", "csv", "--out", scratch[name + ".csv"]]);
        var parquet = await Cli.RunAsync([.. command, "--format", "parquet", "--out", scratch[name + ".parquet"]]);

        Assert.True(csv.Exit == 0, csv.Error);
        Assert.True(parquet.Exit == 0, parquet.Error);
        AssertSameTable(scratch[name + ".csv"], scratch[name + ".parquet"], types);
    }

    [Fact]
    public async Task Simulate_Parquet_WritesEachCsvAgainAsParquet()
    {
        using var scratch = new Scratch();

        var result = await Cli.RunAsync("simulate", Base, "--runs", "20", "--out", scratch["sim"], "--parquet");

        Assert.True(result.Exit == 0, result.Error);
        AssertSameTable(scratch["sim/runs.csv"], scratch["sim/runs.parquet"], "run:BIGINT,pair:VARCHAR,crises:BIGINT,share_distrust:DOUBLE,war_day:DOUBLE");
        AssertSameTable(scratch["sim/steps.csv"], scratch["sim/steps.parquet"], "step:BIGINT,date:DATE,pair:VARCHAR");
        AssertSameTable(scratch["sim/summary.csv"], scratch["sim/summary.parquet"], "outcome:VARCHAR,mean:DOUBLE,runs:BIGINT");
        AssertSameTable(scratch["sim/calibration.csv"], scratch["sim/calibration.parquet"], "bin_low:DOUBLE,mean_mu:DOUBLE,steps:BIGINT");
    }

    [Fact]
    public async Task Sweep_Parquet_WritesSweepParquetWithTheSweptValuesAsNumbers()
    {
        using var scratch = new Scratch();

        var result = await Cli.RunAsync("sweep", Base, "--vary", "incidents.rate_per_year=0.5,2", "--runs", "10", "--out", scratch["sweep"], "--parquet");

        Assert.True(result.Exit == 0, result.Error);
        AssertSameTable(scratch["sweep/sweep.csv"], scratch["sweep/sweep.parquet"], "incidents.rate_per_year:DOUBLE,mean:DOUBLE,runs:BIGINT");
    }

    [Fact]
    public async Task Events_FormatParquetWithoutOut_IsAUsageError()
    {
        var result = await Cli.RunAsync("events", "--dyad", "USA-CHN", "--format", "parquet", "--db", store.Db);

        Assert.Equal(2, result.Exit);
        Assert.Contains("--out", result.Error, StringComparison.Ordinal);
    }

    private string Arg(string arg) => arg switch
    {
        "DB" => store.Db,
        "GDELT0" => Cli.Fixture("gdelt/20180508000000.export.CSV"),
        "GDELT1" => Cli.Fixture("gdelt/20180508001500.export.CSV"),
        "BASE" => Base,
        "NOHOTLINE" => NoHotline,
        _ when arg.StartsWith("RECORD/", StringComparison.Ordinal) => Path.Combine(AppContext.BaseDirectory, "data", "us-china", arg["RECORD/".Length..]),
        _ => arg,
    };

    private static void AssertSameTable(string csvPath, string parquetPath, string expectedTypes)
    {
        using var duck = new DuckDBConnection("Data Source=:memory:");
        duck.Open();
        var (csvColumns, _, csvRows) = Query(duck, $"SELECT * FROM read_csv('{csvPath}', header = true, all_varchar = true, quote = '\"', escape = '\"', delim = ',')");
        var (columns, _, rows) = Query(duck, $"SELECT * FROM read_parquet('{parquetPath}')");
        var types = Query(duck, $"DESCRIBE SELECT * FROM read_parquet('{parquetPath}')").Rows.Select(r => (string)r[1]!).ToList();

        Assert.Equal(csvColumns, columns);
        foreach (var expected in expectedTypes.Split(','))
        {
            var (column, type) = (expected[..expected.IndexOf(':', StringComparison.Ordinal)], expected[(expected.IndexOf(':', StringComparison.Ordinal) + 1)..]);
            Assert.True(columns.Contains(column), $"{parquetPath}: no column {column}");
            Assert.True(type == types[columns.IndexOf(column)], $"{parquetPath}: {column} is {types[columns.IndexOf(column)]}, not {type}");
        }

        Assert.NotEmpty(rows);
        Assert.Equal(csvRows.Count, rows.Count);
        for (var r = 0; r < rows.Count; r++)
        {
            for (var c = 0; c < columns.Count; c++)
            {
                var text = (string?)csvRows[r][c];
                var value = rows[r][c];
                if (text is null)
                {
                    Assert.True(value is null, $"row {r + 1}, {columns[c]}: CSV empty, Parquet {value}");
                    continue;
                }

                Assert.True(value is not null, $"row {r + 1}, {columns[c]}: CSV '{text}', Parquet null");
                Assert.True(Same(text, value!), $"row {r + 1}, {columns[c]}: CSV '{text}', Parquet {value} ({value!.GetType().Name})");
            }
        }
    }

    private static bool Same(string text, object value) => value switch
    {
        DateOnly d => d == DateOnly.ParseExact(text, text.Length == 8 ? "yyyyMMdd" : "yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime t => t.ToUniversalTime() == DateTime.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal),
        DateTimeOffset t => t.UtcDateTime == DateTime.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal),
        long n => n == long.Parse(text, CultureInfo.InvariantCulture),
        double x => x.Equals(double.Parse(text, CultureInfo.InvariantCulture)),
        bool b => b == (text is "true" or "1"),
        string s => s == text,
        _ => false,
    };

    private static (List<string> Columns, List<string> Types, List<object?[]> Rows) Query(DuckDBConnection duck, string sql)
    {
        using var command = duck.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var columns = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToList();
        var types = Enumerable.Range(0, reader.FieldCount).Select(reader.GetDataTypeName).ToList();
        var rows = new List<object?[]>();
        while (reader.Read())
            rows.Add(Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? null : reader.GetValue(i)).ToArray());
        return (columns, types, rows);
    }
}
