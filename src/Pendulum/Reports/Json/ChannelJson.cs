using System.Text.Json;
using Pendulum.Channels;
using Pendulum.Observe.Channels;
using Pendulum.Observe.Pairs;
using static Pendulum.Reports.Json.EventBriefJson;

namespace Pendulum.Reports.Json;

/// <summary>
/// Channel timelines as JSON (docs/cli.md, "channels output fields"): an object with the <c>settings</c> used and
/// <c>channels</c>, one object per channel, written once here for <c>pendulum channels --format json</c> and
/// <c>GET /api/pairs/{A-B}/channels</c>.
/// </summary>
public static class ChannelJson
{
    public static void Write(Utf8JsonWriter json, IReadOnlyList<ChannelTimeline> timelines, ObserverSettings settings)
    {
        json.WriteStartObject();
        SettingsJson.Write(json, settings);
        json.WriteStartArray("channels");
        foreach (var t in timelines)
        {
            json.WriteStartObject();
            json.WriteString("channel", t.Name);
            json.WriteString("title", t.Declaration?.Name);
            json.WriteString("kind", t.Kind.Name());
            json.WriteBoolean("declared", t.Declared);
            json.WriteString("opened", Day(t.Declaration?.Opened));
            json.WriteString("closed", Day(t.Declaration?.Closed));
            json.WriteString("status", t.Changes.Count == 0 ? null : Final(t.Changes[^1].Status).Name());
            json.WriteNumber("activity_events", t.ActivityEvents);
            json.WriteNumber("active_days", t.ActiveDays);
            if (t.UsualIntervalDays is { } usual)
                json.WriteNumber("usual_interval_days", Round(usual));
            else
                json.WriteNull("usual_interval_days");
            json.WriteStartArray("changes");
            foreach (var c in t.Changes)
            {
                json.WriteStartObject();
                json.WriteString("date", Day(c.Date));
                json.WriteString("status", c.Status.Name());
                json.WriteString("reason", c.Reason);
                json.WriteNumber("event_count", c.EventCount);
                WriteArray(json, "events", c.Events);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>A resumed channel is active again: the status to report at the end of the range.</summary>
    private static ChannelStatus Final(ChannelStatus last) => last == ChannelStatus.Resumed ? ChannelStatus.Active : last;
}
