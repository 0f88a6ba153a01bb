using System.Security.Cryptography;
using Pendulum.Bench.Generation;

namespace Pendulum.Bench.Tests.Generation;

public class GdeltFileGeneratorTests
{
    [Fact]
    public void WriteTo_SameSeedAndSize_WritesIdenticalBytes()
    {
        var again = GeneratedSample.Generate(new GdeltFileGeneratorOptions { TargetBytes = GeneratedSample.Size });

        Assert.Equal(GeneratedSample.Bytes, again);
    }

    [Fact]
    public void WriteTo_DifferentSeed_WritesDifferentBytes()
    {
        var other = GeneratedSample.Generate(new GdeltFileGeneratorOptions { TargetBytes = GeneratedSample.Size, Seed = 43 });

        Assert.Equal(GeneratedSample.Bytes.Length, other.Length);
        Assert.NotEqual(GeneratedSample.Bytes, other);
    }

    [Fact]
    public void WriteTo_Seed42_MatchesPinnedChecksum()
    {
        // Pins the output across machines and .NET versions. A deliberate change to the generator changes this
        // value: update it, and say in the commit that files generated before no longer match.
        var bytes = GeneratedSample.Generate(new GdeltFileGeneratorOptions { TargetBytes = 200_000 });

        Assert.Equal("bdf5ee4e8a8a0e1a4e6291cf123b7b7fe477f6459074f0265ad2d0b6fea5db5c", Convert.ToHexStringLower(SHA256.HashData(bytes)));
    }

    [Theory]
    [InlineData(1_000)]
    [InlineData(12_345)]
    [InlineData(1_000_000)]
    [InlineData(GeneratedSample.Size)]
    public void WriteTo_TargetRoomForARow_EndsExactlyOnTarget(long target)
    {
        var bytes = target == GeneratedSample.Size
            ? GeneratedSample.Bytes
            : GeneratedSample.Generate(new GdeltFileGeneratorOptions { TargetBytes = target });

        Assert.Equal(target, bytes.Length);
        Assert.All(GeneratedSample.SplitRows(bytes), fields => Assert.Equal(61, fields.Length));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(150)]
    public void WriteTo_TargetBelowOneRow_StaysWithinOneRowBelowTarget(long target)
    {
        var bytes = GeneratedSample.Generate(new GdeltFileGeneratorOptions { TargetBytes = target });

        Assert.InRange(bytes.Length, 0, target);
    }

    [Fact]
    public void WriteTo_ResultReportsWhatWasWritten()
    {
        using var stream = new MemoryStream();

        var result = new GdeltFileGenerator(new GdeltFileGeneratorOptions { TargetBytes = 50_000 })
            .WriteTo(stream, TestContext.Current.CancellationToken);

        Assert.Equal(stream.Length, result.Bytes);
        Assert.Equal(stream.ToArray().Count(b => b == (byte)'\n'), result.Rows);
    }

    [Fact]
    public void WriteFile_ExistingFile_IsReplacedByGeneratedRows()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, new string('x', 100_000));

            new GdeltFileGenerator(new GdeltFileGeneratorOptions { TargetBytes = 20_000 })
                .WriteFile(path, TestContext.Current.CancellationToken);

            Assert.Equal(
                GeneratedSample.Generate(new GdeltFileGeneratorOptions { TargetBytes = 20_000 }),
                File.ReadAllBytes(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Constructor_ShareAboveOne_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(
            () => new GdeltFileGenerator(new GdeltFileGeneratorOptions { TargetBytes = 1, UsaChinaShare = 1.5 }));
    }
}
