using System.Globalization;
using Pendulum.Events;
using Pendulum.Events.Cameo;

namespace Pendulum.Reports.Csv;

/// <summary>Events as CSV, one row each, with the same fields as <see cref="Json.EventJson"/> (tags <c>;</c>-joined).</summary>
public static class EventCsv
{
    /// <summary>Columns, in order.</summary>
    public static readonly IReadOnlyList<string> Fields =
    [
        "date", "dataset", "event_id", "source_country", "source_name", "source_types", "target_country", "target_name",
        "target_types", "cameo", "cameo_name", "root", "quad_class", "goldstein", "mentions", "sources", "articles",
        "tone", "place", "lat", "lon", "url", "channel", "tags", "description", "reference",
    ];

    /// <summary>Writes the header and every event, streaming; returns how many events were written.</summary>
    public static long Write(IEnumerable<CodedEvent> events, TextWriter output)
    {
        output.WriteLine(CsvText.Row(Fields));
        long count = 0;
        foreach (var e in events)
        {
            output.WriteLine(Row(e));
            count++;
        }

        return count;
    }

    public static string Row(CodedEvent e) => CsvText.Row(
    [
        e.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), e.Dataset, e.EventId, e.Source.Country, e.Source.Name,
        e.Source.Types, e.Target.Country, e.Target.Name, e.Target.Types, e.CameoCode, CameoCodebook.Default.NameOf(e.CameoCode),
        e.RootCode, ((int)e.QuadClass).ToString(CultureInfo.InvariantCulture), Num(e.Goldstein), Int(e.Mentions),
        Int(e.Sources), Int(e.Articles), Num(e.Tone), e.Location?.Name, Num(e.Location?.Latitude), Num(e.Location?.Longitude),
        e.Url, e.Channel, string.Join(';', e.Tags), e.Description, e.Reference,
    ]);

    private static string? Num(double? value) => value?.ToString("0.###", CultureInfo.InvariantCulture);

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);
}
