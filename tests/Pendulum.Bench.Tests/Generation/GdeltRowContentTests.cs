using System.Globalization;
using Pendulum.Bench.Generation;

namespace Pendulum.Bench.Tests.Generation;

/// <summary>What each row of the shared ~5 MB sample must look like (column indexes as in gdelt2-columns.tsv).</summary>
public class GdeltRowContentTests
{
    private static string[][] Rows => GeneratedSample.Rows;

    [Fact]
    public void WriteTo_EveryRow_Has61Fields()
    {
        Assert.True(Rows.Length > 10_000, $"only {Rows.Length} rows");
        Assert.All(Rows, fields => Assert.Equal(61, fields.Length));
    }

    [Fact]
    public void WriteTo_AverageRow_IsAboutFourHundredBytes()
    {
        var average = (double)GeneratedSample.Size / Rows.Length;

        Assert.InRange(average, 370, 430);
    }

    [Fact]
    public void WriteTo_UsaChinaRows_AreBetweenOneAndTwoPercent()
    {
        var pairs = Rows.Count(f => (f[7], f[17]) is ("USA", "CHN") or ("CHN", "USA"));
        var share = (double)pairs / Rows.Length;

        Assert.InRange(share, 0.01, 0.02);
        Assert.Contains(Rows, f => f[7] == "USA" && f[17] == "CHN");
        Assert.Contains(Rows, f => f[7] == "CHN" && f[17] == "USA");
    }

    [Fact]
    public void WriteTo_ActorCountries_AreHeavyTailedWithUsaFirstAndManyEmpty()
    {
        var counts = Rows.Select(f => f[7]).Concat(Rows.Select(f => f[17]))
            .CountBy(code => code).ToDictionary(p => p.Key, p => p.Value);
        var ranked = counts.Where(p => p.Key.Length > 0).OrderByDescending(p => p.Value).Select(p => p.Key).ToList();
        var emptyShare = (double)counts[""] / (2 * Rows.Length);

        Assert.Equal("USA", ranked[0]);
        Assert.Contains("CHN", ranked.Take(3));
        Assert.True(ranked.Count > 120, $"only {ranked.Count} distinct countries");
        Assert.All(ranked, code => Assert.Matches("^[A-Z]{3}$", code));
        Assert.InRange(emptyShare, 0.4, 0.65);
    }

    [Fact]
    public void WriteTo_EveryRow_QuadClassFollowsGdeltRootRule()
    {
        Assert.All(Rows, f =>
        {
            var root = int.Parse(f[28], CultureInfo.InvariantCulture);
            var expected = root <= 5 ? 1 : root <= 9 ? 2 : root <= 14 ? 3 : 4;
            Assert.Equal(expected.ToString(CultureInfo.InvariantCulture), f[29]);
        });
        Assert.Equal(["1", "2", "3", "4"], Rows.Select(f => f[29]).Distinct().Order());
    }

    [Fact]
    public void WriteTo_EventCodes_KeepLeadingZerosAndAgreeWithBaseAndRoot()
    {
        Assert.All(Rows, f =>
        {
            Assert.Matches("^[0-9]{3,4}$", f[26]);
            Assert.Equal(f[26][..3], f[27]);
            Assert.Equal(f[26][..2], f[28]);
        });
        Assert.Contains(Rows, f => f[26] == "042" && f[28] == "04");
        var mostlyCooperativeTalk = Rows.Count(f => string.CompareOrdinal(f[28], "05") <= 0) / (double)Rows.Length;
        Assert.InRange(mostlyCooperativeTalk, 0.55, 0.8);
    }

    [Fact]
    public void WriteTo_GoldsteinScale_ComesFromTheTableForTheCode()
    {
        var table = GdeltReferenceData.Shared.Goldstein;

        Assert.All(Rows, f => Assert.Equal(table[f[26]], f[30]));
        Assert.Contains(Rows, f => f[30] == "-5.0");
    }

    [Fact]
    public void WriteTo_Counts_ArePositiveHeavyTailedAndOrdered()
    {
        Assert.All(Rows, f =>
        {
            var mentions = long.Parse(f[31], CultureInfo.InvariantCulture);
            var sources = long.Parse(f[32], CultureInfo.InvariantCulture);
            var articles = long.Parse(f[33], CultureInfo.InvariantCulture);
            Assert.InRange(sources, 1, articles);
            Assert.InRange(articles, 1, mentions);
            Assert.True(double.TryParse(f[34], NumberStyles.Float, CultureInfo.InvariantCulture, out _), f[34]);
        });
        Assert.Contains(Rows, f => long.Parse(f[33], CultureInfo.InvariantCulture) > 100);
    }

    [Fact]
    public void WriteTo_EventIds_IncreaseStrictly()
    {
        var ids = Rows.Select(f => long.Parse(f[0], CultureInfo.InvariantCulture)).ToList();

        Assert.Equal(753_911_112, ids[0]);
        Assert.All(ids.Zip(ids.Skip(1)), p => Assert.True(p.Second > p.First, $"{p.Second} after {p.First}"));
    }

    [Fact]
    public void WriteTo_DateFields_AgreeWithSqlDateAndMostAreTheSliceDay()
    {
        Assert.All(Rows, f =>
        {
            var day = DateOnly.ParseExact(f[1], "yyyyMMdd", CultureInfo.InvariantCulture);
            Assert.Equal(GdeltDates.Fields(day), string.Join('\t', f[1..5]));
            Assert.Matches("^[0-9]{14}$", f[59]);
            Assert.True(string.CompareOrdinal(f[1], f[59][..8]) <= 0, $"SQLDATE {f[1]} after DATEADDED {f[59]}");
        });
        var sameDay = Rows.Count(f => f[1] == f[59][..8]) / (double)Rows.Length;
        Assert.InRange(sameDay, 0.9, 0.98);
    }

    [Fact]
    public void WriteTo_GeographyBlocks_AreEmptyOrComplete()
    {
        Assert.All(Rows, f =>
        {
            foreach (var start in new[] { 35, 43, 51 })
            {
                if (f[start] == "0")
                {
                    Assert.All(f[(start + 1)..(start + 8)], field => Assert.Equal("", field));
                }
                else
                {
                    Assert.Matches("^[1-5]$", f[start]);
                    Assert.NotEqual("", f[start + 1]);
                    Assert.True(double.TryParse(f[start + 5], CultureInfo.InvariantCulture, out _), f[start + 5]);
                }
            }
        });
    }

    [Fact]
    public void WriteTo_SourceUrls_LookLikeArticleAddresses()
    {
        Assert.All(Rows, f => Assert.Matches("^https?://[A-Za-z0-9.-]+/[^\\s]+$", f[60]));
        var average = Rows.Average(f => f[60].Length);
        Assert.InRange(average, 80, 115);
    }
}
