using System.IO.Compression;

namespace Pendulum.Scan;

/// <summary>The one member of a GDELT <c>.zip</c>, opened for reading, with how far into the zip the reading is.</summary>
internal sealed class ZipMember : IDisposable
{
    private readonly FileStream _file;
    private readonly ZipArchive _archive;

    private ZipMember(FileStream file, ZipArchive archive, Stream data)
    {
        _file = file;
        _archive = archive;
        Data = data;
    }

    public Stream Data { get; }

    public long CompressedPosition => _file.Position;

    public long CompressedLength => _file.Length;

    public static ZipMember Open(string path)
    {
        FileStream? file = null;
        try
        {
            file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            var archive = new ZipArchive(file, ZipArchiveMode.Read, leaveOpen: true);
            var entries = archive.Entries.Where(e => e.Length > 0 || !e.FullName.EndsWith('/')).ToList();
            if (entries.Count != 1)
            {
                archive.Dispose();
                throw new BadDataException($"the zip holds {entries.Count} files; a GDELT export zip holds exactly one", path);
            }
            return new ZipMember(file, archive, entries[0].Open());
        }
        catch (Exception e) when (e is InvalidDataException)
        {
            file?.Dispose();
            throw new BadDataException($"not a readable zip: {e.Message}", path, inner: e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            file?.Dispose();
            throw new InputOutputException($"cannot open: {e.Message}", path, e);
        }
        catch
        {
            file?.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        Data.Dispose();
        _archive.Dispose();
        _file.Dispose();
    }
}
