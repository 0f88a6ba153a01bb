namespace Pendulum.Scan;

/// <summary>
/// Turns a row's byte offset into its line number, for error messages only: the scan itself never counts lines,
/// since in parallel no thread knows how many lines came before its chunk.
/// </summary>
internal static class LineNumbers
{
    /// <summary>The 1-based line that starts at <paramref name="offset"/> (in the member's text when <paramref name="zip"/>).</summary>
    public static long At(string path, bool zip, long offset)
    {
        if (zip)
        {
            using var member = ZipMember.Open(path);
            return 1 + CountNewlines(member.Data, offset);
        }
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        return 1 + CountNewlines(file, offset);
    }

    private static long CountNewlines(Stream stream, long before)
    {
        var buffer = new byte[1 << 20];
        long lines = 0;
        while (before > 0)
        {
            var read = stream.Read(buffer, 0, (int)Math.Min(buffer.Length, before));
            if (read == 0)
                break;
            lines += buffer.AsSpan(0, read).Count((byte)'\n');
            before -= read;
        }
        return lines;
    }
}
