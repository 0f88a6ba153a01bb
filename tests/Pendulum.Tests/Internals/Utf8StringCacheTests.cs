using System.Text;
using Pendulum.Internals;

namespace Pendulum.Tests.Internals;

public sealed class Utf8StringCacheTests
{
    [Fact]
    public void Get_SameBytesTwice_ReturnsTheSameString()
    {
        var cache = new Utf8StringCache();

        var first = cache.Get("CHNGOV"u8);
        var second = cache.Get(Encoding.UTF8.GetBytes("CHNGOV"));

        Assert.Equal("CHNGOV", first);
        Assert.Same(first, second);
    }

    [Fact]
    public void Get_ManyDistinctValues_DecodesEachExactly()
    {
        // Far more values than slots, so slots are shared and replaced: each answer must still be its own bytes.
        var cache = new Utf8StringCache();
        var values = Enumerable.Range(0, 20_000).Select(i => $"Ü{i}").ToList();

        foreach (var round in Enumerable.Range(0, 2))
        {
            foreach (var value in values)
                Assert.Equal(value, cache.Get(Encoding.UTF8.GetBytes(value)));
        }
    }

    [Fact]
    public void Get_EmptyAndLongerThanCached_DecodesThem()
    {
        var cache = new Utf8StringCache();
        var longValue = new string('x', Utf8StringCache.MaxBytes) + "中";

        Assert.Equal("", cache.Get([]));
        Assert.Equal(longValue, cache.Get(Encoding.UTF8.GetBytes(longValue)));
        Assert.NotSame(cache.Get(Encoding.UTF8.GetBytes(longValue)), cache.Get(Encoding.UTF8.GetBytes(longValue)));
    }
}
