using Pendulum.Fetch.Tests.Http;

namespace Pendulum.Fetch.Tests;

/// <summary>Stopping a fetch, and refusing options that cannot work.</summary>
public sealed class GdeltFetcherCancellationTests
{
    [Fact]
    public async Task FetchAsync_CancelledMidFile_ThrowsAndLeavesOnlyThePart()
    {
        await using var fixture = new FetchFixture();
        // The server sends 1000 bytes and then holds the connection; only cancellation can end the wait.
        fixture.AddV2(FetchFixture.Export, new FaultScript { StallTimes = FaultScript.Always, StallAfterBytes = 1000 });
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var progress = new RecordingProgress(report =>
        {
            if (report.FileBytesDone >= 1000)
            {
                cancel.Cancel();
            }
        });
        // The fixture's clock stands still, so the read limit never fires: only the cancellation can end the fetch.
        var options = fixture.OneDay() with { ReadTimeout = TimeSpan.FromSeconds(30) };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => fixture.FetchAsync(options, progress, cancel.Token));

        Assert.Equal([FetchFixture.Export + ".part"], fixture.FilesOnDisk());
        Assert.Equal(1000, new FileInfo(fixture.PathOf(FetchFixture.Export + ".part")).Length);
    }

    [Fact]
    public async Task FetchAsync_CancelledDuringBackoff_Throws()
    {
        await using var fixture = new FetchFixture();
        fixture.AddV2(FetchFixture.Export, new FaultScript { ServerErrorTimes = FaultScript.Always });
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        // No read limit, so the one timer started is the 20-second wait after the first failure.
        var options = fixture.OneDay() with { InitialBackoff = TimeSpan.FromSeconds(20), ReadTimeout = Timeout.InfiniteTimeSpan };
        var fetching = fixture.FetchAsync(options, null, cancel.Token);
        var backoff = await fixture.Clock.NextTimerAsync();
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => fetching);

        Assert.Equal(TimeSpan.FromSeconds(20), backoff);
        Assert.Single(fixture.Server.RequestsFor(FetchFixture.ExportPath));
        Assert.Empty(fixture.FilesOnDisk());
    }

    [Theory]
    [InlineData("2015-03-03", "2015-03-02", 2, "from")]
    [InlineData("2015-03-02", "2015-03-02", 3, "version")]
    public void Constructor_ImpossibleOptions_ThrowsUsage(string from, string to, int version, string field)
    {
        var options = new GdeltFetchOptions
        {
            From = DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture),
            To = DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture),
            Version = version,
            OutputDirectory = "out",
        };
        using var http = new HttpClient();

        var error = Assert.Throws<UsageException>(() => new GdeltFetcher(http, options));

        Assert.Equal(field, error.Field);
        Assert.Equal(ExitCodes.Usage, error.ExitCode);
    }
}
