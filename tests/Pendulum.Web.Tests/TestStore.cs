using Pendulum.Events;
using Pendulum.Events.Readers;
using Pendulum.Ingest;
using Pendulum.Store;

namespace Pendulum.Web.Tests;

/// <summary>
/// An SQLite store in a temporary folder, built from the real fixtures (ICEWS, two GDELT 2.0 files, a GDELT re-export
/// of China's events), and what the tests expect of it, counted straight from the files.
/// </summary>
public sealed class TestStore : IDisposable
{
    public static readonly string[] Files =
    [
        Fixture("icews/events.2018.sample.tab"), Fixture("gdelt/20180508000000.export.CSV"),
        Fixture("gdelt/20180508001500.export.CSV"), Fixture("gdelt/reexport-chn-2018-01-05.csv"),
    ];

    public TestStore()
        : this(Files)
    {
    }

    public TestStore(IEnumerable<string> files)
    {
        Directory.CreateDirectory(Folder);
        using var store = SqliteEventStore.Open(Path);
        var ingester = new EventIngester(store, TimeProvider.System);
        foreach (var file in files)
            ingester.IngestFileAsync(file, new IngestOptions()).GetAwaiter().GetResult();
    }

    public string Folder { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "pendulum-web-tests", Guid.NewGuid().ToString("N"));

    public string Path => System.IO.Path.Combine(Folder, "pendulum.db");

    public static string Fixture(string relative) => System.IO.Path.Combine(AppContext.BaseDirectory, "fixtures", relative);

    /// <summary>Every event of the fixture files, read with the readers alone (no store, no observer).</summary>
    public static IReadOnlyList<CodedEvent> FixtureEvents(IEnumerable<string>? files = null) =>
        (files ?? Files).SelectMany(f =>
        {
            using var reader = EventFile.Open(f, EventFormat.Auto, new EventReaderOptions());
            return reader.ReadEvents().ToList();
        }).ToList();

    public static List<CodedEvent> PairEvents(string a, string b) =>
        FixtureEvents().Where(e => (e.Source.Country, e.Target.Country) == (a, b) || (e.Source.Country, e.Target.Country) == (b, a)).ToList();

    /// <summary>Months from the pair's first event to its last, both included: the periods of a monthly series.</summary>
    public static int MonthsSpanned(string a, string b)
    {
        var events = PairEvents(a, b);
        var (first, last) = (events.Min(e => e.Date), events.Max(e => e.Date));
        return (last.Year - first.Year) * 12 + last.Month - first.Month + 1;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // a server still holding the file on a slow shutdown; the temp folder is swept eventually
        }
    }
}
