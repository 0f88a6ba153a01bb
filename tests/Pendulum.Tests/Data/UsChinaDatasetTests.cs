using Pendulum.Events;
using Pendulum.Events.Readers;

namespace Pendulum.Tests.Data;

/// <summary>Schema and content checks of the shipped US-China reference dataset (data/us-china, docs/us-china.md).</summary>
public sealed class UsChinaDatasetTests
{
    private static readonly DateOnly First = new(1979, 1, 1);
    private static readonly DateOnly Last = new(2025, 11, 30);

    private static List<CodedEvent> Events => UsChinaDataset.Events;

    [Fact]
    public void EventsCsv_StrictPendulumReader_ReadsEveryRowAsPendulumData()
    {
        var report = UsChinaDataset.Report;

        Assert.Equal(EventFormat.Pendulum, report.Format);
        Assert.Equal(report.RowsRead, (long)Events.Count);
        Assert.Equal(0L, report.RowsSkipped);
        Assert.All(Events, e => Assert.Equal("pendulum", e.Dataset));
    }

    [Fact]
    public void EventsCsv_RowCount_IsAtLeast350()
    {
        Assert.True(Events.Count >= 350, $"{Events.Count} rows; the dataset promises at least 350");
    }

    [Fact]
    public void EventsCsv_Header_HasTheCheckedColumn()
    {
        var header = File.ReadLines(UsChinaDataset.EventsPath).First().Split(',');

        Assert.Contains("checked", header);
    }

    [Fact]
    public void EventsCsv_EveryRow_SaysHowItsSourceWasChecked()
    {
        // checked: a copy of the source was read; unchecked: the source is named from knowledge. Never left empty.
        Assert.All(Events, e => Assert.True(e.SourceChecked.HasValue, $"{e.EventId}: no checked/unchecked value"));
        Assert.Contains(Events, e => e.SourceChecked == true);
        Assert.Contains(Events, e => e.SourceChecked == false);
    }

    [Fact]
    public void EventsCsv_CheckedOnlyRead_KeepsExactlyTheCheckedRows()
    {
        using var reader = EventFile.Open(UsChinaDataset.EventsPath, EventFormat.Pendulum, new EventReaderOptions { CheckedOnly = true });
        var kept = reader.ReadEvents().ToList();

        Assert.Equal(Events.Count(e => e.SourceChecked == true), kept.Count);
        Assert.Equal(Events.Count(e => e.SourceChecked == false), reader.Report.RowsUnchecked);
        Assert.All(kept, e => Assert.True(e.SourceChecked));
    }

    [Theory]
    [InlineData(2017)]
    [InlineData(2018)]
    [InlineData(2019)]
    [InlineData(2020)]
    [InlineData(2021)]
    [InlineData(2022)]
    [InlineData(2023)]
    [InlineData(2024)]
    public void EventsCsv_EveryYearSince2017_HasTenRowsBothWays(int year)
    {
        var rows = Events.Where(e => e.Date.Year == year).ToList();

        Assert.True(rows.Count >= 10, $"{year}: {rows.Count} rows");
        Assert.Contains(rows, e => e.Source.Country == "USA");
        Assert.Contains(rows, e => e.Source.Country == "CHN");
    }

    [Fact]
    public void EventsCsv_Dates_LieWithinTheCoverage()
    {
        Assert.All(Events, e => Assert.InRange(e.Date, First, Last));
    }

    [Fact]
    public void EventsCsv_Directions_AreUsaChinaBothWaysInComparableNumbers()
    {
        Assert.All(Events, e => Assert.True(e.Source.Country is "USA" && e.Target.Country is "CHN" || e.Source.Country is "CHN" && e.Target.Country is "USA",
            $"{e.EventId}: {e.Source.Country}->{e.Target.Country} is not USA-CHN"));
        var fromUsa = Events.Count(e => e.Source.Country == "USA");
        var fromChina = Events.Count - fromUsa;
        // Both directions carry evidence for the filter; neither may be a token presence.
        Assert.True(fromUsa >= Events.Count / 4, $"USA->CHN rows: {fromUsa} of {Events.Count}");
        Assert.True(fromChina >= Events.Count / 4, $"CHN->USA rows: {fromChina} of {Events.Count}");
    }

    [Fact]
    public void EventsCsv_EveryRow_HasDescriptionReferenceAndChannelOrTags()
    {
        Assert.All(Events, e =>
        {
            Assert.False(string.IsNullOrWhiteSpace(e.Description), $"{e.EventId}: no description");
            Assert.False(string.IsNullOrWhiteSpace(e.Reference), $"{e.EventId}: no reference");
            Assert.True(e.Channel is not null || e.Tags.Count > 0, $"{e.EventId}: neither channel nor tags");
        });
    }

    [Fact]
    public void EventsCsv_Descriptions_AreSingleLinesWithoutQuotes()
    {
        // One line in the coder's own words: no embedded line breaks and no quoted passages from the sources.
        Assert.All(Events, e => Assert.DoesNotMatch("[\"\r\n]", e.Description!));
    }

    [Fact]
    public void EventsCsv_Channels_AreInTheDocumentedVocabulary()
    {
        Assert.All(Events.Where(e => e.Channel is not null), e => Assert.Contains(e.Channel!, UsChinaDataset.ChannelVocabulary));
    }

    [Fact]
    public void EventsCsv_Ids_AreUniqueAndNamedByDate()
    {
        var duplicates = Events.GroupBy(e => e.EventId).Where(g => g.Count() > 1).Select(g => g.Key).ToList();

        Assert.Empty(duplicates);
        Assert.All(Events, e => Assert.StartsWith($"uc-{e.Date:yyyy-MM-dd}-", e.EventId, StringComparison.Ordinal));
    }

    [Fact]
    public void EventsCsv_EveryChannelOfTheVocabulary_AppearsAtLeastOnce()
    {
        var used = Events.Select(e => e.Channel).OfType<string>().ToHashSet();

        Assert.All(UsChinaDataset.ChannelVocabulary, channel => Assert.Contains(channel, used));
    }

    [Theory]
    [InlineData("incident")]
    [InlineData("crisis")]
    [InlineData("core-interest")]
    [InlineData("arms-sale")]
    [InlineData("sanction")]
    [InlineData("suspension")]
    [InlineData("resumption")]
    [InlineData("joint-action")]
    [InlineData("exercise")]
    [InlineData("port-call")]
    [InlineData("defense-minister-visit")]
    [InlineData("white-paper")]
    [InlineData("pentagon-report")]
    [InlineData("mmca")]
    [InlineData("dct")]
    [InlineData("dtl")]
    [InlineData("leaders-hotline")]
    [InlineData("cyber-working-group")]
    [InlineData("100k-strong")]
    [InlineData("taiwan")]
    [InlineData("tibet")]
    [InlineData("south-china-sea")]
    [InlineData("cyber")]
    [InlineData("trade")]
    [InlineData("human-rights")]
    [InlineData("nonproliferation")]
    [InlineData("climate")]
    [InlineData("yellow-sea")]
    [InlineData("export-control")]
    [InlineData("hong-kong")]
    [InlineData("counternarcotics")]
    public void EventsCsv_KindOrCoreInterestTag_AppearsAtLeastOnce(string tag)
    {
        Assert.Contains(Events, e => e.Tags.Contains(tag));
    }

    [Theory]
    [InlineData("senior-dialogue", "strategic-dialogue", 6)]
    [InlineData("sed", "economic-dialogue", 5)]
    [InlineData("s-and-ed", "strategic-dialogue", 8)]
    [InlineData("cpe", "people-to-people", 7)]
    [InlineData("dsd", "strategic-dialogue", 2)]
    public void EventsCsv_DialogueRounds_OneRowPerRoundInsideTheChannelLife(string channelId, string channel, int rounds)
    {
        var declared = UsChinaDataset.Channels.Channels.Single(c => c.Id == channelId);
        var rows = Events.Where(e => e.Channel == channel && e.Tags.Contains(channelId)).ToList();

        Assert.Equal(rounds, rows.Count);
        Assert.Equal(rounds, rows.Select(e => e.Date).Distinct().Count());
        var opened = DayRange.Parse(declared.Opened).First;
        var closed = DayRange.Parse(declared.Closed!).Last;
        Assert.All(rows, e => Assert.InRange(e.Date, opened, closed));
    }

    [Theory]
    [InlineData("uc-1979-01-01-recognition-us")]
    [InlineData("uc-1995-05-22-lee-visa")]
    [InlineData("uc-1996-03-11-nimitz-deployment")]
    [InlineData("uc-1998-01-19-mmca-signed")]
    [InlineData("uc-1999-05-07-belgrade-bombing")]
    [InlineData("uc-1999-11-15-wto-bilateral-us")]
    [InlineData("uc-2001-04-01-ep3-collision")]
    [InlineData("uc-2001-12-11-wto-membership")]
    [InlineData("uc-2003-08-27-six-party-first-round")]
    [InlineData("uc-2008-02-29-dtl-signed")]
    [InlineData("uc-2008-04-10-dtl-first-call")]
    [InlineData("uc-2008-10-06-military-exchanges-cancelled-2008")]
    [InlineData("uc-2009-03-08-impeccable")]
    [InlineData("uc-2010-01-30-military-exchanges-suspended-2010")]
    [InlineData("uc-2010-05-25-100k-strong-launch")]
    [InlineData("uc-2013-12-05-cowpens")]
    [InlineData("uc-2014-05-19-cwg-suspended")]
    [InlineData("uc-2014-06-26-rimpac-2014")]
    [InlineData("uc-2014-08-19-p8-intercept")]
    [InlineData("uc-2014-11-12-climate-announcement-us")]
    [InlineData("uc-2016-06-30-rimpac-2016")]
    [InlineData("uc-2016-09-03-paris-us")]
    [InlineData("uc-1994-10-27-kitty-hawk-han-submarine")]
    [InlineData("uc-2001-03-23-bowditch-2001")]
    [InlineData("uc-2002-09-24-bowditch-2002")]
    [InlineData("uc-2009-05-01-victorious-2009")]
    [InlineData("uc-2017-04-06-mar-a-lago")]
    [InlineData("uc-2018-07-06-tariffs-34bn")]
    [InlineData("uc-2018-09-30-decatur-encounter")]
    [InlineData("uc-2019-05-15-huawei-entity-list")]
    [InlineData("uc-2020-07-22-houston-consulate-closed")]
    [InlineData("uc-2020-07-24-chengdu-consulate-closed")]
    [InlineData("uc-2021-03-18-anchorage")]
    [InlineData("uc-2022-08-02-pelosi-taiwan")]
    [InlineData("uc-2022-08-05-military-talks-suspended-2022")]
    [InlineData("uc-2022-10-07-chip-export-controls-2022")]
    [InlineData("uc-2023-02-04-balloon-shot-down")]
    [InlineData("uc-2023-05-26-rc135-intercept-2023")]
    [InlineData("uc-2023-06-03-chung-hoon")]
    [InlineData("uc-2023-11-15-woodside-military-communication")]
    [InlineData("uc-2023-12-21-brown-liu-call")]
    [InlineData("uc-2024-01-08-dpct-17")]
    public void EventsCsv_NamedMilestone_IsPresent(string id)
    {
        Assert.Contains(Events, e => e.EventId == id);
    }

    [Fact]
    public void EventsCsv_SuspensionOfADeclaredChannel_OpensADeclaredSuspension()
    {
        // Cross-file consistency: an event that suspends a declared channel starts one of its declared suspensions.
        var channels = UsChinaDataset.Channels.Channels;
        var suspensions = Events.Where(e => e.Tags.Contains("suspension")).ToList();
        var linked = 0;
        foreach (var e in suspensions)
        {
            foreach (var channel in channels.Where(c => e.Tags.Contains(c.Id)))
            {
                linked++;
                Assert.Contains(channel.Suspensions, s => DayRange.Parse(s.From).Contains(e.Date));
            }
        }

        Assert.True(linked >= 5, $"only {linked} suspension events name a declared channel");
    }

    [Fact]
    public void ChannelsYaml_Parses_WithThePairKnownKindsAndUniqueIds()
    {
        var file = UsChinaDataset.Channels;

        Assert.Equal(["USA", "CHN"], file.Pair);
        Assert.Equal(First, DayRange.Parse(file.Coverage.From).First);
        Assert.Equal(Last, DayRange.Parse(file.Coverage.To).Last);
        Assert.True(file.Channels.Count >= 9, $"{file.Channels.Count} channels");
        Assert.Equal(file.Channels.Count, file.Channels.Select(c => c.Id).Distinct().Count());
        Assert.All(file.Channels, c =>
        {
            Assert.Contains(c.Kind, UsChinaDataset.ChannelVocabulary);
            Assert.False(string.IsNullOrWhiteSpace(c.Name), $"{c.Id}: no name");
            Assert.False(string.IsNullOrWhiteSpace(c.Source), $"{c.Id}: no source");
        });
    }

    [Fact]
    public void ChannelsYaml_EverySuspension_LiesWithinItsChannelLife()
    {
        Assert.All(UsChinaDataset.Channels.Channels, channel =>
        {
            var opened = DayRange.Parse(channel.Opened);
            var closed = channel.Closed is null ? (DayRange?)null : DayRange.Parse(channel.Closed);
            Assert.True(closed is null || opened.First <= closed.Value.Last, $"{channel.Id}: closed before it opened");
            foreach (var s in channel.Suspensions)
            {
                var from = DayRange.Parse(s.From);
                var to = s.To is null ? (DayRange?)null : DayRange.Parse(s.To);
                Assert.True(opened.First <= from.First, $"{channel.Id}: suspension from {s.From} before the channel opened ({channel.Opened})");
                Assert.True(to is null || from.First <= to.Value.Last, $"{channel.Id}: suspension ends before it starts ({s.From}..{s.To})");
                Assert.True(closed is null || (to ?? from).Last <= closed.Value.Last, $"{channel.Id}: suspension runs past the channel's closing");
                Assert.True(closed is null || to is not null, $"{channel.Id}: an open-ended suspension on a closed channel");
                Assert.False(string.IsNullOrWhiteSpace(s.Reason), $"{channel.Id}: suspension without a reason");
                Assert.False(string.IsNullOrWhiteSpace(s.Source), $"{channel.Id}: suspension without a source");
            }
        });
    }

    [Fact]
    public void ChannelsYaml_EveryDeclaredChannel_IsNamedByAtLeastOneEvent()
    {
        var tags = Events.SelectMany(e => e.Tags).ToHashSet();

        Assert.All(UsChinaDataset.Channels.Channels, c => Assert.Contains(c.Id, tags));
    }
}
