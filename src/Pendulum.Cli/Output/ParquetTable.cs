using System.Globalization;
using System.Text;
using Parquet;
using Parquet.Schema;
using Pendulum.Internals;

namespace Pendulum.Cli.Output;

/// <summary>
/// Writes a table as Parquet (Parquet.Net, managed). Every table Pendulum writes is first CSV text, from the same code
/// that writes <c>--format csv</c>; this reads that text back with the table's <see cref="TableSchema"/> and writes
/// typed columns: dates as DATE, counts as INT64, reals as DOUBLE (the CSV's round-trip value, exactly), flags as
/// BOOLEAN, an empty field as null. So the Parquet file and the CSV hold the same table by construction, and a new
/// table gets Parquet with one call. The CSV goes through a temporary file, read in row groups of
/// <see cref="RowGroupRows"/>, so a large table is never held in memory whole.
/// </summary>
internal static class ParquetTable
{
    /// <summary>Rows per row group: large enough for readers to scan well, small enough to hold in memory.</summary>
    public const int RowGroupRows = 100_000;

    /// <summary>Writes the table that <paramref name="writeCsv"/> writes as CSV to <paramref name="path"/> as Parquet; complete or not at all.</summary>
    public static void Write(string path, TableSchema schema, Action<TextWriter> writeCsv)
    {
        var csv = path + ".csv.part";
        try
        {
            using (var writer = OutputFile.Create(csv))
                writeCsv(writer);
            FromCsv(csv, path, schema);
        }
        finally
        {
            File.Delete(csv);
        }
    }

    /// <summary>Writes the CSV file <paramref name="csvPath"/> (a header, then rows) as Parquet to <paramref name="path"/>; complete or not at all.</summary>
    public static void FromCsv(string csvPath, string path, TableSchema schema)
    {
        var partial = path + ".part";
        try
        {
            ConvertAsync(csvPath, partial, schema).GetAwaiter().GetResult();
            File.Move(partial, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputOutputException($"cannot write: {e.Message}", path, e);
        }
        finally
        {
            File.Delete(partial);
        }
    }

    private static async Task ConvertAsync(string csvPath, string path, TableSchema schema)
    {
        using var reader = new StreamReader(csvPath, Encoding.UTF8);
        var rows = new CsvRowReader(reader, ',');
        var header = new List<string>();
        if (!rows.TryRead(header))
            throw new InvalidOperationException($"{csvPath}: no header");
        var kinds = header.Select(schema.KindOf).ToArray();
        if (kinds.Contains(ColumnKind.Inferred))
            Infer(csvPath, kinds);
        var fields = header.Select((name, i) => Field(name, kinds[i])).ToArray();

        await using var stream = File.Create(path);
        await using var writer = await ParquetWriter.CreateAsync(new ParquetSchema(fields), stream);
        var columns = header.Select(_ => new List<string?>()).ToArray();
        var record = new List<string>();
        while (rows.TryRead(record))
        {
            if (record.Count != header.Count)
                throw new InvalidOperationException($"{csvPath}:{rows.RecordLine}: {record.Count} fields under a header of {header.Count}");
            for (var i = 0; i < record.Count; i++)
                columns[i].Add(record[i].Length == 0 ? null : record[i]);
            if (columns[0].Count == RowGroupRows)
                await WriteRowGroupAsync(writer, fields, kinds, columns, rows.RecordLine);
        }

        if (columns.Length > 0 && columns[0].Count > 0)
            await WriteRowGroupAsync(writer, fields, kinds, columns, rows.RecordLine);
    }

    private static DataField Field(string name, ColumnKind kind) => kind switch
    {
        ColumnKind.Date => new DataField<DateOnly?>(name),
        ColumnKind.Integer => new DataField<long?>(name),
        ColumnKind.Real => new DataField<double?>(name),
        ColumnKind.Boolean => new DataField<bool?>(name),
        ColumnKind.Timestamp => new DateTimeDataField(name, DateTimeFormat.Timestamp, isAdjustedToUTC: true, unit: DateTimeTimeUnit.Micros, isNullable: true),
        _ => new DataField<string>(name, true),
    };

    private static async Task WriteRowGroupAsync(ParquetWriter writer, DataField[] fields, ColumnKind[] kinds, List<string?>[] columns, long line)
    {
        using var group = writer.CreateRowGroup();
        for (var i = 0; i < fields.Length; i++)
        {
            var values = columns[i];
            var name = fields[i].Name;
            var task = kinds[i] switch
            {
                ColumnKind.Date => group.WriteAsync(fields[i], Parse(values, name, line, ParseDate)),
                ColumnKind.Integer => group.WriteAsync(fields[i], Parse(values, name, line, v => long.Parse(v, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture))),
                ColumnKind.Real => group.WriteAsync(fields[i], Parse(values, name, line, v => double.Parse(v, NumberStyles.Float, CultureInfo.InvariantCulture))),
                ColumnKind.Boolean => group.WriteAsync(fields[i], Parse(values, name, line, ParseBoolean)),
                ColumnKind.Timestamp => group.WriteAsync(fields[i], Parse(values, name, line, v => DateTime.Parse(v, CultureInfo.InvariantCulture,
                    DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal))),
                _ => group.WriteAsync(fields[i], (IReadOnlyCollection<string>)values),
            };
            await task;
            values.Clear();
        }
    }

    private static ReadOnlyMemory<T?> Parse<T>(List<string?> values, string column, long line, Func<string, T> parse)
        where T : struct
    {
        var parsed = new T?[values.Count];
        for (var r = 0; r < parsed.Length; r++)
        {
            if (values[r] is not { } text)
                continue;
            try
            {
                parsed[r] = parse(text);
            }
            catch (FormatException e)
            {
                // The schema and the CSV writer disagree: a bug, not bad input.
                throw new InvalidOperationException($"column {column}, near line {line}: '{text}' is not a {typeof(T).Name}", e);
            }
        }

        return parsed;
    }

    private static DateOnly ParseDate(string text) =>
        DateOnly.ParseExact(text, text.Length == 8 ? "yyyyMMdd" : "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static bool ParseBoolean(string text) => text switch
    {
        "true" or "1" => true,
        "false" or "0" => false,
        _ => throw new FormatException(),
    };

    // An Inferred column is Integer when every value is one, else Real when every value is one, else Text.
    private static void Infer(string csvPath, ColumnKind[] kinds)
    {
        var integer = new bool[kinds.Length];
        var real = new bool[kinds.Length];
        Array.Fill(integer, true);
        Array.Fill(real, true);
        using var reader = new StreamReader(csvPath, Encoding.UTF8);
        var rows = new CsvRowReader(reader, ',');
        var record = new List<string>();
        rows.TryRead(record);
        while (rows.TryRead(record))
        {
            for (var i = 0; i < kinds.Length && i < record.Count; i++)
            {
                if (kinds[i] != ColumnKind.Inferred || record[i].Length == 0)
                    continue;
                integer[i] &= long.TryParse(record[i], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _);
                real[i] &= double.TryParse(record[i], NumberStyles.Float, CultureInfo.InvariantCulture, out _);
            }
        }

        for (var i = 0; i < kinds.Length; i++)
        {
            if (kinds[i] == ColumnKind.Inferred)
                kinds[i] = integer[i] ? ColumnKind.Integer : real[i] ? ColumnKind.Real : ColumnKind.Text;
        }
    }
}
