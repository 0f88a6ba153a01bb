using Pendulum.Calibrate;
using Pendulum.Events;
using Pendulum.Observe;
using Pendulum.Tests.Data;

namespace Pendulum.Tests.Calibrate;

public sealed class ObservedRecordTests
{
    private static readonly string ObserverPath = Path.Combine(AppContext.BaseDirectory, "data", "us-china", "observer.yaml");

    private static ObservedRecord UsChina(RecordOptions? options = null) => ObservedRecord.Read(UsChinaDataset.Events, "USA", "CHN",
        SuspensionRecord.Load(UsChinaDataset.ChannelsPath), options ?? new RecordOptions { Observer = ObserverParametersFile.Load(ObserverPath) });

    [Fact]
    public void Read_UsChinaRecord_CountsTheIncidentActsOncePerEpisode()
    {
        var record = UsChina();

        // The Kitty Hawk and the Han submarine, Belgrade (bombing and the siege of the embassy the next day), Bowditch
        // (2001), the EP-3 (collision and detention the same day), Bowditch (2002), the Song submarine by the Kitty
        // Hawk, the ASAT test, Impeccable, Victorious, Cowpens, the P-8 intercept, the seized glider, the WC-135
        // intercept, Decatur, the RC-135 intercept of 2022, the balloon (postponement, regret, shootdown and protest
        // within a week), the RC-135 intercept of 2023, Chung-Hoon.
        Assert.Equal(["1994-10-27", "1999-05-07", "2001-03-23", "2001-04-01", "2002-09-24", "2006-10-26", "2007-01-11", "2009-03-08",
                "2009-05-01", "2013-12-05", "2014-08-19", "2016-12-15", "2017-05-17", "2018-09-30", "2022-12-21", "2023-02-03",
                "2023-05-26", "2023-06-03"],
            record.Incidents.Select(e => e.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(18 / (17136 / 365.25), record.Value(Moment.IncidentRate)!.Value, 9);
    }

    [Fact]
    public void Read_UsChinaRecord_CountsEachCoreInterestChallengeButNotTheReactions()
    {
        var record = UsChina();

        Assert.Equal(21, record.History.CoreChallenges);
        Assert.All(record.Challenges, e => Assert.Equal("128", e.CameoCode));
        Assert.DoesNotContain(record.Challenges, e => e.Source.Country == "CHN");
    }

    [Fact]
    public void Read_UsChinaRecord_MilitarySuspensionsFromTheDeclaredExchanges()
    {
        var record = UsChina();

        // A reduced-precision date stands for its whole month (docs/channels.md): a start reads as the first day
        // (1995-06 -> 1 June, 2001-04 -> 1 April), an end as the last (1993-11 -> 30 November, 2009-02 -> 28 February).
        // The last is the freeze after the Pelosi visit, 2022-08-05 to the Brown-Liu call of 2023-12-21.
        Assert.Equal([1639, 89, 260, 617, 145, 254, 503], record.History.SuspensionDays);
        Assert.Equal(260, record.Value(Moment.SuspensionMedianDays));
        Assert.Equal(3507.0 / 7, record.Value(Moment.SuspensionMeanDays)!.Value, 3);
        Assert.Equal(7 * 10 / (16765 / 365.25), record.Value(Moment.SuspensionsPerDecade)!.Value, 9);
    }

    [Fact]
    public void Read_DefaultObserverOnHandCodedRows_NeverLeavesUnderstanding()
    {
        // Why the record ships its own observer parameters: the media-volume defaults barely move on a few rows a year.
        var record = UsChina(new RecordOptions());

        Assert.Equal((0.0, 0.0), (record.History.ShareDistrust, record.History.ShareTrust));
    }

    [Fact]
    public void Read_ShippedObserverParameters_PutsThePairInEachZoneSometimes()
    {
        var record = UsChina();

        // Each zone on some days, neither extreme on most. With the record extended to 2025 (trade war, sanctions, the
        // 2022-2023 freeze) and the four-year hazards, distrust is about 0.33 of the days and trust about 0.10.
        Assert.InRange(record.History.ShareDistrust, 0.05, 0.5);
        Assert.InRange(record.History.ShareTrust, 0.005, 0.5);
    }

    [Fact]
    public void Read_EventsWithoutTagsOrChannels_LeavesThoseMomentsUnobserved()
    {
        var untagged = UsChinaDataset.Events.Select(e => e with { Tags = [] });

        var record = ObservedRecord.Read(untagged, "USA", "CHN", channels: null, new RecordOptions());

        Assert.Null(record.Value(Moment.IncidentRate));
        Assert.Null(record.Value(Moment.CoreChallengeRate));
        Assert.Null(record.Value(Moment.SuspensionMedianDays));
        Assert.Null(record.Value(Moment.SuspensionsPerDecade));
        Assert.NotNull(record.Value(Moment.ShareDistrust));
        Assert.Equal(new DateOnly(1979, 1, 1), record.From);
    }

    [Fact]
    public void Read_NoPairEvents_IsAUsageError()
    {
        var error = Assert.Throws<UsageException>(() => ObservedRecord.Read(UsChinaDataset.Events, "USA", "FRA", null, new RecordOptions()));

        Assert.Contains("no events between USA and FRA", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Episodes_RowsWithinAWeek_AreOneEpisode()
    {
        var rules = new MilestoneRules();
        var days = new[] { new DateOnly(2001, 4, 1), new DateOnly(2001, 4, 8), new DateOnly(2001, 4, 16), new DateOnly(2001, 4, 1) };
        var events = days.Select((d, i) => Event(d, i));

        var episodes = rules.Episodes(events, _ => true);

        Assert.Equal([new DateOnly(2001, 4, 1), new DateOnly(2001, 4, 16)], episodes.Select(e => e.Date));
    }

    private static CodedEvent Event(DateOnly date, int id) => new()
    {
        Dataset = "pendulum",
        EventId = $"e{id}",
        Date = date,
        Source = new EventActor("CHN"),
        Target = new EventActor("USA"),
        CameoCode = "190",
        QuadClass = QuadClass.MaterialConflict,
        Goldstein = -10,
        Tags = ["incident"],
    };
}
