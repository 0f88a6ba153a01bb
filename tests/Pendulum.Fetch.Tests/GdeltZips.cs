using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;

namespace Pendulum.Fetch.Tests;

/// <summary>Small GDELT-like export zips, built in memory, and the md5 the file lists carry.</summary>
internal static class GdeltZips
{
    private const int Columns = 61;

    /// <summary>
    /// A zip holding <c>name</c> without its <c>.zip</c>: <paramref name="rows"/> tab-separated rows of 61 columns.
    /// The fields are seeded pseudo-random digits so the zip does not shrink to nothing (tests drop connections
    /// after a few hundred bytes and need more than that to follow).
    /// </summary>
    public static byte[] Export(string name, int rows = 200)
    {
        var random = new Random(name.Sum(c => c));
        var text = new StringBuilder();
        for (var row = 0; row < rows; row++)
        {
            text.Append(CultureInfo.InvariantCulture, $"{1_000_000 + row}");
            for (var column = 1; column < Columns; column++)
            {
                text.Append('\t').Append(CultureInfo.InvariantCulture, $"{random.Next(100_000)}");
            }

            text.Append('\n');
        }

        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            var entry = zip.CreateEntry(name[..^".zip".Length]);
            entry.LastWriteTime = new DateTimeOffset(2015, 2, 19, 0, 0, 0, TimeSpan.Zero);
            using var writer = new StreamWriter(entry.Open(), new UTF8Encoding(false));
            writer.Write(text);
        }

        return buffer.ToArray();
    }

    public static string Md5(byte[] content) => Convert.ToHexStringLower(MD5.HashData(content));
}
