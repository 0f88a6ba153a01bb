using Pendulum.Fetch.Tests.Http;

namespace Pendulum.Fetch.Tests;

/// <summary>Files already present, partial downloads, and how a download continues after an interruption.</summary>
public sealed class GdeltFetcherResumeTests
{
    [Fact]
    public async Task FetchAsync_DroppedConnection_ResumesAndVerifies()
    {
        await using var fixture = new FetchFixture();
        var content = fixture.AddV2(FetchFixture.Export, new FaultScript { DropTimes = 1, DropAfterBytes = 1000 });

        var result = await fixture.FetchAsync(fixture.OneDay());

        Assert.Equal(content, await fixture.ReadAsync(FetchFixture.Export));
        Assert.Equal([null, "bytes=1000-"], fixture.Server.RequestsFor(FetchFixture.ExportPath).Select(r => r.Range));
        Assert.Equal(1, result.FilesDownloaded);
        Assert.Equal(1, result.FilesResumed);
        Assert.Equal(content.Length, result.BytesReceived);
        Assert.Equal([FetchFixture.Export], fixture.FilesOnDisk());
    }

    [Fact]
    public async Task FetchAsync_ResumedPart_SendsRangeHeader()
    {
        await using var fixture = new FetchFixture();
        var content = fixture.AddV2(FetchFixture.Export);
        await fixture.WriteAsync(FetchFixture.Export + ".part", content[..700]);

        var result = await fixture.FetchAsync(fixture.OneDay());

        var request = Assert.Single(fixture.Server.RequestsFor(FetchFixture.ExportPath));
        Assert.Equal("bytes=700-", request.Range);
        Assert.Equal(206, request.Status);
        Assert.Equal(content, await fixture.ReadAsync(FetchFixture.Export));
        Assert.Equal(1, result.FilesResumed);
        Assert.Equal(content.Length - 700, result.BytesReceived);
        Assert.Equal([FetchFixture.Export], fixture.FilesOnDisk());
    }

    [Fact]
    public async Task FetchAsync_ServerIgnoresRange_RestartsFromZero()
    {
        await using var fixture = new FetchFixture();
        var content = fixture.AddV2(FetchFixture.Export, new FaultScript { IgnoreRange = true });
        await fixture.WriteAsync(FetchFixture.Export + ".part", content[..700]);

        var result = await fixture.FetchAsync(fixture.OneDay());

        var request = Assert.Single(fixture.Server.RequestsFor(FetchFixture.ExportPath));
        Assert.Equal(200, request.Status);
        Assert.Equal(content, await fixture.ReadAsync(FetchFixture.Export));
        Assert.Equal(0, result.FilesResumed);
    }

    [Fact]
    public async Task FetchAsync_StalePartWithWrongBytes_DeletesAndRetriesFromScratch()
    {
        await using var fixture = new FetchFixture();
        var content = fixture.AddV2(FetchFixture.Export);
        await fixture.WriteAsync(FetchFixture.Export + ".part", Enumerable.Repeat((byte)'x', 700).ToArray());

        var result = await fixture.FetchAsync(fixture.OneDay());

        // The resumed bytes fail the md5, so the .part goes and the second attempt asks for the whole file.
        Assert.Equal(["bytes=700-", null], fixture.Server.RequestsFor(FetchFixture.ExportPath).Select(r => r.Range));
        Assert.Equal(content, await fixture.ReadAsync(FetchFixture.Export));
        Assert.Equal(0, result.FilesResumed);
        Assert.Equal([FetchFixture.Export], fixture.FilesOnDisk());
    }

    [Fact]
    public async Task FetchAsync_CompletePartLeftBeforeRename_RenamesWithoutDownloading()
    {
        await using var fixture = new FetchFixture();
        var content = fixture.AddV2(FetchFixture.Export);
        await fixture.WriteAsync(FetchFixture.Export + ".part", content);

        await fixture.FetchAsync(fixture.OneDay());

        Assert.Empty(fixture.Server.RequestsFor(FetchFixture.ExportPath));
        Assert.Equal([FetchFixture.Export], fixture.FilesOnDisk());
    }

    [Fact]
    public async Task FetchAsync_FileAlreadyPresent_SkipsIt()
    {
        await using var fixture = new FetchFixture();
        var present = fixture.AddV2(FetchFixture.Export);
        var missing = fixture.AddV2("20150302001500.export.CSV.zip");
        await fixture.WriteAsync(FetchFixture.Export, present);

        var result = await fixture.FetchAsync(fixture.OneDay());

        Assert.Empty(fixture.Server.RequestsFor(FetchFixture.ExportPath));
        Assert.Equal(1, result.FilesSkipped);
        Assert.Equal(1, result.FilesDownloaded);
        Assert.Equal(missing.Length, result.BytesReceived);
        Assert.Equal(2, result.Files.Count);
    }

    [Fact]
    public async Task FetchAsync_FileAlreadyPresentWithWrongMd5_DownloadsItAgain()
    {
        await using var fixture = new FetchFixture();
        var content = fixture.AddV2(FetchFixture.Export);
        await fixture.WriteAsync(FetchFixture.Export, content[..^1]);

        var result = await fixture.FetchAsync(fixture.OneDay());

        Assert.Single(fixture.Server.RequestsFor(FetchFixture.ExportPath));
        Assert.Equal(0, result.FilesSkipped);
        Assert.Equal(content, await fixture.ReadAsync(FetchFixture.Export));
    }

    [Fact]
    public async Task FetchAsync_TwoFiles_ReportsProgressToTheEnd()
    {
        await using var fixture = new FetchFixture();
        var first = fixture.AddV2(FetchFixture.Export);
        var second = fixture.AddV2("20150302001500.export.CSV.zip");
        var progress = new RecordingProgress();

        await fixture.FetchAsync(fixture.OneDay(), progress);

        var reports = progress.Reports;
        Assert.All(reports, r => Assert.Equal(2, r.FilesTotal));
        Assert.Equal(new GdeltFetchProgress(FetchFixture.Export, first.Length, first.Length, 1, 2),
            reports.Last(r => r.FileName == FetchFixture.Export));
        Assert.Equal(new GdeltFetchProgress("20150302001500.export.CSV.zip", second.Length, second.Length, 2, 2),
            reports[^1]);
        // Bytes only grow within a file.
        Assert.All(reports.GroupBy(r => r.FileName),
            file => Assert.Equal(file.Select(r => r.FileBytesDone).Order(), file.Select(r => r.FileBytesDone)));
    }
}
