using System.Text.RegularExpressions;

namespace Pendulum.Cli.Tests;

/// <summary>
/// Every <c>pendulum ...</c> command line shown as an example in README.md and docs/*.md (a line of a code block; a
/// synopsis with <c>[...]</c> or <c>...</c> placeholders is not an example) parses with the real command tree, so the
/// docs cannot drift from the CLI. Command names mentioned in running text are not command lines and are not checked.
/// </summary>
public sealed partial class DocumentedCommandLinesTests
{
    public static TheoryData<string, int, string> Lines()
    {
        var data = new TheoryData<string, int, string>();
        var root = Repository();
        var files = new[] { Path.Combine(root, "README.md") }.Concat(Directory.GetFiles(Path.Combine(root, "docs"), "*.md"));
        foreach (var file in files)
        {
            var lines = File.ReadAllLines(file);
            var inCode = false;
            for (var i = 0; i < lines.Length; i++)
            {
                var line = lines[i].Trim();
                var then = line.IndexOf("&& pendulum ", StringComparison.Ordinal);
                if (then > 0)
                    line = line[(then + 3)..]; // an install line that runs the tool after it
                if (line.StartsWith("```", StringComparison.Ordinal))
                {
                    inCode = !inCode;
                    continue;
                }

                if (inCode && line.StartsWith("pendulum ", StringComparison.Ordinal) && !line.Contains("...", StringComparison.Ordinal)
                    && !line.Contains(" [", StringComparison.Ordinal))
                    data.Add(Path.GetRelativePath(root, file), i + 1, line);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Lines))]
    public void Parse_DocumentedCommandLine_HasNoErrors(string file, int line, string command)
    {
        var args = Words(Shell(command));

        var parsed = PendulumApp.BuildRoot(TextWriter.Null, TextWriter.Null).Parse(args[1..]);

        Assert.True(parsed.Errors.Count == 0, $"{file}:{line}: {command}: {string.Join("; ", parsed.Errors.Select(e => e.Message))}");
    }

    // The command itself: without a trailing comment, redirection or pipe, and with placeholders made concrete.
    private static string Shell(string command)
    {
        foreach (var cut in (string[])[" #", " >", " |", " 2>", " &&"])
        {
            var at = command.IndexOf(cut, StringComparison.Ordinal);
            if (at > 0)
                command = command[..at];
        }

        return command.TrimEnd('\\', ' ');
    }

    private static string[] Words(string command)
    {
        var words = new List<string>();
        foreach (Match m in Word().Matches(command))
            words.Add(m.Groups["q"].Success ? m.Groups["q"].Value : m.Value);
        return [.. words];
    }

    private static string Repository()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Pendulum.slnx")))
            folder = folder.Parent;
        return folder?.FullName ?? throw new InvalidOperationException("the repository root (Pendulum.slnx) is not above the test's folder");
    }

    [GeneratedRegex("\"(?<q>[^\"]*)\"|'(?<q>[^']*)'|\\S+")]
    private static partial Regex Word();
}
