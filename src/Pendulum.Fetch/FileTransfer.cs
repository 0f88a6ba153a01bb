namespace Pendulum.Fetch;

/// <summary>One file's download across its attempts: where it goes, what has arrived, how to report it.</summary>
internal sealed class FileTransfer(
    GdeltFileEntry entry, string outputDirectory, int filesDone, int filesTotal, IProgress<GdeltFetchProgress>? progress)
{
    public GdeltFileEntry Entry { get; } = entry;

    /// <summary>Where the verified file ends up; nothing is written under this name but by an atomic rename.</summary>
    public string FinalPath { get; } = Path.Combine(outputDirectory, entry.Name);

    /// <summary>Where the bytes go while they arrive, and where an interrupted download is resumed from.</summary>
    public string PartPath { get; } = Path.Combine(outputDirectory, entry.Name + ".part");

    /// <summary>True when the bytes that were finally verified partly came from a resumed <c>.part</c>.</summary>
    public bool Resumed { get; set; }

    /// <summary>Body bytes received over all attempts.</summary>
    public long BytesReceived { get; private set; }

    /// <summary>The length of the <c>.part</c> file, 0 when there is none.</summary>
    public long PartLength()
    {
        var part = new FileInfo(PartPath);
        return part.Exists ? part.Length : 0;
    }

    public void DeletePart()
    {
        File.Delete(PartPath);
        Resumed = false;
    }

    public void Received(int count) => BytesReceived += count;

    public void Report(long bytesDone, long? bytesTotal, bool finished = false) =>
        progress?.Report(new GdeltFetchProgress(
            Entry.Name, bytesDone, bytesTotal ?? Entry.Size, finished ? filesDone + 1 : filesDone, filesTotal));
}
