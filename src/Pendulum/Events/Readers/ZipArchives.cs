using System.IO.Compression;

namespace Pendulum.Events.Readers;

/// <summary>
/// What every reader of event files agrees on about zips: a file is a zip by its first bytes, never by its name, and
/// an event zip (GDELT's <c>*.export.CSV.zip</c>) holds exactly one file.
/// </summary>
internal static class ZipArchives
{
    /// <summary>
    /// True when <paramref name="magic"/> (a file's first four bytes) starts a zip: a local file header, or, for a
    /// zip that holds nothing, the end-of-directory record.
    /// </summary>
    public static bool IsZip(ReadOnlySpan<byte> magic) =>
        magic.SequenceEqual("PK\u0003\u0004"u8) || magic.SequenceEqual("PK\u0005\u0006"u8);

    /// <summary>The archive's one file; throws, naming <paramref name="path"/>, when it holds none or several.</summary>
    public static ZipArchiveEntry SingleMember(ZipArchive zip, string path)
    {
        var members = zip.Entries.Where(e => !e.FullName.EndsWith('/')).ToList();
        if (members.Count == 1)
            return members[0];
        throw new BadDataException(members.Count == 0
            ? "the zip archive holds no file"
            : $"the zip archive holds {members.Count} files ({string.Join(", ", members.Take(5).Select(m => m.FullName))}); expected one",
            path);
    }
}
