using System.Globalization;
using System.Text;
using Pendulum.Internals;
using Pendulum.Reports.Csv;

namespace Pendulum.Simulate.Records;

/// <summary>
/// Receives each run's acts as the run ends, on the thread that ran it. Implementations must be safe to call from
/// several threads at once for different runs.
/// </summary>
public interface ISimulatedRecords
{
    /// <summary>Writes the acts of run <paramref name="run"/>, in the order they happened.</summary>
    void Write(long run, Scenario scenario, IReadOnlyList<SimulatedAct> acts);
}

/// <summary>
/// Writes each run's acts as a Pendulum CSV file (docs/pendulum-csv.md) of its own, <c>run-000042.csv</c>, in a
/// folder: one file per run, so a file is a history the observer can read as it reads a real record, and the files
/// do not depend on the thread count or on the order runs finish. A file is written under a temporary name and renamed
/// when whole. Media noise draws from its own generator, seeded from (master seed, run), so it leaves the model's
/// random stream alone.
/// </summary>
public sealed class SimulatedRecordFolder : ISimulatedRecords
{
    private const string Header = "id,date,source,target,cameo,goldstein,channel,tags,description,reference";
    private static readonly string[] BackgroundCooperation = ["010", "040", "043", "051"];
    private static readonly string[] BackgroundConflict = ["111", "112"];

    private readonly string _folder;
    private readonly RecordDensity _density;
    private readonly MediaVolume _media;
    private readonly ulong _seed;
    private readonly string _reference;

    /// <summary>Writes into <paramref name="folder"/>, which must not exist or be empty.</summary>
    public SimulatedRecordFolder(string folder, RecordDensity density, ulong seed, string scenarioName, MediaVolume? media = null)
    {
        if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
            throw new UsageException($"'{folder}' exists and is not empty: give a new or empty folder, so runs of two simulations cannot mix", "--events");
        Directory.CreateDirectory(folder);
        _folder = folder;
        _density = density;
        _media = media ?? new MediaVolume();
        _seed = seed;
        _reference = $"pendulum simulate {scenarioName}, seed {seed}";
    }

    /// <summary>The file of run <paramref name="run"/>.</summary>
    public static string FileName(long run) => string.Create(CultureInfo.InvariantCulture, $"run-{run:D6}.csv");

    public void Write(long run, Scenario scenario, IReadOnlyList<SimulatedAct> acts)
    {
        var path = Path.Combine(_folder, FileName(run));
        var temporary = path + ".partial";
        var random = new RandomStream(RandomStream.RunSeed(_seed ^ 0x5245434F52445321UL, run)); // "RECORDS!"
        using (var writer = new StreamWriter(temporary, false, new UTF8Encoding(false)))
        {
            writer.NewLine = "\n";
            writer.WriteLine(Header);
            var row = 0;
            var next = 0;
            for (var step = 0; step < scenario.StepCount; step++)
            {
                var date = scenario.DateOf(step).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                for (; next < acts.Count && acts[next].Step == step; next++)
                {
                    var act = acts[next];
                    if (_density == RecordDensity.Record && !ActCodebook.Of(act.Kind).InRecord)
                        continue;
                    var copies = _density == RecordDensity.Media ? 1 + random.NextPoisson(_media.DuplicatesPerAct) : 1;
                    for (var c = 0; c < copies; c++)
                        WriteAct(writer, run, ++row, date, scenario, act);
                }

                if (_density == RecordDensity.Media && scenario.Step == TimeStep.Day)
                {
                    foreach (var pair in scenario.Pairs)
                    {
                        Background(writer, random, run, ref row, date, pair.A, pair.B);
                        Background(writer, random, run, ref row, date, pair.B, pair.A);
                    }
                }
            }
        }

        File.Move(temporary, path, overwrite: true);
    }

    // The act coded once, by SimulatedEvents, as the calibration reads it in memory; here written as a CSV row.
    private void WriteAct(StreamWriter writer, long run, int row, string date, Scenario scenario, SimulatedAct act)
    {
        var e = SimulatedEvents.Of(scenario, act, Id(run, row));
        writer.WriteLine(CsvText.Row([e.EventId, date, e.Source.Country, e.Target.Country, e.CameoCode, G(e.Goldstein), e.Channel,
            string.Join(';', e.Tags), e.Description, _reference + $", run {run}"]));
    }

    private void Background(StreamWriter writer, RandomStream random, long run, ref int row, string date, string source, string target)
    {
        var rows = random.NextPoisson(_media.BackgroundPerDay);
        for (var i = 0; i < rows; i++)
        {
            var codes = random.NextDouble() < _media.BackgroundConflictShare ? BackgroundConflict : BackgroundCooperation;
            var cameo = codes[random.NextInt(codes.Length)];
            writer.WriteLine(CsvText.Row([Id(run, ++row), date, source, target, cameo, G(ActCodebook.Goldstein(cameo)), "", "background",
                "Simulated: ordinary news", _reference + $", run {run}"]));
        }
    }

    private static string Id(long run, int row) => string.Create(CultureInfo.InvariantCulture, $"sim-{run}-{row}");

    private static string G(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);
}
