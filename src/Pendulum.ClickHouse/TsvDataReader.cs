using System.Collections;
using System.Data.Common;
using System.Globalization;

namespace Pendulum.ClickHouse;

/// <summary>
/// The rows of a <see cref="TsvRowReader"/> seen as a <see cref="DbDataReader"/>, so the column readers the SQL stores
/// use (<c>EventColumns.Read</c>, <c>FileColumns.Read</c>) read ClickHouse rows too. Only the getters those use are
/// supported; values are text until asked for as a number.
/// </summary>
internal sealed class TsvDataReader(TsvRowReader rows, int fieldCount) : DbDataReader
{
    private IReadOnlyList<string?>? _row;

    public override int FieldCount => fieldCount;

    public override bool HasRows => throw new NotSupportedException();

    public override bool IsClosed => false;

    public override int RecordsAffected => -1;

    public override int Depth => 0;

    public override object this[int ordinal] => GetValue(ordinal);

    public override object this[string name] => throw new NotSupportedException();

    public override bool Read()
    {
        _row = rows.Read();
        if (_row is not null && _row.Count != fieldCount)
            throw new InvalidDataException($"a row of {_row.Count} fields where {fieldCount} were asked for");
        return _row is not null;
    }

    public override bool NextResult() => false;

    public override bool IsDBNull(int ordinal) => Field(ordinal) is null;

    public override object GetValue(int ordinal) => (object?)Field(ordinal) ?? DBNull.Value;

    public override string GetString(int ordinal) => Field(ordinal) ?? throw new InvalidCastException($"field {ordinal} is NULL");

    public override int GetInt32(int ordinal) => int.Parse(GetString(ordinal), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

    public override long GetInt64(int ordinal) => long.Parse(GetString(ordinal), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

    /// <summary>ClickHouse writes the shortest text that reads back as the same double, and <c>inf</c>/<c>nan</c> for the rest.</summary>
    public override double GetDouble(int ordinal) => GetString(ordinal) switch
    {
        "inf" or "+inf" => double.PositiveInfinity,
        "-inf" => double.NegativeInfinity,
        "nan" or "-nan" => double.NaN,
        var text => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture),
    };

    public override int GetValues(object[] values)
    {
        var n = Math.Min(values.Length, fieldCount);
        for (var i = 0; i < n; i++)
            values[i] = GetValue(i);
        return n;
    }

    public override string GetName(int ordinal) => throw new NotSupportedException();

    public override int GetOrdinal(string name) => throw new NotSupportedException();

    public override string GetDataTypeName(int ordinal) => "String";

    public override Type GetFieldType(int ordinal) => typeof(string);

    public override bool GetBoolean(int ordinal) => GetString(ordinal) == "1";

    public override byte GetByte(int ordinal) => throw new NotSupportedException();

    public override long GetBytes(int ordinal, long dataOffset, byte[]? buffer, int bufferOffset, int length) => throw new NotSupportedException();

    public override char GetChar(int ordinal) => throw new NotSupportedException();

    public override long GetChars(int ordinal, long dataOffset, char[]? buffer, int bufferOffset, int length) => throw new NotSupportedException();

    public override DateTime GetDateTime(int ordinal) => throw new NotSupportedException();

    public override decimal GetDecimal(int ordinal) => throw new NotSupportedException();

    public override float GetFloat(int ordinal) => throw new NotSupportedException();

    public override Guid GetGuid(int ordinal) => throw new NotSupportedException();

    public override short GetInt16(int ordinal) => throw new NotSupportedException();

    public override IEnumerator GetEnumerator() => throw new NotSupportedException();

    private string? Field(int ordinal) => (_row ?? throw new InvalidOperationException("no current row"))[ordinal];

    protected override void Dispose(bool disposing)
    {
        if (disposing)
            rows.Dispose();
        base.Dispose(disposing);
    }
}
