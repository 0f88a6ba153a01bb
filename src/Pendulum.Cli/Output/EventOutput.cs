using System.Globalization;
using System.Text.Json;
using Pendulum.Events;
using Pendulum.Events.Cameo;
using Pendulum.Reports.Csv;
using Pendulum.Reports.Json;
using Spectre.Console;

namespace Pendulum.Cli.Output;

/// <summary>
/// Writes events as a table, CSV or JSON, streaming (one event in memory at a time for CSV and JSON). The CSV
/// header and JSON field names are part of Pendulum's interface: see <c>docs/cli.md</c>.
/// </summary>
internal static class EventOutput
{
    private const int TableRowLimit = 200;

    /// <summary>Writes the events; returns how many were written.</summary>
    public static long Write(IEnumerable<CodedEvent> events, string format, TextWriter output) => format switch
    {
        "csv" => EventCsv.Write(events, output),
        "json" => WriteJson(events, output),
        _ => WriteTable(events, output),
    };

    private static long WriteJson(IEnumerable<CodedEvent> events, TextWriter output)
    {
        using var buffer = new MemoryStream();
        using var json = new Utf8JsonWriter(buffer, ReportJson.WriterOptions);
        json.WriteStartArray();
        long count = 0;
        foreach (var e in events)
        {
            JsonSerializer.Serialize(json, EventJson.From(e), ReportJson.Options);
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
