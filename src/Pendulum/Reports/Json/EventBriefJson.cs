using System.Globalization;
using System.Text.Json;
using Pendulum.Events;
using Pendulum.Events.Cameo;

namespace Pendulum.Reports.Json;

/// <summary>
/// The short form of an event that the pair analyses nest in their results (a channel change's events, a crisis's
/// triggers): enough to find it again and read what it was. Fields in docs/cli.md ("Nested events").
/// </summary>
public static class EventBriefJson
{
    /// <summary>Writes the events as a JSON array property named <paramref name="name"/>.</summary>
    public static void WriteArray(Utf8JsonWriter json, string name, IEnumerable<CodedEvent> events)
    {
        json.WriteStartArray(name);
        foreach (var e in events)
        {
            json.WriteStartObject();
            json.WriteString("date", Day(e.Date));
            json.WriteString("dataset", e.Dataset);
            json.WriteString("event_id", e.EventId);
            json.WriteString("source_country", e.Source.Country);
            json.WriteString("source_name", e.Source.Name);
            json.WriteString("target_country", e.Target.Country);
            json.WriteString("target_name", e.Target.Name);
            json.WriteString("cameo", e.CameoCode);
            json.WriteString("cameo_name", CameoCodebook.Default.NameOf(e.CameoCode));
            json.WriteNumber("quad_class", (int)e.QuadClass);
            json.WriteNumber("goldstein", e.Goldstein);
            json.WriteNumber("mentions", e.Mentions);
            json.WriteString("channel", e.Channel);
            json.WriteString("url", e.Url);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    /// <summary>An ISO 8601 day.</summary>
    public static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>An ISO 8601 day, or null.</summary>
    public static string? Day(DateOnly? d) => d is { } day ? Day(day) : null;

    /// <summary>A model quantity rounded to 6 decimals: enough for any reading, and stable across platforms.</summary>
    public static double Round(double value) => NumberFormat.Round(value);

    /// <summary>
    /// Runs <paramref name="write"/> on a JSON writer over a buffer and returns the UTF-8 bytes: the form the web API
    /// caches. Non-ASCII text is escaped, as the command line's <c>--format json</c> writes it.
    /// </summary>
    public static byte[] ToBytes(Action<Utf8JsonWriter> write, bool indented = false)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = indented }))
            write(json);
        return buffer.ToArray();
    }
}
