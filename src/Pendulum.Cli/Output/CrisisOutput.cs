using System.Globalization;
using Pendulum.Observe.Crises;
using Pendulum.Observe.Pairs;
using Pendulum.Reports.Json;
using Spectre.Console;

namespace Pendulum.Cli.Output;

/// <summary>Writes crisis episodes as a table, CSV (one row per episode) or JSON (an array of episodes, <see cref="CrisisJson"/>).</summary>
internal static class CrisisOutput
{
    private static readonly string[] CsvFields =
    [
        "start", "peak", "end", "days", "ongoing", "unresolved", "severity", "excess_intensity", "mu_drop", "peak_intensity", "trigger",
        "triggers", "suspended_channels",
    ];

    public static void Write(IReadOnlyList<CrisisEpisode> episodes, ObserverSettings settings, string format, TextWriter output)
    {
        switch (format)
        {
            case "csv":
                output.WriteLine(CsvText.Row(CsvFields));
                foreach (var e in episodes)
                {
                    output.WriteLine(CsvText.Row(
                    [
                        PairFormat.Day(e.Start), PairFormat.Day(e.Peak), PairFormat.Day(e.End), e.Days.ToString(CultureInfo.InvariantCulture),
                        e.Ongoing ? "true" : "false", e.Unresolved ? "true" : "false", PairFormat.Number(e.Severity), PairFormat.Number(e.ExcessIntensity),
                        PairFormat.Number(e.MuDrop), PairFormat.Number(e.PeakIntensity), e.Trigger.Name(),
                        string.Join(';', e.Triggers.Select(EventBrief.Id)), string.Join(';', e.SuspendedChannels.Select(s => s.Name).Distinct()),
                    ]));
                }

                break;
            case "json":
                PairFormat.Json(output, json => CrisisJson.Write(json, episodes, settings));
                break;
            default:
                WriteTable(episodes, output);
                output.WriteLine(settings.ToString());
                break;
        }
    }

    private static void WriteTable(IReadOnlyList<CrisisEpisode> episodes, TextWriter output)
    {
        var table = new Table().Border(TableBorder.Simple);
        foreach (var column in new[] { "start", "peak", "end", "days", "severity", "trigger", "strongest trigger event", "suspended channels" })
            table.AddColumn(column);
        foreach (var e in episodes)
        {
            table.AddRow(PairFormat.Day(e.Start), PairFormat.Day(e.Peak), PairFormat.Day(e.End) + (e.Ongoing ? " (ongoing)" : e.Unresolved ? " (unresolved)" : ""),
                e.Days.ToString(CultureInfo.InvariantCulture), PairFormat.Number(Math.Round(e.Severity, 2)), e.Trigger.Name(),
                Markup.Escape(e.Triggers.Count > 0 ? EventBrief.Line(e.Triggers[0]) : ""),
                Markup.Escape(string.Join(", ", e.SuspendedChannels.Select(s => s.Name).Distinct())));
        }

        PairFormat.Table(table, output);
        output.WriteLine($"{episodes.Count} episode(s).");
    }
}
