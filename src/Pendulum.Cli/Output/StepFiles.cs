using System.Globalization;
using System.Text;
using System.Text.Json;
using Pendulum.Simulate;

namespace Pendulum.Cli.Output;

/// <summary>Writes steps.csv and steps.json: per step and pair, the quantiles across runs of each series.</summary>
internal static class StepFiles
{
    private static readonly string[] LevelNames = ["p5", "p25", "p50", "p75", "p95"];

    public static void Write(string folder, Scenario scenario, StepQuantiles steps, ulong seed)
    {
        var tables = Tables(steps);
        WriteCsv(Path.Combine(folder, "steps.csv"), scenario, steps, tables);
        WriteJson(Path.Combine(folder, "steps.json"), scenario, steps, seed, tables);
    }

    // tables[pair][series][step, level]
    private static double[][][,] Tables(StepQuantiles steps) =>
        [.. Enumerable.Range(0, steps.Pairs).Select(p => Enumerable.Range(0, StepSeries.Count).Select(s => steps.Table(p, s)).ToArray())];

    private static void WriteCsv(string path, Scenario scenario, StepQuantiles steps, double[][][,] tables)
    {
        using var writer = OutputFile.Create(path);
        var header = new List<string> { "step", "date", "pair" };
        foreach (var series in StepSeries.Names)
            header.AddRange(LevelNames.Select(l => $"{series}_{l}"));
        writer.WriteLine(string.Join(',', header));
        var line = new StringBuilder();
        for (var step = 0; step < steps.Steps; step++)
        {
            var date = Date(scenario, step);
            for (var p = 0; p < steps.Pairs; p++)
            {
                line.Clear().Append(step.ToString(CultureInfo.InvariantCulture)).Append(',').Append(date).Append(',').Append(scenario.Pairs[p].Key);
                for (var s = 0; s < StepSeries.Count; s++)
                {
                    for (var l = 0; l < LevelNames.Length; l++)
                        line.Append(',').Append(Number(tables[p][s][step, l]));
                }

                writer.WriteLine(line.ToString());
            }
        }
    }

    private static void WriteJson(string path, Scenario scenario, StepQuantiles steps, ulong seed, double[][][,] tables)
    {
        using var stream = File.Create(path);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = false });
        json.WriteStartObject();
        json.WriteString("scenario", scenario.Name);
        json.WriteNumber("runs", steps.Runs);
        json.WriteNumber("seed", seed);
        json.WriteString("step_length", scenario.Step == TimeStep.Day ? "day" : "month");
        json.WriteNumber("bin_width", StepQuantiles.BinWidth);
        json.WriteStartArray("steps");
        for (var step = 0; step < steps.Steps; step++)
        {
            var date = Date(scenario, step);
            for (var p = 0; p < steps.Pairs; p++)
            {
                json.WriteStartObject();
                json.WriteNumber("step", step);
                json.WriteString("date", date);
                json.WriteString("pair", scenario.Pairs[p].Key);
                for (var s = 0; s < StepSeries.Count; s++)
                {
                    json.WriteStartObject(StepSeries.Names[s]);
                    for (var l = 0; l < LevelNames.Length; l++)
                    {
                        if (double.IsNaN(tables[p][s][step, l]))
                            json.WriteNull(LevelNames[l]);
                        else
                            json.WriteNumber(LevelNames[l], Math.Round(tables[p][s][step, l], 5));
                    }

                    json.WriteEndObject();
                }

                json.WriteEndObject();
            }
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static string Date(Scenario scenario, int step) => scenario.DateOf(step).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Number(double value) => double.IsNaN(value) ? "" : Math.Round(value, 5).ToString("0.#####", CultureInfo.InvariantCulture);
}
