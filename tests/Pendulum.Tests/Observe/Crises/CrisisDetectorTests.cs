using Pendulum.Channels;
using Pendulum.Events;
using Pendulum.Observe.Channels;
using Pendulum.Observe.Crises;
using static Pendulum.Tests.Observe.PairEvents;

namespace Pendulum.Tests.Observe.Crises;

public sealed class CrisisDetectorTests
{
    /// <summary>A quiet series of <paramref name="length"/> days (no events, mu 0.6) with the given days overridden.</summary>
    private static List<CrisisInputDay> Series(int length, Func<int, CrisisInputDay?>? day = null) =>
        [.. Enumerable.Range(0, length).Select(i => day?.Invoke(i) ?? new CrisisInputDay(Day(i), 0, 0.6, []))];

    private static CrisisInputDay Burst(int i, double intensity = 0.9, params CodedEvent[] events) => new(Day(i), intensity, 0.6, events);

    [Fact]
    public void Detect_OneSevereDayAfterQuietHistory_IsOneDayEpisode()
    {
        var strike = Make(Day(200), "190", goldstein: -10);
        var days = Series(260, i => i == 200 ? Burst(i, 0.9, strike) : null);

        var episode = Assert.Single(CrisisDetector.Detect(days).Episodes);

        Assert.Equal((Day(200), Day(200), Day(200), 1), (episode.Start, episode.Peak, episode.End, episode.Days));
        Assert.Equal((CrisisTrigger.Intensity, false), (episode.Trigger, episode.Ongoing));
        Assert.Equal(0.9, episode.ExcessIntensity, 12); // the baseline median is 0
        Assert.Equal(0.9, episode.Severity, 12);
        Assert.Equal(strike, Assert.Single(episode.Triggers));
    }

    [Fact]
    public void Detect_DayBelowTheFloor_IsNoCrisis()
    {
        var days = Series(260, i => i == 200 ? Burst(i, 0.49) : null);

        Assert.Empty(CrisisDetector.Detect(days).Episodes);
    }

    [Fact]
    public void Detect_BurstBeforeTheBaselineHasHistory_IsNoCrisis()
    {
        var days = Series(200, i => i == 50 ? Burst(i) : null);

        Assert.Empty(CrisisDetector.Detect(days).Episodes);
        Assert.Single(CrisisDetector.Detect(days, new CrisisDetectorOptions { MinimumBaselineDays = 30 }).Episodes);
    }

    [Fact]
    public void Detect_NoisyBaseline_RaisesTheThresholdToMedianPlusThreeMads()
    {
        // Intensities cycling 0, 0.1, .., 0.4: median 0.2, MAD 0.1, threshold 0.2 + 3 * 1.4826 * 0.1 = 0.645.
        var days = Series(400, i => i switch
        {
            380 => Burst(i, 0.62),
            390 => Burst(i, 0.66),
            _ => new CrisisInputDay(Day(i), 0.1 * (i % 5), 0.6, []),
        });

        var detection = CrisisDetector.Detect(days);

        Assert.Equal(0.2, detection.Days[380].BaselineMedian, 9);
        Assert.Equal(0.2 + 3 * 1.4826 * 0.1, detection.Days[380].Threshold, 9);
        Assert.Equal(Day(390), Assert.Single(detection.Episodes).Start);
    }

    [Fact]
    public void Detect_FallOfMuThatStaysLow_StartsWhenItPassesTheThresholdAndIsNotEndedByTheWindow()
    {
        // mu falls 0.06 a day from day 100 (0.6 -> 0.54, 0.48, 0.42, 0.36) to 0.35 on day 104, then stays low: the
        // 30-day window forgets the fall on day 131, but the pair has not recovered, so the episode goes on.
        var days = Series(250, i => new CrisisInputDay(Day(i), 0, i < 100 ? 0.6 : Math.Max(0.35, 0.6 - 0.06 * (i - 99)), []));

        var episode = Assert.Single(CrisisDetector.Detect(days).Episodes);

        Assert.Equal((Day(102), Day(249), CrisisTrigger.MuDrop), (episode.Start, episode.End, episode.Trigger));
        Assert.Equal((true, false), (episode.Ongoing, episode.Unresolved));
        Assert.Equal(Day(104), episode.Peak); // no intensity: the day of lowest mu
        Assert.Equal(0.25, episode.MuDrop, 12);
        Assert.Equal(10 * 0.25, episode.Severity, 12);
    }

    [Fact]
    public void Detect_SingleShockThatRecoversInFiveDays_EndsWithinThreeWeeks()
    {
        // Given a quiet pair (mu 0.6) hit by one day of material conflict on day 200 that knocks mu to 0.3, and mu back
        // at its level five days later
        double Mu(int i) => i switch { < 200 => 0.6, < 205 => 0.3 + 0.06 * (i - 200), _ => 0.6 };
        var days = Series(400, i => new CrisisInputDay(Day(i), i == 200 ? 0.9 : 0, Mu(i), []));

        // When the detector reads it
        var episode = Assert.Single(CrisisDetector.Detect(days).Episodes);

        // Then the episode starts on the shock and ends on recovery, well before the 30-day look-back window would
        // forget the fall
        Assert.Equal(Day(200), episode.Start);
        Assert.True(episode.Days <= 21, $"ended after {episode.Days} days");
        Assert.Equal(Day(204), episode.End); // day 205 is back at 0.6; day 204 (0.54) is not yet within 0.05 of 0.6
        Assert.Equal((false, false), (episode.Ongoing, episode.Unresolved));
    }

    [Fact]
    public void Detect_NoRecoveryWithinTheLongestDuration_EndsThereUnresolved()
    {
        var days = Series(300, i => new CrisisInputDay(Day(i), i == 100 ? 0.9 : 0, i < 100 ? 0.6 : 0.3, []));

        var episodes = CrisisDetector.Detect(days, new CrisisDetectorOptions { LongestEpisodeDays = 60 }).Episodes;

        Assert.Equal((Day(100), Day(159), true, false), (episodes[0].Start, episodes[0].End, episodes[0].Unresolved, episodes[0].Ongoing));
    }

    [Theory]
    [InlineData(10, 1)] // 9 quiet days between the bursts: one episode
    [InlineData(14, 1)] // 13 quiet days
    [InlineData(15, 2)] // 14 quiet days: two episodes
    public void Detect_TwoBursts_JoinOnlyWithinTheMergeGap(int gap, int expected)
    {
        var days = Series(300, i => i == 200 || i == 200 + gap ? Burst(i) : null);

        var episodes = CrisisDetector.Detect(days).Episodes;

        Assert.Equal(expected, episodes.Count);
        Assert.Equal(Day(200), episodes[0].Start);
        Assert.Equal(Day(200 + gap), episodes[^1].End);
    }

    [Fact]
    public void Detect_MergeGap_MergesCloseEpisodes()
    {
        var days = Series(300, i => i is 200 or 210 ? Burst(i) : null);
        var options = new CrisisDetectorOptions();

        Assert.Single(CrisisDetector.Detect(days, options).Episodes);
        Assert.Equal(2, CrisisDetector.Detect(days, options with { MergeGapDays = 5 }).Episodes.Count);
    }

    [Fact]
    public void Detect_SeriesEndsInsideAnEpisode_MarksItOngoing()
    {
        var days = Series(205, i => i == 200 ? Burst(i) : i > 200 ? new CrisisInputDay(Day(i), 0, 0.3, []) : null);

        Assert.True(Assert.Single(CrisisDetector.Detect(days).Episodes).Ongoing);
    }

    [Fact]
    public void Detect_Triggers_AreTheStartDaysEventsMostConflictualFirst()
    {
        var events = new[]
        {
            Make(Day(200), "042", goldstein: 1.9, mentions: 99),
            Make(Day(200), "172", goldstein: -5, mentions: 9),
            Make(Day(200), "190", goldstein: -10, mentions: 1),
            Make(Day(200), "193", goldstein: -10, mentions: 4),
        };
        var days = Series(260, i => i == 200 ? Burst(i, 0.9, events) : null);

        var episode = Assert.Single(CrisisDetector.Detect(days, new CrisisDetectorOptions { TriggerEvents = 3 }).Episodes);

        Assert.Equal([events[3], events[2], events[1]], episode.Triggers);
    }

    [Fact]
    public void Detect_MissingDays_CountAsQuietDays()
    {
        var days = new List<CrisisInputDay> { new(Day(0), 0, 0.6, []), Burst(200) };

        var detection = CrisisDetector.Detect(days);

        Assert.Equal(201, detection.Days.Count);
        Assert.Equal(Day(200), Assert.Single(detection.Episodes).Start);
    }

    [Fact]
    public void Detect_DaysOutOfOrder_Throws() =>
        Assert.Throws<ArgumentException>(() => CrisisDetector.Detect([new(Day(1), 0, 0.5, []), new(Day(1), 0, 0.5, [])]));

    [Fact]
    public void Detect_ChannelSuspendedDuringEpisode_IsReported()
    {
        var days = Series(260, i => i is >= 200 and <= 203 ? Burst(i) : null);
        var cut = Make(Day(201), "160", "GOV", "MIL");
        var events = new[] { Make(Day(100), "042", "MIL", "MIL"), cut, Make(Day(240), "042", "MIL", "MIL"), Make(Day(150), "046", "GOV", "GOV") };
        var channels = ChannelTracker.Track(events, Day(0), Day(259));

        var episode = Assert.Single(CrisisDetector.Detect(days, channels: channels).Episodes);

        var suspended = Assert.Single(episode.SuspendedChannels);
        Assert.Equal(("military-exchange", ChannelKind.MilitaryExchange, Day(201), (DateOnly?)Day(240)),
            (suspended.Name, suspended.Kind, suspended.Since, suspended.Until));
    }

    [Fact]
    public void Detect_ChannelSuspendedLongBeforeTheEpisode_IsNotListedWithIt()
    {
        // Given a military exchange cut on day 50 and never resumed, and a burst of conflict 150 days later
        var days = Series(260, i => i is >= 200 and <= 203 ? Burst(i) : null);
        var events = new[] { Make(Day(20), "042", "MIL", "MIL"), Make(Day(50), "160", "GOV", "MIL") };
        var channels = ChannelTracker.Track(events, Day(0), Day(259));

        // When the episode is described
        var episode = Assert.Single(CrisisDetector.Detect(days, channels: channels).Episodes);

        // Then the old suspension is the state of the relationship, not part of this crisis
        Assert.Empty(episode.SuspendedChannels);
    }

    [Fact]
    public void Validate_BadOption_NamesIt()
    {
        var e = Assert.Throws<UsageException>(() => CrisisDetector.Detect([], new CrisisDetectorOptions { MuDropThreshold = 1.5 }));

        Assert.Equal(nameof(CrisisDetectorOptions.MuDropThreshold), e.Field);
    }
}
