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

        // Belgrade (bombing and the siege of the embassy the next day), the EP-3 (collision and detention the same day),
        // the ASAT test, Impeccable, Cowpens, the P-8 intercept, the seized glider.
        Assert.Equal(["1999-05-07", "2001-04-01", "2007-01-11", "2009-03-08", "2013-12-05", "2014-08-19", "2016-12-15"],
            record.Incidents.Select(e => e.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(7 / 38.0, record.Value(Moment.IncidentRate)!.Value, 3);
    }

    [Fact]
    public void Read_UsChinaRecord_CountsEachCoreInterestChallengeButNotTheReactions()
    {
        var record = UsChina();

        Assert.Equal(13, record.History.CoreChallenges);
        Assert.All(record.Challenges, e => Assert.Equal("128", e.CameoCode));
        Assert.DoesNotContain(record.Challenges, e => e.Source.Country == "CHN");
    }

    [Fact]
    public void Read_UsChinaRecord_MilitarySuspensionsFromTheDeclaredExchanges()
    {
        var record = UsChina();

        // Reduced-precision ends are read as mid-month: 1993-11 -> 15 November, 2009-02 -> 15 February.
        Assert.Equal([1624, 75, 260, 603, 132, 254], record.History.SuspensionDays);
        Assert.Equal(257, record.Value(Moment.SuspensionMedianDays));
        Assert.Equal(491.333, record.Value(Moment.SuspensionMeanDays)!.Value, 3);
        Assert.Equal(6 * 10 / (13509 / 365.25), record.Value(Moment.SuspensionsPerDecade)!.Value, 9);
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

        Assert.InRange(record.History.ShareDistrust, 0.05, 0.2);
        Assert.InRange(record.History.ShareTrust, 0.005, 0.1);
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
