using Pendulum.Channels;
using Pendulum.Observe.Channels;

namespace Pendulum.Tests.Observe.Channels;

public sealed class DeclaredChannelsFileTests
{
    private const string Valid = """
        # the schema of data/us-china/channels.yaml
        pair: [USA, CHN]
        coverage:
          from: 1979-01-01
          to: 2016-12-31
        channels:
          - id: dct
            name: Defense Consultative Talks
            kind: defense-talks
            opened: 1997
            source: "CRS, RL32496"
            suspensions:
              - from: 2001-04
                to: 2002-12
                reason: EP-3 collision
              - from: 2010-01-30
                reason: Taiwan arms sale
          - name: Senior Dialogue
            kind: strategic-dialogue
            opened: 2005-08-01
            closed: 2008-12-15
            note: folded into the S&ED
            suspensions: []
        """;

    [Fact]
    public void Parse_UsChinaSchema_ReadsEveryField()
    {
        var declared = DeclaredChannelsFile.Parse(Valid, "channels.yaml");

        Assert.Equal(["USA", "CHN"], declared.Pair);
        Assert.True(declared.IsFor("CHN", "USA"));
        Assert.False(declared.IsFor("USA", "JPN"));
        var dct = declared.Channels[0];
        Assert.Equal(("dct", "Defense Consultative Talks", ChannelKind.MilitaryExchange), (dct.Id, dct.Name, dct.Kind));
        Assert.Equal(new DateOnly(1997, 1, 1), dct.Opened);
        Assert.Equal("CRS, RL32496", dct.Source);
        Assert.Equal("channels.yaml:7", dct.DeclaredAt);
        Assert.Equal(
            [
                new DeclaredSuspension(new DateOnly(2001, 4, 1), new DateOnly(2002, 12, 31), "EP-3 collision", null),
                new DeclaredSuspension(new DateOnly(2010, 1, 30), null, "Taiwan arms sale", null),
            ],
            dct.Suspensions);
        var senior = declared.Channels[1];
        Assert.Equal(("Senior Dialogue", new DateOnly(2008, 12, 15)), (senior.Id, senior.Closed));
        Assert.Empty(senior.Suspensions);
    }

    [Fact]
    public void Parse_ListAtTheTop_ReadsChannelsWithoutPair()
    {
        var declared = DeclaredChannelsFile.Parse("- {name: hotline, kind: hotline}\n", "c.yaml");

        Assert.Null(declared.Pair);
        Assert.Equal("hotline", Assert.Single(declared.Channels).Id);
    }

    [Theory]
    [InlineData("channels:\n  - name: a\n    kind: summits\n", 3, "kind", "'summits' is not a channel kind")]
    [InlineData("channels:\n  - name: a\n    kind: hotline\n    opened: 2010-13-01\n", 4, "opened", "'2010-13-01' is not a date")]
    [InlineData("channels:\n  - name: a\n    kind: hotline\n    colour: red\n", 4, "colour", "unknown field")]
    [InlineData("channels:\n  - name: a\n    kind: hotline\n    suspensions:\n      - from: 2010-05-01\n        to: 2010-04-01\n", 6, "to", "is before from")]
    [InlineData("channels:\n  - name: a\n    kind: hotline\n    suspensions:\n      - from: 2010-01-01\n        to: 2010-06-01\n      - from: 2010-03-01\n", 7, "from", "overlaps the suspension from 2010-01-01")]
    [InlineData("channels:\n  - name: a\n    kind: hotline\n  - name: A\n    kind: summit-x\n", 5, "kind", "not a channel kind")]
    [InlineData("channels:\n  - name: a\n    kind: hotline\n  - name: A\n    kind: hotline\n", 4, "id", "'A' is declared twice (first at c.yaml:2)")]
    [InlineData("channels:\n  - kind: hotline\n", 2, "name", "is required")]
    [InlineData("chanels:\n  - name: a\n", 1, "chanels", "unknown field")]
    [InlineData("pair: [USA]\nchannels: []\n", 1, "pair", "two ISO alpha-3 codes")]
    [InlineData("channels: [a, \n", 2, null, "not valid YAML")]
    public void Parse_BadFile_NamesFileLineAndField(string text, int line, string? field, string reason)
    {
        var e = Assert.Throws<BadDataException>(() => DeclaredChannelsFile.Parse(text, "c.yaml"));

        Assert.Equal(("c.yaml", (long?)line, field), (e.File, e.Line, e.Field));
        Assert.Contains(reason, e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MissingFile_IsAnInputOutputError()
    {
        using var folder = new TempFolder();

        var e = Assert.Throws<InputOutputException>(() => DeclaredChannelsFile.Load(folder.Path("none.yaml")));

        Assert.Equal(ExitCodes.IoError, e.ExitCode);
    }
}
