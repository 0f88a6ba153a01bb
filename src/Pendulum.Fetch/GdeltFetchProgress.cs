namespace Pendulum.Fetch;

/// <summary>Where a fetch has got to, reported at the start of each file, after each chunk and at each file's end.</summary>
/// <param name="FileName">The file being fetched, e.g. <c>20150219000000.export.CSV.zip</c>.</param>
/// <param name="FileBytesDone">Bytes of this file on disk so far, including those of a resumed partial download.</param>
/// <param name="FileBytesTotal">The size of this file when known (the 2.0 master list gives it, or the server does).</param>
/// <param name="FilesDone">Files finished so far (downloaded or already present).</param>
/// <param name="FilesTotal">Files selected for the range.</param>
public readonly record struct GdeltFetchProgress(
    string FileName, long FileBytesDone, long? FileBytesTotal, int FilesDone, int FilesTotal);
