using Pendulum.Events;
using Pendulum.Events.Cameo;

namespace Pendulum.Tests.Events.Cameo;

public sealed class CameoTablesTests
{
    [Fact]
    public void GoldsteinTables_Embedded_HaveTheirPublishedSizesAndKnownDifferences()
    {
        Assert.Equal(311, GoldsteinTable.Gdelt.Codes.Count());
        Assert.Equal(312, GoldsteinTable.Icews.Codes.Count());
        Assert.True(GoldsteinTable.Gdelt.TryGet("042", out var visit));
        Assert.Equal(1.9, visit);
        Assert.False(GoldsteinTable.Gdelt.TryGet("1213", out _));
        Assert.True(GoldsteinTable.Icews.TryGet("1213", out _));
    }

    [Fact]
    public void Codebook_Default_KnowsEveryTableCodeWithLeadingZeros()
    {
        var codebook = CameoCodebook.Default;

        Assert.All(GoldsteinTable.Gdelt.Codes.Concat(GoldsteinTable.Icews.Codes), c => Assert.True(codebook.Contains(c)));
        Assert.Equal("Make a visit", codebook.NameOf("042"));
        Assert.False(codebook.Contains("42"));
    }

    [Theory]
    [InlineData("42", "4", "042")]
    [InlineData("311", "3", "0311")]
    [InlineData("100", "10", "100")]
    [InlineData("1011", "10", "1011")]
    [InlineData("42", null, "042")]
    [InlineData("999", "9", null)]
    public void Repair_CodeThatLostZeros_RestoresUnderRoot(string code, string? root, string? expected)
    {
        Assert.Equal(expected, CameoCodebook.Default.Repair(code, root));
    }

    [Fact]
    public void Load_UserTable_ReplacesValues()
    {
        using var temp = new TempFolder();
        var path = temp.Write("g.csv", "code,value\n042,2.5\n190,-10\n");

        var table = GoldsteinTable.Resolve(path);

        Assert.True(table.TryGet("042", out var v));
        Assert.Equal(2.5, v);
        Assert.Equal(path, table.Name);
    }

    [Theory]
    [InlineData("code,value\n42x,1\n", 2, "code")]
    [InlineData("code,value\n042,11\n", 2, "goldstein")]
    [InlineData("code,value\n042,1\n042,2\n", 3, "code")]
    public void Load_BadUserTable_NamesLineAndField(string content, int line, string field)
    {
        using var temp = new TempFolder();
        var path = temp.Write("g.csv", content);

        var error = Assert.Throws<BadDataException>(() => GoldsteinTable.Load(path));

        Assert.Equal(line, error.Line);
        Assert.Equal(field, error.Field);
    }

    [Theory]
    [InlineData("09", QuadClassScheme.Gdelt, QuadClass.MaterialCooperation)]
    [InlineData("09", QuadClassScheme.Icews, QuadClass.VerbalConflict)]
    [InlineData("14", QuadClassScheme.Gdelt, QuadClass.VerbalConflict)]
    [InlineData("14", QuadClassScheme.Icews, QuadClass.MaterialConflict)]
    [InlineData("20", QuadClassScheme.Gdelt, QuadClass.MaterialConflict)]
    public void QuadClassMapping_SchemesDisagree_OnRoots09And14(string root, QuadClassScheme scheme, QuadClass expected)
    {
        Assert.Equal(expected, QuadClassMapping.Of(root, scheme));
    }

    [Fact]
    public void QuadClassMapping_GdeltScheme_AgreesWithEveryRealGdeltRow()
    {
        var events = Fixtures.ReadAll(Fixtures.Gdelt2Second).Events;

        Assert.All(events, e => Assert.Equal(QuadClassMapping.Of(e.RootCode, QuadClassScheme.Gdelt), e.QuadClass));
    }
}
