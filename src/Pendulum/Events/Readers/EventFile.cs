using System.IO.Compression;
using System.Text;

namespace Pendulum.Events.Readers;

/// <summary>
/// Opens an event file with the right reader: plain or <c>.zip</c> (exactly one member), format given or detected
/// from the content (zip magic bytes, header names, column count), never from the file name alone.
/// </summary>
public static class EventFile
{
    private const int SampleSize = 1 << 16;

    /// <summary>Opens <paramref name="path"/> for reading. The caller disposes the reader.</summary>
    /// <exception cref="BadDataException">The file is empty, an unusable zip, or of no format Pendulum knows.</exception>
    /// <exception cref="InputOutputException">The file cannot be opened.</exception>
    public static EventReader Open(string path, EventFormat format, EventReaderOptions options)
    {
        FileStream file;
        try
        {
            file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputOutputException($"cannot open: {e.Message}", path, e);
        }

        try
        {
            var total = file.Length;
            if (total == 0)
                throw new BadDataException("the file is empty", path);
            Span<byte> magic = stackalloc byte[4];
            magic = magic[..file.ReadAtLeast(magic, magic.Length, throwOnEndOfStream: false)];
            file.Position = 0;
            var zip = ZipArchives.IsZip(magic);
            var reader = zip
                ? OpenZipMember(file, path, format, options)
                : Create(file, path, format == EventFormat.Auto ? Detect(Sample(file), path) : format, options);
            reader.ReadsZipMember = zip;
            reader.BytesConsumed = () => file.CanSeek ? file.Position : total;
            reader.BytesTotal = total;
            return reader;
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    /// <summary>Detects the format of a file's first bytes; throws when none fits.</summary>
    public static EventFormat Detect(ReadOnlySpan<byte> sample, string file)
    {
        if (sample.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || sample.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            throw new BadDataException("the file is UTF-16 encoded; Pendulum reads UTF-8 (convert it with iconv)", file, 1);
        if (sample.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            sample = sample[3..];
        var end = sample.IndexOf((byte)'\n');
        var first = Encoding.UTF8.GetString(end < 0 ? sample : sample[..end]).TrimEnd('\r');
        if (first.StartsWith("Event ID\t", StringComparison.Ordinal))
            return EventFormat.Icews;
        if (first.Contains('\t'))
        {
            var columns = first.Count(c => c == '\t') + 1;
            if (columns is 57 or 58 or 61)
                return EventFormat.Gdelt;
        }

        var names = first.Split(',').Select(n => n.Trim().Trim('"').ToLowerInvariant()).ToHashSet();
        if (names.Contains("globaleventid"))
            return EventFormat.GdeltCsv;
        if (names.IsSupersetOf(["date", "source", "target", "cameo"]))
            return EventFormat.Pendulum;
        throw new BadDataException(
            $"cannot tell the format from the first line ('{FieldParser.Shorten(first)}'); pass --format "
            + string.Join('|', EventFormatNames.All.Skip(1)), file, 1);
    }

    private static EventReader OpenZipMember(FileStream file, string path, EventFormat format, EventReaderOptions options)
    {
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(file, ZipArchiveMode.Read, leaveOpen: false);
        }
        catch (InvalidDataException e)
        {
            throw new BadDataException($"not a readable zip archive: {e.Message}", path, null, null, e);
        }

        ZipArchiveEntry member;
        try
        {
            member = ZipArchives.SingleMember(zip, path);
        }
        catch
        {
            zip.Dispose();
            throw;
        }

        var label = $"{path}!{member.FullName}";
        if (format == EventFormat.Auto)
        {
            using var sampleStream = member.Open();
            format = Detect(Sample(sampleStream), label);
        }

        return Create(new ZipMemberStream(zip, member.Open(), label), label, format, options);
    }

    private static byte[] Sample(Stream stream)
    {
        var buffer = new byte[SampleSize];
        var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        if (stream.CanSeek)
            stream.Position = 0;
        if (read == 0)
            throw new BadDataException("the file is empty", stream is FileStream fs ? fs.Name : null);
        return buffer[..read];
    }

    private static EventReader Create(Stream stream, string path, EventFormat format, EventReaderOptions options) => format switch
    {
        EventFormat.Gdelt => new GdeltReader(stream, path, options),
        EventFormat.GdeltCsv => new GdeltCsvReader(stream, path, options),
        EventFormat.Icews => new IcewsReader(stream, path, options),
        EventFormat.Pendulum => new PendulumCsvReader(stream, path, options),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "choose a concrete format or Auto"),
    };

    // Keeps the archive alive as long as its member is read, and closes both together.
    private sealed class ZipMemberStream(ZipArchive zip, Stream member, string label) : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            try
            {
                return member.Read(buffer);
            }
            catch (InvalidDataException e)
            {
                throw new BadDataException($"the zip member is corrupt: {e.Message}", label, null, null, e);
            }
        }

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                member.Dispose();
                zip.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
