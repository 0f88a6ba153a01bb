using Pendulum.Internals;
using Pendulum.Observe.Crises;

namespace Pendulum.Tests.Observe.Crises;

public sealed class RollingMedianTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(37)]
    [InlineData(100)]
    public void MedianAndMad_RandomStreamWithTies_MatchSortingTheWindow(int window)
    {
        var random = new RandomStream(11);
        var rolling = new RollingMedian(window);
        var values = new List<double>();
        for (var i = 0; i < 600; i++)
        {
            var value = random.Chance(0.3) ? 0 : Math.Round(random.NextDouble() * 10, 1); // many ties, as zero days give
            rolling.Push(value);
            values.Add(value);
            var held = values.Skip(Math.Max(0, values.Count - window)).ToList();

            var median = Median(held);
            Assert.Equal(median, rolling.Median, 12);
            Assert.Equal(Median(held.Select(v => Math.Abs(v - median)).ToList()), rolling.MedianAbsoluteDeviation(), 12);
        }
    }

    [Fact]
    public void MedianAndMad_Empty_AreZero()
    {
        var rolling = new RollingMedian(5);

        Assert.Equal((0, 0.0, 0.0), (rolling.Count, rolling.Median, rolling.MedianAbsoluteDeviation()));
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        var mid = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
