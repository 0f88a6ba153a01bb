using Pendulum.Events.Readers;
using Pendulum.Simulate;
using Pendulum.Simulate.Records;

namespace Pendulum.Tests.Simulate.Records;

public sealed class SimulatedRecordFolderTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static Scenario Base(int years = 10) =>
        ScenarioLoader.Load(TestScenarios.Shipped("us-china-base.yaml"), [new ScenarioOverride("years", years.ToString(System.Globalization.CultureInfo.InvariantCulture))]);

    [Fact]
    public void Write_RecordDensity_OneRowPerRecordedActMatchingTheRunsCounters()
    {
        // Given three runs of the base written at record density
        var folder = _temp.Path("record");
        var summaries = new List<RunSummary>();
        SimulationRunner.Run(Base(), new SimulationOptions { Runs = 3, Seed = 8, StepQuantiles = false, Records = new SimulatedRecordFolder(folder, RecordDensity.Record, 8, "base") },
            s => summaries.AddRange(s));

        foreach (var run in summaries)
        {
            // Then each run's file reads as Pendulum CSV without a rejected row, and holds the run's incidents, challenges and suspensions
            using var reader = EventFile.Open(Path.Combine(folder, SimulatedRecordFolder.FileName(run.Run)), EventFormat.Auto, new EventReaderOptions());
            var events = reader.ReadEvents().ToList();
            Assert.Equal(0, reader.Report.RowsSkipped);
            Assert.Equal(run.Incidents, events.Count(e => e.Tags.Contains("incident")));
            Assert.Equal(run.CoreChallenges, events.Count(e => e.CameoCode == "128"));
            Assert.Equal(run.Suspensions, events.Count(e => e.CameoCode == "160"));
            Assert.Equal(run.SignalsSent, events.Count(e => e.CameoCode == "064"));
            Assert.DoesNotContain(events, e => e.Channel == "strategic-dialogue");
            Assert.All(events, e => Assert.True(e.Date >= new DateOnly(2011, 1, 1) && e.Date < new DateOnly(2021, 1, 1)));
        }
    }

    [Fact]
    public void Write_MediaDensityOneAndTwoThreads_ByteIdenticalFiles()
    {
        var one = _temp.Path("one");
        var two = _temp.Path("two");

        SimulationRunner.Run(Base(2), new SimulationOptions { Runs = 4, Seed = 3, Threads = 1, StepQuantiles = false, Records = new SimulatedRecordFolder(one, RecordDensity.Media, 3, "base") });
        SimulationRunner.Run(Base(2), new SimulationOptions { Runs = 4, Seed = 3, Threads = 2, StepQuantiles = false, Records = new SimulatedRecordFolder(two, RecordDensity.Media, 3, "base") });

        for (var run = 0; run < 4; run++)
            Assert.Equal(File.ReadAllBytes(Path.Combine(one, SimulatedRecordFolder.FileName(run))), File.ReadAllBytes(Path.Combine(two, SimulatedRecordFolder.FileName(run))));
        var rows = File.ReadAllLines(Path.Combine(one, SimulatedRecordFolder.FileName(0))).Length;
        Assert.True(rows > 2 * 365 * 2 * 2, $"media volume has a daily background both ways: {rows} rows");
    }

    [Fact]
    public void Records_DoNotChangeTheRuns()
    {
        var plain = new List<RunSummary>();
        var recorded = new List<RunSummary>();

        SimulationRunner.Run(Base(3), new SimulationOptions { Runs = 5, Seed = 2, StepQuantiles = false }, s => plain.AddRange(s));
        SimulationRunner.Run(Base(3), new SimulationOptions { Runs = 5, Seed = 2, StepQuantiles = false, Records = new SimulatedRecordFolder(_temp.Path("r"), RecordDensity.Media, 2, "base") },
            s => recorded.AddRange(s));

        Assert.Equal(plain, recorded);
    }

    [Fact]
    public void New_FolderNotEmpty_IsAUsageErrorAndWritesNothing()
    {
        var folder = _temp.Path("used");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "run-000000.csv"), "old");

        var e = Assert.Throws<UsageException>(() => new SimulatedRecordFolder(folder, RecordDensity.Record, 1, "base"));

        Assert.Contains("not empty", e.Message, StringComparison.Ordinal);
        Assert.Equal(["run-000000.csv"], Directory.GetFiles(folder).Select(Path.GetFileName));
    }
}
