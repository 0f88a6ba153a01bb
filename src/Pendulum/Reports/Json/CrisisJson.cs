using System.Text.Json;
using Pendulum.Channels;
using Pendulum.Observe.Channels;
using Pendulum.Observe.Crises;
using Pendulum.Observe.Pairs;
using static Pendulum.Reports.Json.EventBriefJson;

namespace Pendulum.Reports.Json;

/// <summary>
/// Crisis episodes as JSON (docs/cli.md, "crises output fields"): an object with the <c>settings</c> used and the
/// <c>episodes</c>, written once here for <c>pendulum crises --format json</c> and <c>GET /api/pairs/{A-B}/crises</c>.
/// </summary>
public static class CrisisJson
{
    public static void Write(Utf8JsonWriter json, IReadOnlyList<CrisisEpisode> episodes, ObserverSettings settings)
    {
        json.WriteStartObject();
        SettingsJson.Write(json, settings);
        json.WriteStartArray("episodes");
        foreach (var e in episodes)
        {
            json.WriteStartObject();
            json.WriteString("start", Day(e.Start));
            json.WriteString("peak", Day(e.Peak));
            json.WriteString("end", Day(e.End));
            json.WriteNumber("days", e.Days);
            json.WriteBoolean("ongoing", e.Ongoing);
            json.WriteBoolean("unresolved", e.Unresolved);
            json.WriteNumber("severity", Round(e.Severity));
            json.WriteNumber("excess_intensity", Round(e.ExcessIntensity));
            json.WriteNumber("mu_drop", Round(e.MuDrop));
            json.WriteNumber("peak_intensity", Round(e.PeakIntensity));
            json.WriteString("trigger", e.Trigger.Name());
            WriteArray(json, "triggers", e.Triggers);
            json.WriteStartArray("suspended_channels");
            foreach (var s in e.SuspendedChannels)
            {
                json.WriteStartObject();
                json.WriteString("channel", s.Name);
                json.WriteString("kind", s.Kind.Name());
                json.WriteBoolean("declared", s.Declared);
                json.WriteString("since", Day(s.Since));
                json.WriteString("until", Day(s.Until));
                json.WriteString("reason", s.Reason);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
