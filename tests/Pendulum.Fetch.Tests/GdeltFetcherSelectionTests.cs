namespace Pendulum.Fetch.Tests;

/// <summary>Which files a range selects, from the 2.0 master list and the 1.0 md5sums list.</summary>
public sealed class GdeltFetcherSelectionTests
{
    [Fact]
    public async Task FetchAsync_Version2_SelectsExportsInRangeOnly()
    {
        await using var fixture = new FetchFixture();
        fixture.AddV2("20150301234500.export.CSV.zip");      // the day before
        fixture.AddV2("20150302000000.export.CSV.zip");
        fixture.AddV2("20150302000000.mentions.CSV.zip");
        fixture.AddV2("20150302000000.gkg.csv.zip");
        fixture.AddV2("20150302001500.export.CSV.zip");
        fixture.AddV2("20150303234500.export.CSV.zip");
        fixture.AddV2("20150304000000.export.CSV.zip");      // the day after

        var result = await fixture.FetchAsync(fixture.Options("2015-03-02", "2015-03-03"));

        string[] expected =
            ["20150302000000.export.CSV.zip", "20150302001500.export.CSV.zip", "20150303234500.export.CSV.zip"];
        Assert.Equal(expected, fixture.FilesOnDisk());
        Assert.Equal(expected.Select(fixture.PathOf), result.Files);
        Assert.Equal(3, result.FilesDownloaded);
        Assert.Equal(0, result.MalformedListLines);
        // Only the list and the selected files were asked for, and from the test server, not GDELT's address.
        Assert.Equal(
            [FetchFixture.MasterListPath, .. expected.Select(name => "/gdeltv2/" + name)],
            fixture.Server.Requests.Select(r => r.Path));
    }

    [Fact]
    public async Task FetchAsync_Version2MalformedLines_SkipsAndCountsThem()
    {
        await using var fixture = new FetchFixture();
        fixture.AddV2("20150302000000.export.CSV.zip");
        fixture.AddMasterLine("123 not-an-md5 http://data.gdeltproject.org/gdeltv2/20150302001500.export.CSV.zip");
        fixture.AddMasterLine("http://data.gdeltproject.org/gdeltv2/20150302003000.export.CSV.zip");
        fixture.AddMasterLine("12 0123456789abcdef0123456789abcdef http://data.gdeltproject.org/gdeltv2/20151302000000.export.CSV.zip");
        fixture.AddMasterLine("");

        var result = await fixture.FetchAsync(fixture.OneDay());

        Assert.Equal(3, result.MalformedListLines);
        Assert.Equal(["20150302000000.export.CSV.zip"], fixture.FilesOnDisk());
    }

    [Theory]
    [InlineData("")]
    [InlineData("<html><body>Not here</body></html>\n")]
    [InlineData("0123456789abcdef0123456789abcdef  20150302.export.CSV.zip\n")]
    public async Task FetchAsync_Version2ListNotAMasterList_ThrowsBadData(string list)
    {
        await using var fixture = new FetchFixture();
        fixture.AddMasterLine(list);

        var error = await Assert.ThrowsAsync<BadDataException>(
            () => fixture.FetchAsync(fixture.OneDay()));

        Assert.Contains("masterfilelist.txt", error.Message, StringComparison.Ordinal);
        Assert.Empty(fixture.FilesOnDisk());
    }

    [Fact]
    public async Task FetchAsync_RangeWithNoFiles_ThrowsUsage()
    {
        await using var fixture = new FetchFixture();
        fixture.AddV2("20150302000000.export.CSV.zip");

        var error = await Assert.ThrowsAsync<UsageException>(
            () => fixture.FetchAsync(fixture.Options("2014-01-01", "2014-12-31")));

        Assert.Contains("2015-02-19", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    // Yearly files to 2005, then monthly: a range across the switch takes one of each kind.
    [InlineData("2005-12-30", "2006-02-01", "2005.zip 200601.zip 200602.zip")]
    // Monthly files to 2013-03, then daily from 2013-04-01.
    [InlineData("2013-03-31", "2013-04-02", "201303.zip 20130401.export.CSV.zip 20130402.export.CSV.zip")]
    // Several years in one range: each yearly file once.
    [InlineData("1979-06-01", "1980-01-01", "1979.zip 1980.zip")]
    [InlineData("2013-04-02", "2013-04-02", "20130402.export.CSV.zip")]
    public async Task FetchAsync_Version1_SelectsDailyAndHistoricalFiles(string from, string to, string expected)
    {
        await using var fixture = new FetchFixture();
        // 200512.zip does not exist at GDELT (2005 is one yearly file); were it listed, it must still not be taken.
        string[] all =
        [
            "1979.zip", "1980.zip", "1981.zip", "2004.zip", "2005.zip", "200512.zip", "200601.zip", "200602.zip", "200603.zip",
            "201302.zip", "201303.zip", "20130401.export.CSV.zip", "20130402.export.CSV.zip", "20130403.export.CSV.zip",
        ];
        foreach (var name in all)
        {
            fixture.AddV1(name);
        }

        var result = await fixture.FetchAsync(fixture.Options(from, to, version: 1));

        Assert.Equal(expected.Split(' '), fixture.FilesOnDisk());
        Assert.Equal(expected.Split(' ').Length, result.FilesDownloaded);
    }
}
