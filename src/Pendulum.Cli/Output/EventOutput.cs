using System.Globalization;
using System.Text.Json;
using Pendulum.Events;
using Pendulum.Events.Cameo;
using Spectre.Console;

namespace Pendulum.Cli.Output;

/// <summary>
/// Writes events as a table, CSV or JSON, streaming (one event in memory at a time for CSV and JSON). The CSV
/// header and JSON field names are part of Pendulum's interface: see <c>docs/output.md</c>.
/// </summary>
internal static class EventOutput
{
    /// <summary>Columns of the CSV output and fields of the JSON output, in order.</summary>
    public static readonly string[] Fields =
    [
        "date", "dataset", "event_id", "source_country", "source_name", "source_types", "target_country", "target_name",
        "target_types", "cameo", "cameo_name", "root", "quad_class", "goldstein", "mentions", "sources", "articles",
        "tone", "place", "lat", "lon", "url", "channel", "tags", "description", "reference",
    ];

    private const int TableRowLimit = 200;

    /// <summary>Writes the events; returns how many were written.</summary>
    public static long Write(IEnumerable<CodedEvent> events, string format, TextWriter output) => format switch
    {
        "csv" => WriteCsv(events, output),
        "json" => WriteJson(events, output),
        _ => WriteTable(events, output),
    };

    private static string?[] Values(CodedEvent e) =>
    [
        e.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), e.Dataset, e.EventId, e.Source.Country, e.Source.Name,
        e.Source.Types, e.Target.Country, e.Target.Name, e.Target.Types, e.CameoCode, CameoCodebook.Default.NameOf(e.CameoCode),
        e.RootCode, ((int)e.QuadClass).ToString(CultureInfo.InvariantCulture), Num(e.Goldstein), Int(e.Mentions),
        Int(e.Sources), Int(e.Articles), Num(e.Tone), e.Location?.Name, Num(e.Location?.Latitude), Num(e.Location?.Longitude),
        e.Url, e.Channel, string.Join(';', e.Tags), e.Description, e.Reference,
    ];

    private static long WriteCsv(IEnumerable<CodedEvent> events, TextWriter output)
    {
        output.WriteLine(CsvText.Row(Fields));
        long count = 0;
        foreach (var e in events)
        {
            output.WriteLine(CsvText.Row(Values(e)));
            count++;
        }

        return count;
    }

    private static long WriteJson(IEnumerable<CodedEvent> events, TextWriter output)
    {
        using var buffer = new MemoryStream();
        using var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartArray();
        long count = 0;
        foreach (var e in events)
        {
            json.WriteStartObject();
            json.WriteString("date", e.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            json.WriteString("dataset", e.Dataset);
            json.WriteString("event_id", e.EventId);
            json.WriteString("source_country", e.Source.Country);
            json.WriteString("source_name", e.Source.Name);
            json.WriteString("source_types", e.Source.Types);
            json.WriteString("target_country", e.Target.Country);
            json.WriteString("target_name", e.Target.Name);
            json.WriteString("target_types", e.Target.Types);
            json.WriteString("cameo", e.CameoCode);
            json.WriteString("cameo_name", CameoCodebook.Default.NameOf(e.CameoCode));
            json.WriteString("root", e.RootCode);
            json.WriteNumber("quad_class", (int)e.QuadClass);
            json.WriteNumber("goldstein", e.Goldstein);
            json.WriteNumber("mentions", e.Mentions);
            json.WriteNumber("sources", e.Sources);
            json.WriteNumber("articles", e.Articles);
            WriteNumberOrNull(json, "tone", e.Tone);
            json.WriteString("place", e.Location?.Name);
            WriteNumberOrNull(json, "lat", e.Location?.Latitude);
            WriteNumberOrNull(json, "lon", e.Location?.Longitude);
            json.WriteString("url", e.Url);
            json.WriteString("channel", e.Channel);
            json.WriteStartArray("tags");
            foreach (var tag in e.Tags)
                json.WriteStringValue(tag);
            json.WriteEndArray();
            json.WriteString("description", e.Description);
            json.WriteString("reference", e.Reference);
            json.WriteEndObject();
            count++;
            if (buffer.Length > 1 << 16)
                Drain(json, buffer, output);
        }

        json.WriteEndArray();
        Drain(json, buffer, output);
        output.WriteLine();
        return count;
    }

    private static void Drain(Utf8JsonWriter json, MemoryStream buffer, TextWriter output)
    {
        json.Flush();
        output.Write(System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        buffer.SetLength(0);
    }

    private static void WriteNumberOrNull(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } v)
            json.WriteNumber(name, v);
        else
            json.WriteNull(name);
    }

    private static long WriteTable(IEnumerable<CodedEvent> events, TextWriter output)
    {
        var table = new Table().Border(TableBorder.Simple);
        foreach (var column in new[] { "date", "source", "target", "cameo", "event", "quad", "goldstein", "mentions", "dataset:id" })
            table.AddColumn(column);
        long count = 0;
        foreach (var e in events)
        {
            count++;
            if (count > TableRowLimit)
                continue;
            table.AddRow(
                Markup.Escape(e.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                Markup.Escape(Actor(e.Source)),
                Markup.Escape(Actor(e.Target)),
                e.CameoCode,
                Markup.Escape(Truncate(CameoCodebook.Default.NameOf(e.CameoCode) ?? "", 32)),
                QuadLabel(e.QuadClass),
                Num(e.Goldstein)!,
                Int(e.Mentions)!,
                Markup.Escape($"{e.Dataset}:{e.EventId}"));
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = ColorSystemSupport.Detect,
        });
        if (ReferenceEquals(output, Console.Out) && Console.IsOutputRedirected || !ReferenceEquals(output, Console.Out))
            console.Profile.Width = 180;
        console.Write(table);
        if (count > TableRowLimit)
            output.WriteLine($"... {count - TableRowLimit:N0} more events; use --format csv or json for all of them.");
        return count;
    }

    private static string Actor(EventActor actor) =>
        actor.Name.Length > 0 ? $"{actor.Country ?? "---"} {Truncate(actor.Name, 24)}" : actor.Country ?? "---";

    private static string Truncate(string value, int length) => value.Length <= length ? value : value[..(length - 1)] + "…";

    private static string QuadLabel(QuadClass quad) => quad switch
    {
        QuadClass.VerbalCooperation => "[green]1 verbal coop[/]",
        QuadClass.MaterialCooperation => "[green]2 material coop[/]",
        QuadClass.VerbalConflict => "[red]3 verbal conflict[/]",
        _ => "[red]4 material conflict[/]",
    };

    private static string? Num(double? value) => value?.ToString("0.###", CultureInfo.InvariantCulture);

    private static string? Int(int value) => value.ToString(CultureInfo.InvariantCulture);
}
