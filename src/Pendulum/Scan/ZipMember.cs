using System.IO.Compression;
using Pendulum.Events.Readers;

namespace Pendulum.Scan;

/// <summary>The one member of a GDELT <c>.zip</c>, opened for reading, with how far into the zip the reading is.</summary>
internal sealed class ZipMember : IDisposable
{
    private readonly FileStream _file;
    private readonly ZipArchive _archive;

    private ZipMember(FileStream file, ZipArchive archive, Stream data, long length, string label)
    {
        _file = file;
        _archive = archive;
        Data = data;
        Length = length;
        Label = label;
    }

    public Stream Data { get; }

    /// <summary>The member's size once inflated, as the zip's directory gives it.</summary>
    public long Length { get; }

    /// <summary>The zip's path and the member's name, <c>a.zip!a.CSV</c>, as reports name what the row reader read.</summary>
    public string Label { get; }

    public long CompressedPosition => _file.Position;

    public long CompressedLength => _file.Length;

    public static ZipMember Open(string path)
    {
        FileStream? file = null;
        try
        {
            file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            var archive = new ZipArchive(file, ZipArchiveMode.Read, leaveOpen: true);
            ZipArchiveEntry member;
            try
            {
                member = ZipArchives.SingleMember(archive, path);
            }
            catch
            {
                archive.Dispose();
                throw;
            }
            return new ZipMember(file, archive, member.Open(), member.Length, $"{path}!{member.FullName}");
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
