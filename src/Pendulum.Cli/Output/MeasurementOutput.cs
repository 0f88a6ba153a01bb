using System.Globalization;
using System.Text.Json;
using Pendulum.Belief;
using Pendulum.Events.Cameo;
using Pendulum.Observe;
using Spectre.Console;

namespace Pendulum.Cli.Output;

/// <summary>
/// Writes a <see cref="PairMeasurement"/> as a table, CSV (one row per period) or JSON (with parameters and drivers).
/// Field names are part of the interface (docs/cli.md).
/// </summary>
internal static class MeasurementOutput
{
    private static readonly string[] CsvFields =
    [
        "period", "events", "events_ab", "events_ba", "verbal_cooperation", "material_cooperation", "verbal_conflict",
        "material_conflict", "goldstein_sum", "goldstein_mean", "goldstein_mean_weighted", "cooperative_share",
        "volume_a", "volume_b", "share_of_volume_a", "share_of_volume_b", "mu_ab", "mu_ba", "position", "zone",
    ];

    public static void Write(PairMeasurement m, string format, TextWriter output)
    {
        switch (format)
        {
            case "csv":
                WriteCsv(m, output);
                break;
            case "json":
                WriteJson(m, output);
                break;
            default:
                WriteTable(m, output);
                break;
        }
    }

    /// <summary>Several pairs: JSON array of measurements, CSV with a leading <c>pair</c> column, or one table per pair.</summary>
    public static void WriteMany(IReadOnlyList<PairMeasurement> measurements, string format, TextWriter output)
    {
        switch (format)
        {
            case "csv":
                output.WriteLine(CsvText.Row(CsvFields.Prepend("pair")));
                foreach (var m in measurements)
                    WriteCsvRows(m, output, $"{m.CountryA}-{m.CountryB}");
                break;
            case "json":
                output.WriteLine("[");
                for (var i = 0; i < measurements.Count; i++)
                {
                    output.Write(Json(measurements[i]).TrimEnd());
                    output.WriteLine(i + 1 < measurements.Count ? "," : "");
                }

                output.WriteLine("]");
                break;
            default:
                foreach (var m in measurements)
                {
                    output.WriteLine($"{m.CountryA}-{m.CountryB}:");
                    WriteTable(m, output);
                }

                break;
        }
    }

    /// <summary>The matrix of pair positions at one date.</summary>
    public static void WriteMatrix(PositionMatrix matrix, string format, TextWriter output)
    {
        var n = matrix.Countries.Count;
        switch (format)
        {
            case "csv":
                output.WriteLine(CsvText.Row(matrix.Countries.Prepend("country")));
                for (var i = 0; i < n; i++)
                    output.WriteLine(CsvText.Row(Enumerable.Range(0, n).Select(j => F(matrix.Position(i, j))).Prepend(matrix.Countries[i])));
                break;
            case "json":
                using (var buffer = new MemoryStream())
                {
                    using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
                    {
                        json.WriteStartObject();
                        json.WriteString("at", Date(matrix.At));
                        json.WriteStartArray("countries");
                        foreach (var c in matrix.Countries)
                            json.WriteStringValue(c);
                        json.WriteEndArray();
                        json.WriteStartArray("positions");
                        for (var i = 0; i < n; i++)
                        {
                            json.WriteStartArray();
                            for (var j = 0; j < n; j++)
                            {
                                if (matrix.Position(i, j) is { } v)
                                    json.WriteNumberValue(v);
                                else
                                    json.WriteNullValue();
                            }

                            json.WriteEndArray();
                        }

                        json.WriteEndArray();
                        json.WriteStartArray("pairs");
                        foreach (var p in matrix.Pairs)
                        {
                            json.WriteStartObject();
                            json.WriteString("pair", $"{p.CountryA}-{p.CountryB}");
                            json.WriteNumber("events", p.Events);
                            json.WriteNumber("mu_ab", p.MuAb);
                            json.WriteNumber("mu_ba", p.MuBa);
                            json.WriteNumber("position", p.Position);
                            json.WriteString("zone", p.Zone.Name());
                            json.WriteEndObject();
                        }

                        json.WriteEndArray();
                        json.WriteEndObject();
                    }

                    output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
                }

                break;
            default:
                var table = new Table().Border(TableBorder.Simple).Title($"pair positions as of {Date(matrix.At)}");
                table.AddColumn("");
                foreach (var c in matrix.Countries)
                    table.AddColumn(c);
                for (var i = 0; i < n; i++)
                    table.AddRow(Enumerable.Range(0, n).Select(j => F(matrix.Position(i, j), "+0.000;-0.000;0.000") ?? "·").Prepend(matrix.Countries[i]).ToArray());
                var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output), Ansi = AnsiSupport.No });
                console.Profile.Width = 180;
                console.Write(table);
                break;
        }
    }

    private static void WriteCsv(PairMeasurement m, TextWriter output)
    {
        output.WriteLine(CsvText.Row(CsvFields));
        WriteCsvRows(m, output, null);
    }

    private static void WriteCsvRows(PairMeasurement m, TextWriter output, string? pair)
    {
        foreach (var p in m.Periods)
        {
            IEnumerable<string?> row =
            [
                Date(p.Period), I(p.Events), I(p.EventsAb), I(p.EventsBa), I(p.QuadCounts[0]), I(p.QuadCounts[1]),
                I(p.QuadCounts[2]), I(p.QuadCounts[3]), F(p.GoldsteinSum), F(p.GoldsteinMean), F(p.GoldsteinMeanWeighted),
                F(p.CooperativeShare), I(p.VolumeA), I(p.VolumeB), F(p.ShareOfVolumeA), F(p.ShareOfVolumeB), F(p.MuAb),
                F(p.MuBa), F(p.Position), p.Zone.Name(),
            ];
            output.WriteLine(CsvText.Row(pair is null ? row : row.Prepend(pair)));
        }
    }

    private static void WriteJson(PairMeasurement m, TextWriter output) => output.WriteLine(Json(m));

    private static string Json(PairMeasurement m)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("pair", $"{m.CountryA}-{m.CountryB}");
            json.WriteString("freq", m.Frequency.Name());
            WriteParameters(json, m.Parameters);
            json.WriteStartArray("periods");
            foreach (var p in m.Periods)
                WritePeriod(json, m, p);
            json.WriteEndArray();
            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteParameters(Utf8JsonWriter json, ObserverParameters p)
    {
        json.WriteStartObject("params");
        json.WriteNumber("drivers_per_period", p.DriversPerPeriod);
        json.WriteStartObject("belief");
        json.WriteNumber("hazard_trustworthy_to_greedy", p.Belief.HazardTrustworthyToGreedy);
        json.WriteNumber("hazard_greedy_to_trustworthy", p.Belief.HazardGreedyToTrustworthy);
        json.WriteNumber("distrust_below", p.Belief.DistrustBelow);
        json.WriteNumber("trust_above", p.Belief.TrustAbove);
        json.WriteNumber("hysteresis", p.Belief.Hysteresis);
        json.WriteEndObject();
        json.WriteStartObject("evidence");
        json.WriteNumber("verbal_cooperation_weight", p.Evidence.VerbalCooperationWeight);
        json.WriteNumber("material_cooperation_weight", p.Evidence.MaterialCooperationWeight);
        json.WriteNumber("verbal_conflict_weight", p.Evidence.VerbalConflictWeight);
        json.WriteNumber("material_conflict_weight", p.Evidence.MaterialConflictWeight);
        json.WriteNumber("saturation_events", p.Evidence.SaturationEvents);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WritePeriod(Utf8JsonWriter json, PairMeasurement m, PeriodMeasure p)
    {
        json.WriteStartObject();
        json.WriteString("period", Date(p.Period));
        json.WriteNumber("events", p.Events);
        json.WriteNumber("events_ab", p.EventsAb);
        json.WriteNumber("events_ba", p.EventsBa);
        json.WriteStartObject("quad_counts");
        json.WriteNumber("verbal_cooperation", p.QuadCounts[0]);
        json.WriteNumber("material_cooperation", p.QuadCounts[1]);
        json.WriteNumber("verbal_conflict", p.QuadCounts[2]);
        json.WriteNumber("material_conflict", p.QuadCounts[3]);
        json.WriteEndObject();
        json.WriteNumber("goldstein_sum", p.GoldsteinSum);
        NumberOrNull(json, "goldstein_mean", p.GoldsteinMean);
        NumberOrNull(json, "goldstein_mean_weighted", p.GoldsteinMeanWeighted);
        NumberOrNull(json, "cooperative_share", p.CooperativeShare);
        NumberOrNull(json, "volume_a", p.VolumeA);
        NumberOrNull(json, "volume_b", p.VolumeB);
        NumberOrNull(json, "share_of_volume_a", p.ShareOfVolumeA);
        NumberOrNull(json, "share_of_volume_b", p.ShareOfVolumeB);
        json.WriteNumber("mu_ab", p.MuAb);
        json.WriteNumber("mu_ba", p.MuBa);
        json.WriteNumber("position", p.Position);
        json.WriteString("zone", p.Zone.Name());
        json.WriteStartArray("drivers");
        foreach (var d in p.Drivers)
        {
            var e = d.Event;
            json.WriteStartObject();
            json.WriteString("date", Date(e.Date));
            json.WriteString("direction", e.Source.Country == m.CountryA ? $"{m.CountryA}->{m.CountryB}" : $"{m.CountryB}->{m.CountryA}");
            json.WriteString("dataset", e.Dataset);
            json.WriteString("event_id", e.EventId);
            json.WriteString("cameo", e.CameoCode);
            json.WriteString("cameo_name", CameoCodebook.Default.NameOf(e.CameoCode));
            json.WriteNumber("goldstein", e.Goldstein);
            json.WriteNumber("mentions", e.Mentions);
            json.WriteNumber("contribution", d.Contribution);
            json.WriteString("description", e.Description);
            json.WriteString("url", e.Url);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteTable(PairMeasurement m, TextWriter output)
    {
        var table = new Table().Border(TableBorder.Simple);
        foreach (var column in new[] { "period", $"{m.CountryA}->{m.CountryB}", $"{m.CountryB}->{m.CountryA}", "goldstein", "coop", "mu_ab", "mu_ba", "position", "zone", "top driver" })
            table.AddColumn(column);
        foreach (var p in m.Periods)
        {
            var top = p.Drivers.Count == 0 ? "" : Describe(p.Drivers[0]);
            table.AddRow(Date(p.Period), I(p.EventsAb)!, I(p.EventsBa)!, F(p.GoldsteinMean, "0.00") ?? "", F(p.CooperativeShare, "0%") ?? "",
                F(p.MuAb, "0.000")!, F(p.MuBa, "0.000")!, F(p.Position, "+0.000;-0.000;0.000")!, ZoneMarkup(p.Zone), Markup.Escape(top));
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected ? AnsiSupport.Detect : AnsiSupport.No,
        });
        console.Profile.Width = 180;
        console.Write(table);
    }

    private static string Describe(Driver d)
    {
        var e = d.Event;
        var what = e.Description ?? CameoCodebook.Default.NameOf(e.CameoCode) ?? e.CameoCode;
        if (what.Length > 40)
            what = what[..39] + "…";
        return string.Create(CultureInfo.InvariantCulture, $"{e.Date:MM-dd} {e.Source.Country}->{e.Target.Country} {e.CameoCode} {what} ({d.Contribution:+0.000;-0.000})");
    }

    private static string ZoneMarkup(TrustZone zone) => zone switch
    {
        TrustZone.Distrust => "[red]distrust[/]",
        TrustZone.Trust => "[green]trust[/]",
        _ => "understanding",
    };

    private static void NumberOrNull(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } v)
            json.WriteNumber(name, v);
        else
            json.WriteNull(name);
    }

    private static void NumberOrNull(Utf8JsonWriter json, string name, long? value)
    {
        if (value is { } v)
            json.WriteNumber(name, v);
        else
            json.WriteNull(name);
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? I(long? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static string? F(double? value, string format = "R") => value?.ToString(format, CultureInfo.InvariantCulture);
}
