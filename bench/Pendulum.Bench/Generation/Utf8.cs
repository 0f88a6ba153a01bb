using System.Text;

namespace Pendulum.Bench.Generation;

/// <summary>Encoding helpers for the pre-built field runs.</summary>
internal static class Utf8
{
    public static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

    /// <summary>The fields joined with tabs, as UTF-8.</summary>
    public static byte[] Join(params string[] fields) => Bytes(string.Join('\t', fields));
}
