using System.IO.Compression;
using System.Text;
using Pendulum.Events;
using Pendulum.Events.Readers;

namespace Pendulum.Tests;

/// <summary>Paths to the real-data fixtures and small helpers to read them and make bad copies of them.</summary>
internal static class Fixtures
{
    public static string Path(string relative) => System.IO.Path.Combine(AppContext.BaseDirectory, "fixtures", relative);

    public static string Gdelt2First => Path("gdelt/20180508000000.export.CSV");

    public static string Gdelt2Second => Path("gdelt/20180508001500.export.CSV");

    public static string Gdelt1Daily => Path("gdelt/20141124.export.CSV");

    public static string Gdelt1Historical => Path("gdelt/gdelt1-historical-57col.sample.tsv");

    public static string ReexportTruncated => Path("gdelt/reexport-2018-05-08.csv");

    public static string ReexportChina => Path("gdelt/reexport-chn-2018-01-05.csv");

    public static string Icews => Path("icews/events.2018.sample.tab");

    /// <summary>Reads every event of a file; the report is complete when this returns.</summary>
    public static (List<CodedEvent> Events, ReadReport Report) ReadAll(string path, EventReaderOptions? options = null,
        EventFormat format = EventFormat.Auto)
    {
        using var reader = EventFile.Open(path, format, options ?? new EventReaderOptions());
        var events = reader.ReadEvents().ToList();
        return (events, reader.Report);
    }

    public static bool IsUsaChina(CodedEvent e) =>
        (e.Source.Country, e.Target.Country) is ("USA", "CHN") or ("CHN", "USA");
}

/// <summary>A scratch folder deleted when the test ends.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder() => Directory.CreateDirectory(Root);

    public string Root { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "pendulum-tests", Guid.NewGuid().ToString("N"));

    public string Path(string name) => System.IO.Path.Combine(Root, name);

    public string Write(string name, string content, Encoding? encoding = null)
    {
        var path = Path(name);
        File.WriteAllText(path, content, encoding ?? new UTF8Encoding(false));
        return path;
    }

    public string WriteBytes(string name, byte[] content)
    {
        var path = Path(name);
        File.WriteAllBytes(path, content);
        return path;
    }

    public string Zip(string name, params (string Member, string Content)[] members)
    {
        var path = Path(name);
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        foreach (var (member, content) in members)
        {
            using var writer = new StreamWriter(zip.CreateEntry(member).Open());
            writer.Write(content);
        }

        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A test's scratch files are not worth failing a run over.
        }
    }
}
