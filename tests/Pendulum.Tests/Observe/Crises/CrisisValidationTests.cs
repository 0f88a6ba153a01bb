using Pendulum.Observe.Crises;

namespace Pendulum.Tests.Observe.Crises;

/// <summary>The detector against seeded synthetic streams with planted crises (figures in docs/crises.md).</summary>
public sealed class CrisisValidationTests
{
    private const ulong MasterSeed = 20240601;

    [Fact]
    public void Detect_TwoHundredSeededStreams_PrecisionAndRecallAtLeastNinetyPercent()
    {
        var total = new CrisisScore();
        for (var run = 0; run < 200; run++)
        {
            var stream = SyntheticCrisisStream.Generate(MasterSeed, run);
            total += CrisisScore.Of(stream.Planted, CrisisDetector.Detect(stream.Inputs()).Episodes);
        }

        Assert.True(total.Planted >= 500, $"only {total.Planted} planted episodes");
        Assert.True(total.Precision >= 0.9, $"precision {total.Precision:0.000} ({total.Matched}/{total.Detected})");
        Assert.True(total.Recall >= 0.9, $"recall {total.Recall:0.000} ({total.Matched}/{total.Planted})");
    }

    [Fact]
    public void Generate_SameSeedAndRun_GivesTheSameStream()
    {
        var a = SyntheticCrisisStream.Generate(MasterSeed, 7);
        var b = SyntheticCrisisStream.Generate(MasterSeed, 7);
        var c = SyntheticCrisisStream.Generate(MasterSeed, 8);

        Assert.Equal(a.Planted, b.Planted);
        Assert.Equal(a.Mu, b.Mu);
        Assert.Equal(a.Events.Select(e => (e.Date, e.CameoCode, e.Mentions)), b.Events.Select(e => (e.Date, e.CameoCode, e.Mentions)));
        Assert.NotEqual(a.Mu, c.Mu);
    }

    [Fact]
    public void Generate_DefaultOptions_PlantsSeparatedEpisodesAfterTheWarmup()
    {
        var options = new SyntheticCrisisStreamOptions();
        for (var run = 0; run < 50; run++)
        {
            var stream = SyntheticCrisisStream.Generate(MasterSeed, run, options);

            Assert.InRange(stream.Planted.Count, 1, options.Episodes.Max);
            Assert.All(stream.Planted, p => Assert.True(p.Start >= stream.Start.AddDays(options.WarmupDays) && p.End >= p.Start));
            for (var i = 1; i < stream.Planted.Count; i++)
                Assert.True(stream.Planted[i].Start.DayNumber - stream.Planted[i - 1].Start.DayNumber >= options.SeparationDays);
        }
    }

    [Fact]
    public void Score_OneLongDetectionOverTwoPlanted_CountsOnce()
    {
        var start = new DateOnly(2000, 1, 1);
        PlantedEpisode[] planted = [new(start.AddDays(10), start.AddDays(12), PlantedKind.Burst), new(start.AddDays(20), start.AddDays(22), PlantedKind.Burst)];
        CrisisEpisode[] detected = [Episode(start.AddDays(11), start.AddDays(25)), Episode(start.AddDays(90), start.AddDays(91))];

        var score = CrisisScore.Of(planted, detected);

        Assert.Equal((2, 2, 1), (score.Planted, score.Detected, score.Matched));
        Assert.Equal((0.5, 0.5, 1.0), (score.Precision, score.Recall, score.MeanStartDelayDays));
    }

    private static CrisisEpisode Episode(DateOnly start, DateOnly end) =>
        new(start, start, end, 1, 1, 0, 1, CrisisTrigger.Intensity, false, [], []);
}
