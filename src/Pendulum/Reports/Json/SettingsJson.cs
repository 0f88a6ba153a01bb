using System.Text.Json;
using Pendulum.Observe.Pairs;

namespace Pendulum.Reports.Json;

/// <summary>
/// The settings an output was made with (docs/observer.md, "Settings"): <c>name</c> (<c>media-volume</c>,
/// <c>act-records</c> or the parameters file's name), <c>hash</c> (12 hex digits of their content) and <c>density</c>.
/// </summary>
public sealed record SettingsJson(string Name, string Hash, string Density)
{
    public static SettingsJson From(ObserverSettings settings) => new(settings.Name, settings.Hash, settings.Density.Name());

    /// <summary>Writes <c>"settings": {...}</c> into the object being written.</summary>
    public static void Write(Utf8JsonWriter json, ObserverSettings settings)
    {
        json.WriteStartObject("settings");
        json.WriteString("name", settings.Name);
        json.WriteString("hash", settings.Hash);
        json.WriteString("density", settings.Density.Name());
        json.WriteEndObject();
    }
}
