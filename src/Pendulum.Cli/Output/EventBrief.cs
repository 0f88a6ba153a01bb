using System.Globalization;
using System.Text.Json;
using Pendulum.Events;
using Pendulum.Events.Cameo;
using Pendulum.Reports.Json;

namespace Pendulum.Cli.Output;

/// <summary>
/// The short form of an event that the pair commands nest in their results (a channel change's events, a crisis's
/// triggers): enough to find it again and read what it was. Fields in docs/cli.md.
/// </summary>
internal static class EventBrief
{
    /// <summary><c>dataset:event_id</c>, how CSV and tables cite an event.</summary>
    public static string Id(CodedEvent e) => $"{e.Dataset}:{e.EventId}";

    /// <summary>One line for a table: date, direction, code and name.</summary>
    public static string Line(CodedEvent e) =>
        $"{PairFormat.Day(e.Date)} {e.Source.Country ?? "---"}->{e.Target.Country ?? "---"} {e.CameoCode} {CameoCodebook.Default.NameOf(e.CameoCode)}";
}

/// <summary>Small formatting helpers shared by the pair commands' writers.</summary>
internal static class PairFormat
{
    public static string Day(DateOnly d) => EventBriefJson.Day(d);

    public static string? Day(DateOnly? d) => EventBriefJson.Day(d);

    /// <summary>A model quantity rounded to 6 decimals (<see cref="EventBriefJson.Round"/>).</summary>
    public static double Round(double value) => EventBriefJson.Round(value);

    public static string Number(double value) => Round(value).ToString("0.######", CultureInfo.InvariantCulture);

    /// <summary>Runs <paramref name="write"/> on an indented JSON writer and copies the result to <paramref name="output"/>.</summary>
    public static void Json(TextWriter output, Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
            write(json);
        output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }

    /// <summary>Renders a table 180 columns wide without colour codes unless stdout is a terminal.</summary>
    public static void Table(Spectre.Console.Table table, TextWriter output)
    {
        var terminal = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected;
        var console = Spectre.Console.AnsiConsole.Create(new Spectre.Console.AnsiConsoleSettings
        {
            Out = new Spectre.Console.AnsiConsoleOutput(output),
            Ansi = terminal ? Spectre.Console.AnsiSupport.Detect : Spectre.Console.AnsiSupport.No,
        });
        if (!terminal)
            console.Profile.Width = 180;
        console.Write(table);
    }
}
