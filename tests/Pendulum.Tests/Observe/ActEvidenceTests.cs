using System.Globalization;
using Pendulum.Events;
using Pendulum.Observe;

namespace Pendulum.Tests.Observe;

/// <summary>The CAMEO-to-evidence mapping of act records, and the table of it in docs/observer.md.</summary>
public sealed class ActEvidenceTests
{
    // The root codes and the codes the shipped US-China record uses most (10 rows or more).
    private static readonly string[] RecordCodes = ["041", "042", "043", "044", "057", "064", "111", "114", "128", "150", "163"];

    [Fact]
    public void Of_MaterialConflictRoot_IsTheWeightTimesGoldsteinTimesOneRowsSaturation()
    {
        var evidence = ObserverParameters.ActRecords.Evidence;

        var fight = ActEvidence.Of("190", evidence);

        Assert.Equal(QuadClass.MaterialConflict, fight.QuadClass);
        Assert.Equal(-10, fight.Goldstein);
        Assert.Equal(evidence.MaterialConflictWeight * -1 * (1 - Math.Exp(-1)), fight.Nats, 12);
    }

    [Fact]
    public void Of_OneRowRead_MovesTheBeliefByExactlyItsNats()
    {
        // Given one row of code 057 (sign formal agreement) from CHN to USA, with no earlier events (the belief starts at the prior, 0.5)
        var accumulator = new PairAccumulator("USA", "CHN", 0);
        accumulator.Add(new CodedEvent
        {
            Dataset = EventRows.HandCodedDataset,
            EventId = "x",
            Date = new DateOnly(2001, 1, 1),
            CameoCode = "057",
            QuadClass = QuadClass.VerbalCooperation,
            Goldstein = 8,
            Source = new EventActor("CHN", "", "CHN", "GOV"),
            Target = new EventActor("USA", "", "USA", "GOV"),
        });
        var days = accumulator.Measure(Frequency.Day, ObserverParameters.ActRecords, new DateOnly(2001, 1, 1), new DateOnly(2001, 1, 1)).Periods;

        // Then A's (USA) belief about CHN moved from the prior by the act's nats in log-odds
        var mu = days[0].MuBa;
        Assert.Equal(ActEvidence.Of("057", ObserverParameters.ActRecords.Evidence).Nats, Math.Log(mu / (1 - mu)), 9);
    }

    [Fact]
    public void Of_NotACameoCode_ThrowsUsageNamingTheField()
    {
        var e = Assert.Throws<UsageException>(() => ActEvidence.Of("999", ObserverParameters.ActRecords.Evidence));

        Assert.Equal("cameo", e.Field);
    }

    [Fact]
    public void DocsTable_EveryRow_IsWhatTheLibraryComputes()
    {
        var expected = Table();
        var doc = File.ReadAllText(Path.Combine(Repository(), "docs", "observer.md"));
        const string Start = "<!-- act-evidence:start -->", End = "<!-- act-evidence:end -->";
        var (from, to) = (doc.IndexOf(Start, StringComparison.Ordinal), doc.IndexOf(End, StringComparison.Ordinal));
        Assert.True(from >= 0 && to > from, $"docs/observer.md lacks the lines {Start} and {End} around the act-evidence table");
        var actual = doc[(from + Start.Length)..to].Trim();

        Assert.True(expected == actual, "docs/observer.md's act-evidence table differs from the library; it should read:\n" + expected);
    }

    private static string Table()
    {
        var evidence = ObserverParameters.ActRecords.Evidence;
        var rows = ActEvidence.RootCodes(evidence).Concat(RecordCodes.Select(c => ActEvidence.Of(c, evidence))).OrderBy(a => a.Code, StringComparer.Ordinal);
        var lines = new List<string>
        {
            "| code | name | QuadClass | Goldstein | nats | likelihood ratio |",
            "|---|---|---|---:|---:|---:|",
        };
        lines.AddRange(rows.Select(a => string.Create(CultureInfo.InvariantCulture,
            $"| {a.Code} | {a.Name} | {a.QuadClass} | {a.Goldstein:0.0} | {a.Nats:+0.00;-0.00;0.00} | {a.Ratio:0.00} |")));
        return string.Join("\n", lines);
    }

    private static string Repository()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Pendulum.slnx")))
            folder = folder.Parent;
        return folder?.FullName ?? throw new InvalidOperationException("the repository root (Pendulum.slnx) is not above the test's folder");
    }
}
