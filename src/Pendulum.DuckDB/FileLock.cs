using System.Globalization;
using System.Text.RegularExpressions;
using DuckDB.NET.Data;

namespace Pendulum.DuckDB;

/// <summary>
/// DuckDB lets one process at a time open a file (it takes an exclusive lock, without waiting): a second process gets
/// an error at once rather than a hang. This turns that error into one that names the process holding the file.
/// </summary>
internal static partial class FileLock
{
    /// <summary>An <see cref="InputOutputException"/> for a failed open: the holder named when it is a lock conflict.</summary>
    public static InputOutputException Describe(DuckDBException error, string path)
    {
        var match = HeldBy().Match(error.Message);
        if (!match.Success)
            return new InputOutputException($"cannot open the DuckDB store: {error.Message}", path, error);
        var pid = int.Parse(match.Groups["pid"].Value, CultureInfo.InvariantCulture);
        return new InputOutputException(
            $"the store is in use by another process (PID {pid}: {CommandLine(pid) ?? match.Groups["program"].Value}); "
            + "DuckDB lets one process open a file at a time: wait for it to finish or stop it (a `pendulum serve` on this file, say), then run this again",
            path, error);
    }

    /// <summary>The command line of process <paramref name="pid"/> (Linux's /proc), or null where it cannot be read.</summary>
    internal static string? CommandLine(int pid)
    {
        try
        {
            var raw = File.ReadAllText($"/proc/{pid}/cmdline");
            var line = string.Join(' ', raw.Split('\0', StringSplitOptions.RemoveEmptyEntries));
            return line.Length == 0 ? null : line.Length <= 200 ? line : line[..197] + "...";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    // DuckDB 1.x: 'Could not set lock on file "...": Conflicting lock is held in /usr/bin/dotnet (PID 1234) by user ...'
    [GeneratedRegex(@"Conflicting lock is held in (?<program>.*?) \(PID (?<pid>\d+)\)")]
    private static partial Regex HeldBy();
}
