using Pendulum.Internals;
using YamlDotNet.RepresentationModel;

namespace Pendulum.Tests.Internals;

public sealed class YamlInputTests
{
    [Fact]
    public void Parse_Mapping_ReturnsItsRoot()
    {
        var root = YamlInput.Parse("a: 1\nb: [x, y]\n", "f.yaml");

        var map = Assert.IsType<YamlMappingNode>(root);
        Assert.Equal(2, map.Children.Count);
    }

    [Theory]
    [InlineData("")]
    [InlineData("# only a comment\n")]
    public void Parse_NoDocument_ReturnsNull(string text) => Assert.Null(YamlInput.Parse(text, "f.yaml"));

    [Fact]
    public void Parse_BadIndentation_NamesFileAndLine()
    {
        var error = Assert.Throws<BadDataException>(() => YamlInput.Parse("a: 1\n  b: 2\nc: [\n", "f.yaml"));

        Assert.Equal("f.yaml", error.File);
        Assert.Equal(2, error.Line);
        Assert.StartsWith("not valid YAML", error.Reason, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.DataError, error.ExitCode);
    }

    [Fact]
    public void Parse_EndsInsideAFlowList_NamesTheLastLine()
    {
        var error = Assert.Throws<BadDataException>(() => YamlInput.Parse("a: 1\nb: [x,\n  y\n", "f.yaml"));

        Assert.Equal("f.yaml", error.File);
        Assert.NotNull(error.Line);
        Assert.StartsWith("not valid YAML", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_TwoDocuments_RefusedAtTheSecond()
    {
        var error = Assert.Throws<BadDataException>(() => YamlInput.Parse("a: 1\n---\nb: 2\n", "f.yaml"));

        Assert.Equal(3, error.Line);
        Assert.Contains("more than one YAML document", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MissingFile_IsAnInputOutputErrorNamingIt()
    {
        var path = Path.Combine(Path.GetTempPath(), "pendulum-tests", "no-such-folder", "f.yaml");

        var error = Assert.Throws<InputOutputException>(() => YamlInput.Load(path));

        Assert.Equal(path, error.File);
        Assert.Equal("no such file", error.Reason);
        Assert.Equal(ExitCodes.IoError, error.ExitCode);
    }

    [Fact]
    public void Load_Json_IsReadAsYamlWithLines()
    {
        using var temp = new TempFolder();
        var path = temp.Write("p.json", "{\n  \"a\": 1,\n  \"b\": {\"c\": 2}\n}\n");

        var root = Assert.IsType<YamlMappingNode>(YamlInput.Load(path));

        Assert.Equal(3, root.Children[new YamlScalarNode("b")].Start.Line);
    }
}
