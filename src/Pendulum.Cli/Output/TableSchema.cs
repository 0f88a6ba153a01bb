namespace Pendulum.Cli.Output;

/// <summary>What a column of a table holds, for the formats that keep types (Parquet).</summary>
internal enum ColumnKind
{
    /// <summary>Text (UTF-8 string); the kind of any column a schema does not name.</summary>
    Text,

    /// <summary>A calendar day, written <c>yyyy-MM-dd</c> (or GDELT's <c>yyyyMMdd</c>) in CSV; Parquet DATE.</summary>
    Date,

    /// <summary>A count or other whole number; Parquet INT64.</summary>
    Integer,

    /// <summary>A real number written in round-trip form; Parquet DOUBLE, exactly the CSV's value.</summary>
    Real,

    /// <summary><c>true</c>/<c>false</c> (or <c>1</c>/<c>0</c>); Parquet BOOLEAN.</summary>
    Boolean,

    /// <summary>An instant, <c>yyyy-MM-ddTHH:mm:ssZ</c>; Parquet TIMESTAMP (UTC, microseconds).</summary>
    Timestamp,

    /// <summary>Inferred from the values: Integer if every value is one, else Real if every value is one, else Text.</summary>
    Inferred,
}

/// <summary>
/// The kinds of a table's columns, by CSV header name. A table leaves Pendulum as CSV text, and the Parquet writer
/// (<see cref="ParquetTable"/>) reads that text back with these kinds, so the two formats hold the same values. An
/// empty CSV field is a missing value (a Parquet null).
/// </summary>
internal sealed class TableSchema
{
    private readonly Dictionary<string, ColumnKind> _kinds;

    private TableSchema(Dictionary<string, ColumnKind> kinds, ColumnKind others) => (_kinds, Others) = (kinds, others);

    /// <summary>The kind of every column the schema does not name.</summary>
    public ColumnKind Others { get; }

    /// <summary>A schema naming some columns of each kind; the rest are <paramref name="others"/> (text by default).</summary>
    public static TableSchema Of(string[]? dates = null, string[]? integers = null, string[]? reals = null, string[]? booleans = null,
        string[]? timestamps = null, string[]? inferred = null, string[]? texts = null, ColumnKind others = ColumnKind.Text)
    {
        var kinds = new Dictionary<string, ColumnKind>(StringComparer.Ordinal);
        void Add(string[]? names, ColumnKind kind)
        {
            foreach (var name in names ?? [])
                kinds[name] = kind;
        }

        Add(dates, ColumnKind.Date);
        Add(integers, ColumnKind.Integer);
        Add(reals, ColumnKind.Real);
        Add(booleans, ColumnKind.Boolean);
        Add(timestamps, ColumnKind.Timestamp);
        Add(inferred, ColumnKind.Inferred);
        Add(texts, ColumnKind.Text);
        return new TableSchema(kinds, others);
    }

    /// <summary>The same schema with more columns named (e.g. a leading <c>pair</c> column, a sweep's axes).</summary>
    public TableSchema With(IEnumerable<string> names, ColumnKind kind)
    {
        var kinds = new Dictionary<string, ColumnKind>(_kinds, StringComparer.Ordinal);
        foreach (var name in names)
            kinds[name] = kind;
        return new TableSchema(kinds, Others);
    }

    public ColumnKind KindOf(string column) => _kinds.TryGetValue(column, out var kind) ? kind : Others;
}
