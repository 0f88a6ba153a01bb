namespace Pendulum.Bench.Tests;

public class ByteSizeTests
{
    [Theory]
    [InlineData("100MB", 100_000_000L)]
    [InlineData("1GB", 1_000_000_000L)]
    [InlineData("4gb", 4_000_000_000L)]
    [InlineData("1.5GB", 1_500_000_000L)]
    [InlineData("512MiB", 536_870_912L)]
    [InlineData("2KiB", 2_048L)]
    [InlineData("5000000", 5_000_000L)]
    [InlineData("10 B", 10L)]
    public void TryParse_NumberWithUnit_ReturnsBytes(string text, long expected)
    {
        Assert.True(ByteSize.TryParse(text, out var bytes));
        Assert.Equal(expected, bytes);
    }

    [Theory]
    [InlineData("")]
    [InlineData("GB")]
    [InlineData("-1MB")]
    [InlineData("1XB")]
    [InlineData("99999999999TB")]
    public void TryParse_NotASize_ReturnsFalse(string text)
    {
        Assert.False(ByteSize.TryParse(text, out _));
    }
}
