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
    public static object[] Values(CodedEvent e) =>
    [
        e.Dataset, e.EventId, e.Date, Db(e.Source.Country), e.Source.Name, e.Source.Code, e.Source.Types,
        Db(e.Target.Country), e.Target.Name, e.Target.Code, e.Target.Types, e.CameoCode, e.RootCode, (int)e.QuadClass,
        e.Goldstein, e.Mentions, e.Sources, e.Articles, Db(e.Tone), Db(e.Location?.Name), Db(e.Location?.Country),
        Db(e.Location?.Latitude), Db(e.Location?.Longitude), Db(e.Url), Db(e.Channel), string.Join(';', e.Tags),
        Db(e.Description), Db(e.Reference),
    ];

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

    private static object Db(object? value) => value ?? DBNull.Value;
}
