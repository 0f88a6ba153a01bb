using System.Text.RegularExpressions;

namespace Pendulum.Cli.Tests;

/// <summary>
/// Every <c>pendulum ...</c> line in the README's and docs' shell blocks parses with the real command tree, so a
/// renamed option or command cannot leave the docs behind.
/// </summary>
public sealed partial class DocsCommandLinesTests
{
    public static TheoryData<string> Documents => new() { "README.md", "docs/parquet.md" };

    [Theory]
    [MemberData(nameof(Documents))]
    public void Document_EveryPendulumLine_ParsesWithTheCommandTree(string document)
    {
        var root = PendulumApp.BuildRoot(TextWriter.Null, TextWriter.Null);
        var lines = CommandLines(File.ReadAllText(Path.Combine(RepositoryRoot(), document))).ToList();

        Assert.NotEmpty(lines);
        foreach (var line in lines)
        {
            var parsed = root.Parse(Words(line).Skip(1).ToList());
            Assert.True(parsed.Errors.Count == 0, $"{document}: `{line}`: {string.Join("; ", parsed.Errors.Select(e => e.Message))}");
        }
    }

    // Lines of ```bash blocks that run pendulum, without a trailing comment, a redirection or a pipe.
    private static IEnumerable<string> CommandLines(string markdown)
    {
        foreach (Match block in BashBlock().Matches(markdown))
        {
            foreach (var raw in block.Groups[1].Value.Split('\n'))
            {
                var line = raw.Trim();
                if (line.StartsWith("dotnet tool install", StringComparison.Ordinal) && line.Contains("&& pendulum", StringComparison.Ordinal))
                    line = line[(line.IndexOf("&& ", StringComparison.Ordinal) + 3)..];
                if (!line.StartsWith("pendulum ", StringComparison.Ordinal))
                    continue;
                line = Regex.Replace(line, @"\s+#\s.*$", "");
                line = Regex.Replace(line, @"\s+(>|\|).*$", "");
                yield return line;
            }
        }
    }

    // Shell words: whitespace-separated, with single or double quotes around a word kept together.
    private static IEnumerable<string> Words(string line) =>
        Word().Matches(line).Select(m => m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Success ? m.Groups[2].Value : m.Value);

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Pendulum.slnx")))
                return folder.FullName;
        }

        throw new InvalidOperationException("no Pendulum.slnx above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"```(?:bash|sh)\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex BashBlock();

    [GeneratedRegex(@"""([^""]*)""|'([^']*)'|\S+")]
    private static partial Regex Word();
}
