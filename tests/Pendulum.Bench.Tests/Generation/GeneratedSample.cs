using System.Text;
using Pendulum.Bench.Generation;

namespace Pendulum.Bench.Tests.Generation;

/// <summary>One ~5 MB file (seed 42), generated once and shared by the tests that only read it.</summary>
internal static class GeneratedSample
{
    public const long Size = 5_000_000;

    private static readonly Lazy<byte[]> LazyBytes = new(() => Generate(new GdeltFileGeneratorOptions { TargetBytes = Size }));

    private static readonly Lazy<string[][]> LazyRows = new(() => SplitRows(LazyBytes.Value));

    public static byte[] Bytes => LazyBytes.Value;

    /// <summary>The rows, each split into its tab-separated fields.</summary>
    public static string[][] Rows => LazyRows.Value;

    public static byte[] Generate(GdeltFileGeneratorOptions options)
    {
        using var stream = new MemoryStream();
        new GdeltFileGenerator(options).WriteTo(stream, TestContext.Current.CancellationToken);
        return stream.ToArray();
    }

    public static string[][] SplitRows(byte[] bytes)
    {
        var text = Encoding.UTF8.GetString(bytes);
        Assert.EndsWith("\n", text, StringComparison.Ordinal);
        return [.. text[..^1].Split('\n').Select(line => line.Split('\t'))];
    }
}
