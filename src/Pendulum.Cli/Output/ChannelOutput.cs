using System.Text.Json;
using Pendulum.Observe.Channels;
using Spectre.Console;

namespace Pendulum.Cli.Output;

/// <summary>Writes channel timelines as a table, CSV (one row per status change) or JSON (one object per channel).</summary>
internal static class ChannelOutput
{
    private static readonly string[] CsvFields =
        ["channel", "kind", "declared", "date", "status", "reason", "event_count", "events"];

    public static void Write(IReadOnlyList<ChannelTimeline> timelines, string format, TextWriter output)
    {
        switch (format)
        {
            case "csv":
                output.WriteLine(CsvText.Row(CsvFields));
                foreach (var t in timelines)
                {
                    foreach (var c in t.Changes)
                    {
                        output.WriteLine(CsvText.Row(
                        [
                            t.Name, t.Kind.Name(), t.Declared ? "true" : "false", PairFormat.Day(c.Date), c.Status.Name(), c.Reason,
                            c.EventCount.ToString(System.Globalization.CultureInfo.InvariantCulture),
                            string.Join(';', c.Events.Select(EventBrief.Id)),
                        ]));
                    }
                }

                break;
            case "json":
                PairFormat.Json(output, json => WriteJson(json, timelines));
                break;
            default:
                WriteTable(timelines, output);
                break;
        }
    }

    private static void WriteJson(Utf8JsonWriter json, IReadOnlyList<ChannelTimeline> timelines)
    {
        json.WriteStartArray();
        foreach (var t in timelines)
        {
            json.WriteStartObject();
            json.WriteString("channel", t.Name);
            json.WriteString("title", t.Declaration?.Name);
            json.WriteString("kind", t.Kind.Name());
            json.WriteBoolean("declared", t.Declared);
            json.WriteString("opened", PairFormat.Day(t.Declaration?.Opened));
            json.WriteString("closed", PairFormat.Day(t.Declaration?.Closed));
            json.WriteString("status", t.Changes.Count == 0 ? null : Final(t.Changes[^1].Status).Name());
            json.WriteNumber("activity_events", t.ActivityEvents);
            json.WriteNumber("active_days", t.ActiveDays);
            if (t.UsualIntervalDays is { } usual)
                json.WriteNumber("usual_interval_days", PairFormat.Round(usual));
            else
                json.WriteNull("usual_interval_days");
            json.WriteStartArray("changes");
            foreach (var c in t.Changes)
            {
                json.WriteStartObject();
                json.WriteString("date", PairFormat.Day(c.Date));
                json.WriteString("status", c.Status.Name());
                json.WriteString("reason", c.Reason);
                json.WriteNumber("event_count", c.EventCount);
                EventBrief.WriteArray(json, "events", c.Events);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    /// <summary>A resumed channel is active again: the status to report at the end of the range.</summary>
    private static ChannelStatus Final(ChannelStatus last) => last == ChannelStatus.Resumed ? ChannelStatus.Active : last;

    private static void WriteTable(IReadOnlyList<ChannelTimeline> timelines, TextWriter output)
    {
        var table = new Table().Border(TableBorder.Simple);
        foreach (var column in new[] { "channel", "kind", "date", "status", "reason", "events", "strongest event" })
            table.AddColumn(column);
        foreach (var t in timelines)
        {
            var name = t.Declared ? t.Name + " (declared)" : t.Name;
            foreach (var c in t.Changes)
            {
                table.AddRow(Markup.Escape(name), t.Kind.Name(), PairFormat.Day(c.Date), c.Status.Name(), Markup.Escape(c.Reason),
                    c.EventCount.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    Markup.Escape(c.Events.Count > 0 ? EventBrief.Line(c.Events[0]) : ""));
                name = "";
            }
        }

        PairFormat.Table(table, output);
        output.WriteLine($"{timelines.Count} channel(s).");
    }
}
