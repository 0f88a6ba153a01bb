using System.Data.Common;
using System.Globalization;
using Pendulum.Events;

namespace Pendulum.Store;

/// <summary>
/// The <c>events</c> table's columns, in one order shared by DDL, inserts and reads, so the SQLite and PostgreSQL
/// stores cannot drift apart.
/// </summary>
internal static class EventColumns
{
    /// <summary>Each column with its engine-neutral type; a nullable column is marked with a trailing <c>?</c>.</summary>
    public static readonly (string Name, string Type)[] Columns =
    [
        ("dataset", "text"), ("event_id", "text"), ("date", "date"), ("source_country", "text?"),
        ("source_name", "text"), ("source_code", "text"), ("source_types", "text"), ("target_country", "text?"),
        ("target_name", "text"), ("target_code", "text"), ("target_types", "text"), ("cameo", "text"), ("root", "text"),
        ("quad", "int"), ("goldstein", "real"), ("mentions", "int"), ("sources", "int"), ("articles", "int"),
        ("tone", "real?"), ("place", "text?"), ("place_country", "text?"), ("lat", "real?"), ("lon", "real?"),
        ("url", "text?"), ("channel", "text?"), ("tags", "text"), ("description", "text?"), ("reference", "text?"),
    ];

    public static readonly string[] Names = Columns.Select(c => c.Name).ToArray();

    public static string List => string.Join(", ", Names);

    /// <summary>Column values of <paramref name="e"/> in <see cref="Names"/> order; nulls as <see cref="DBNull"/>.</summary>
    public static object[] Values(CodedEvent e)
    {
        var sink = new ObjectSink(new object[Columns.Length]);
        Write(e, sink);
        return sink.Values;
    }

    /// <summary>
    /// Hands <paramref name="e"/>'s column values to <paramref name="sink"/>, typed and in <see cref="Names"/> order.
    /// The one place that maps an event to its columns: <see cref="Values"/> and the SQLite writer both go through it,
    /// the writer with a struct sink, so binding a row boxes nothing.
    /// </summary>
    public static void Write<TSink>(CodedEvent e, TSink sink) where TSink : IEventColumnSink
    {
        sink.Text(0, e.Dataset);
        sink.Text(1, e.EventId);
        sink.Date(2, e.Date);
        Text(sink, 3, e.Source.Country);
        sink.Text(4, e.Source.Name);
        sink.Text(5, e.Source.Code);
        sink.Text(6, e.Source.Types);
        Text(sink, 7, e.Target.Country);
        sink.Text(8, e.Target.Name);
        sink.Text(9, e.Target.Code);
        sink.Text(10, e.Target.Types);
        sink.Text(11, e.CameoCode);
        sink.Text(12, e.RootCode);
        sink.Integer(13, (int)e.QuadClass);
        sink.Real(14, e.Goldstein);
        sink.Integer(15, e.Mentions);
        sink.Integer(16, e.Sources);
        sink.Integer(17, e.Articles);
        Real(sink, 18, e.Tone);
        Text(sink, 19, e.Location?.Name);
        Text(sink, 20, e.Location?.Country);
        Real(sink, 21, e.Location?.Latitude);
        Real(sink, 22, e.Location?.Longitude);
        Text(sink, 23, e.Url);
        Text(sink, 24, e.Channel);
        sink.Text(25, e.Tags.Count == 0 ? "" : string.Join(';', e.Tags));
        Text(sink, 26, e.Description);
        Text(sink, 27, e.Reference);
    }

    private static void Text<TSink>(TSink sink, int column, string? value) where TSink : IEventColumnSink
    {
        if (value is null)
            sink.Null(column);
        else
            sink.Text(column, value);
    }

    private static void Real<TSink>(TSink sink, int column, double? value) where TSink : IEventColumnSink
    {
        if (value is { } number)
            sink.Real(column, number);
        else
            sink.Null(column);
    }

    /// <summary>Collects the values as objects, for writers that take them so (PostgreSQL's COPY, ClickHouse's TSV).</summary>
    private sealed class ObjectSink(object[] values) : IEventColumnSink
    {
        public object[] Values => values;

        public void Text(int column, string value) => values[column] = value;

        public void Integer(int column, int value) => values[column] = value;

        public void Real(int column, double value) => values[column] = value;

        public void Date(int column, DateOnly value) => values[column] = value;

        public void Null(int column) => values[column] = DBNull.Value;
    }

    /// <summary>Reads the current row of a <c>SELECT {List}</c>.</summary>
    public static CodedEvent Read(DbDataReader r)
    {
        string? S(int i) => r.IsDBNull(i) ? null : r.GetString(i);
        double? D(int i) => r.IsDBNull(i) ? null : r.GetDouble(i);
        var place = S(19);
        var lat = D(21);
        var lon = D(22);
        return new CodedEvent
        {
            Dataset = r.GetString(0),
            EventId = r.GetString(1),
            Date = ReadDate(r, 2),
            Source = new EventActor(S(3), r.GetString(4), r.GetString(5), r.GetString(6)),
            Target = new EventActor(S(7), r.GetString(8), r.GetString(9), r.GetString(10)),
            CameoCode = r.GetString(11),
            QuadClass = (QuadClass)r.GetInt32(13),
            Goldstein = r.GetDouble(14),
            Mentions = r.GetInt32(15),
            Sources = r.GetInt32(16),
            Articles = r.GetInt32(17),
            Tone = D(18),
            Location = place is null && lat is null && lon is null ? null : new EventLocation(place ?? "", S(20), lat, lon),
            Url = S(23),
            Channel = S(24),
            Tags = r.GetString(25).Split(';', StringSplitOptions.RemoveEmptyEntries),
            Description = S(26),
            Reference = S(27),
        };
    }

    /// <summary>A date column: ISO text in SQLite, <c>DATE</c> in PostgreSQL.</summary>
    public static DateOnly ReadDate(DbDataReader r, int ordinal) => r.GetValue(ordinal) switch
    {
        DateOnly d => d,
        DateTime dt => DateOnly.FromDateTime(dt),
        var v => DateOnly.ParseExact(Convert.ToString(v, CultureInfo.InvariantCulture)!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
    };
}
