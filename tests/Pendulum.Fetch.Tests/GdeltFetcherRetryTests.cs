using Pendulum.Fetch.Tests.Http;

namespace Pendulum.Fetch.Tests;

/// <summary>Which failures are tried again, how often, how far apart, and what is said when they run out.</summary>
public sealed class GdeltFetcherRetryTests
{
    [Fact]
    public async Task FetchAsync_CorruptFileOnce_RetriesAndSucceeds()
    {
        await using var fixture = new FetchFixture();
        var content = fixture.AddV2(FetchFixture.Export, new FaultScript { CorruptTimes = 1 });

        var result = await fixture.FetchAsync(fixture.OneDay());

        Assert.Equal(2, fixture.Server.RequestsFor(FetchFixture.ExportPath).Count);
        Assert.Equal(content, await fixture.ReadAsync(FetchFixture.Export));
        Assert.Equal(2L * content.Length, result.BytesReceived);
    }

    [Fact]
    public async Task FetchAsync_CorruptFileAlways_ThrowsAndLeavesNoFinalFile()
    {
        await using var fixture = new FetchFixture();
        fixture.AddV2(FetchFixture.Export, new FaultScript { CorruptTimes = FaultScript.Always });
        var options = fixture.OneDay();

        var error = await Assert.ThrowsAsync<InputOutputException>(() => fixture.FetchAsync(options));

        Assert.Contains(fixture.Server.BaseAddress + "gdeltv2/" + FetchFixture.Export, error.Message, StringComparison.Ordinal);
        Assert.Contains("md5 mismatch", error.Message, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.IoError, error.ExitCode);
        Assert.Equal(options.MaxAttempts, fixture.Server.RequestsFor(FetchFixture.ExportPath).Count);
        Assert.Empty(fixture.FilesOnDisk());
    }

    [Fact]
    public async Task FetchAsync_ServerErrorTwice_RetriesWithExponentialBackoff()
    {
        await using var fixture = new FetchFixture();
        var content = fixture.AddV2(FetchFixture.Export, new FaultScript { ServerErrorTimes = 2 });
        // No read limit, so the only timers the fetcher starts are its waits between attempts.
        var options = fixture.OneDay() with { InitialBackoff = TimeSpan.FromMilliseconds(150), ReadTimeout = Timeout.InfiniteTimeSpan };

        var fetching = fixture.FetchAsync(options);
        var first = await fixture.Clock.NextTimerAsync();
        var requestsDuringFirst = fixture.Server.RequestsFor(FetchFixture.ExportPath).Count;
        fixture.Clock.Advance(first);
        var second = await fixture.Clock.NextTimerAsync();
        var requestsDuringSecond = fixture.Server.RequestsFor(FetchFixture.ExportPath).Count;
        fixture.Clock.Advance(second);
        await fetching;

        // Waits of 150 ms then 300 ms (a constant backoff would wait 150 ms twice), each before the next request.
        Assert.Equal(TimeSpan.FromMilliseconds(150), first);
        Assert.Equal(TimeSpan.FromMilliseconds(300), second);
        Assert.Equal(1, requestsDuringFirst);
        Assert.Equal(2, requestsDuringSecond);
        Assert.Equal([500, 500, 200], fixture.Server.RequestsFor(FetchFixture.ExportPath).Select(r => r.Status));
        Assert.Equal(content, await fixture.ReadAsync(FetchFixture.Export));
    }

    [Fact]
    public async Task FetchAsync_ServerErrorAlways_ThrowsAfterMaxAttempts()
    {
        await using var fixture = new FetchFixture();
        fixture.AddV2(FetchFixture.Export, new FaultScript { ServerErrorTimes = FaultScript.Always });
        var options = fixture.OneDay() with { MaxAttempts = 3 };

        var error = await Assert.ThrowsAsync<InputOutputException>(() => fixture.FetchAsync(options));

        Assert.Contains("after 3 attempt(s): HTTP 500", error.Message, StringComparison.Ordinal);
        Assert.Equal(3, fixture.Server.RequestsFor(FetchFixture.ExportPath).Count);
        Assert.Empty(fixture.FilesOnDisk());
    }

    [Fact]
    public async Task FetchAsync_NotFound_FailsWithUrlInMessage()
    {
        await using var fixture = new FetchFixture();
        fixture.AddV2(FetchFixture.Export, new FaultScript { NotFound = true });

        var error = await Assert.ThrowsAsync<InputOutputException>(
            () => fixture.FetchAsync(fixture.OneDay()));

        Assert.Contains(fixture.Server.BaseAddress + "gdeltv2/" + FetchFixture.Export, error.Message, StringComparison.Ordinal);
        Assert.Contains("404", error.Message, StringComparison.Ordinal);
        // A 404 will not go away by asking again.
        Assert.Single(fixture.Server.RequestsFor(FetchFixture.ExportPath));
        Assert.Empty(fixture.FilesOnDisk());
    }

    [Fact]
    public async Task FetchAsync_ListNotFoundUnderMirrorPath_FailsWithUrlInMessage()
    {
        await using var fixture = new FetchFixture();
        // Without its trailing slash the mirror's folder must still be kept in the addresses.
        var options = fixture.OneDay() with { BaseAddress = new Uri(fixture.Server.BaseAddress, "mirror") };

        var error = await Assert.ThrowsAsync<InputOutputException>(() => fixture.FetchAsync(options));

        Assert.Contains(fixture.Server.BaseAddress + "mirror/gdeltv2/masterfilelist.txt", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FetchAsync_DroppedListConnection_RetriesTheList()
    {
        await using var fixture = new FetchFixture();
        fixture.AddMasterLine("garbage");
        fixture.AddV2(FetchFixture.Export);
        fixture.AddV2("20150302001500.export.CSV.zip");
        fixture.ListFaults = new FaultScript { DropTimes = 1, DropAfterBytes = 50 };

        var result = await fixture.FetchAsync(fixture.OneDay());

        Assert.Equal(2, fixture.Server.RequestsFor(FetchFixture.MasterListPath).Count);
        Assert.Equal(2, result.Files.Count);
        // The malformed first line was read by both attempts but counts once.
        Assert.Equal(1, result.MalformedListLines);
    }

    [Fact]
    public async Task FetchAsync_StalledBody_TimesOutAndResumes()
    {
        await using var fixture = new FetchFixture();
        var content = fixture.AddV2(FetchFixture.Export, new FaultScript { StallTimes = 1, StallAfterBytes = 1000 });
        var options = fixture.OneDay() with { ReadTimeout = TimeSpan.FromMilliseconds(300) };
        // The first 1000 bytes are reported after the read limit restarted for them; the server then says nothing, and
        // moving the clock past the limit is what a stalled server looks like to the fetcher.
        var stalled = 0;
        var progress = new RecordingProgress(report =>
        {
            if (report.FileBytesDone >= 1000 && Interlocked.Exchange(ref stalled, 1) == 0)
                fixture.Clock.Advance(options.ReadTimeout);
        });

        var result = await fixture.FetchAsync(options, progress);

        Assert.Equal([null, "bytes=1000-"], fixture.Server.RequestsFor(FetchFixture.ExportPath).Select(r => r.Range));
        Assert.Equal(content, await fixture.ReadAsync(FetchFixture.Export));
        Assert.Equal(1, result.FilesResumed);
    }
}
