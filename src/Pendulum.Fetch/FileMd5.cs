using System.Security.Cryptography;

namespace Pendulum.Fetch;

/// <summary>
/// The md5 GDELT publishes for its files. Used to check a transfer, not to resist an attacker: md5 is what the lists
/// carry, so it is what can be checked.
/// </summary>
internal static class FileMd5
{
    private const int BufferSize = 1 << 16;

    /// <summary>The md5 of a file as 32 lower-case hex digits.</summary>
    public static async ValueTask<string> ComputeAsync(string path, CancellationToken ct)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize,
            useAsync: true);
        return Convert.ToHexStringLower(await MD5.HashDataAsync(stream, ct));
    }

    /// <summary>True when the file exists and hashes to <paramref name="md5"/> (lower-case hex).</summary>
    public static async ValueTask<bool> MatchesAsync(string path, string md5, CancellationToken ct) =>
        File.Exists(path) && await ComputeAsync(path, ct) == md5;
}
