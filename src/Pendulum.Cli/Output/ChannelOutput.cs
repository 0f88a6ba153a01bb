using Pendulum.Channels;
using Pendulum.Observe.Channels;
using Pendulum.Observe.Pairs;
using Pendulum.Reports.Json;
using Spectre.Console;

namespace Pendulum.Cli.Output;

/// <summary>Writes channel timelines as a table, CSV (one row per status change) or JSON (one object per channel, <see cref="ChannelJson"/>).</summary>
internal static class ChannelOutput
{
    private static readonly string[] CsvFields =
        ["channel", "kind", "declared", "date", "status", "reason", "event_count", "events"];

    public static void Write(IReadOnlyList<ChannelTimeline> timelines, ObserverSettings settings, string format, TextWriter output)
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
                PairFormat.Json(output, json => ChannelJson.Write(json, timelines, settings));
                break;
            default:
                WriteTable(timelines, output);
                output.WriteLine(settings.ToString());
                break;
        }
    }

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
