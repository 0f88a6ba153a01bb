using System.CommandLine;
using System.CommandLine.Completions;
using System.Text;

namespace Pendulum.Cli.Output;

/// <summary>
/// Shell completion scripts for bash, zsh and fish, generated from the command tree itself, so a new command or
/// option completes without anyone editing a script: subcommands, options, and the values of options that accept
/// only some (<c>--format</c>, <c>--freq</c>, ...).
/// </summary>
internal static class CompletionScript
{
    public static readonly IReadOnlyList<string> Shells = ["bash", "zsh", "fish"];

    public static string For(string shell, Command root) => shell switch
    {
        "bash" => Bash(root),
        "zsh" => "#compdef pendulum\n# pendulum completion for zsh: eval \"$(pendulum completion zsh)\", or save it as _pendulum on $fpath.\n"
            + "autoload -U +X bashcompinit && bashcompinit\n" + Bash(root, header: false),
        "fish" => Fish(root),
        _ => throw new UsageException($"no completion for '{shell}'; give one of {string.Join(", ", Shells)}", "SHELL"),
    };

    private sealed record Node(string Path, Command Command, IReadOnlyList<string> Names);

    private static IEnumerable<Node> Walk(Command command, string path, IReadOnlyList<string> names)
    {
        yield return new Node(path, command, names);
        foreach (var sub in command.Subcommands.Where(c => !c.Hidden))
        {
            foreach (var node in Walk(sub, $"{path} {sub.Name}", [.. names, sub.Name]))
                yield return node;
        }
    }

    private static IEnumerable<Option> Options(Command command, Command root) =>
        command.Options.Concat(ReferenceEquals(command, root) ? [] : root.Options.Where(o => o.Recursive)).Where(o => !o.Hidden);

    private static IEnumerable<string> Words(Command command, Command root) =>
        command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name).Concat(Options(command, root).Select(o => o.Name));

    private static IReadOnlyList<string> Values(Option option) =>
        option.ValueType == typeof(bool) ? [] : option.GetCompletions(CompletionContext.Empty).Select(c => c.Label).ToList();

    private static string Bash(Command root, bool header = true)
    {
        var nodes = Walk(root, "pendulum", []).ToList();
        var s = new StringBuilder();
        if (header)
            s.Append("# pendulum completion for bash: eval \"$(pendulum completion bash)\" in ~/.bashrc.\n");
        s.Append("_pendulum() {\n");
        s.Append("  local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]} key=pendulum i\n");
        s.Append("  for ((i = 1; i < COMP_CWORD; i++)); do\n    case \"$key ${COMP_WORDS[i]}\" in\n");
        foreach (var node in nodes.Skip(1))
            s.Append($"      \"{node.Path}\") key=\"{node.Path}\" ;;\n");
        s.Append("    esac\n  done\n");
        s.Append("  case \"$key $prev\" in\n");
        foreach (var node in nodes)
        {
            foreach (var option in Options(node.Command, root))
            {
                if (Values(option) is { Count: > 0 } values)
                    s.Append($"    \"{node.Path} {option.Name}\") COMPREPLY=($(compgen -W \"{string.Join(' ', values)}\" -- \"$cur\")); return ;;\n");
            }
        }

        s.Append("  esac\n  local words\n  case \"$key\" in\n");
        foreach (var node in nodes)
            s.Append($"    \"{node.Path}\") words=\"{string.Join(' ', Words(node.Command, root))}\" ;;\n");
        s.Append("  esac\n  COMPREPLY=($(compgen -W \"$words\" -- \"$cur\"))\n}\ncomplete -o default -F _pendulum pendulum\n");
        return s.ToString();
    }

    private static string Fish(Command root)
    {
        var s = new StringBuilder("# pendulum completion for fish: pendulum completion fish > ~/.config/fish/completions/pendulum.fish\n");
        s.Append("complete -c pendulum -f\n");
        foreach (var node in Walk(root, "pendulum", []))
        {
            // The condition: this command's path was typed, and none of its subcommands yet.
            var seen = node.Names.Select(n => $"__fish_seen_subcommand_from {n}").ToList();
            var subs = node.Command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name).ToList();
            if (subs.Count > 0)
                seen.Add($"not __fish_seen_subcommand_from {string.Join(' ', subs)}");
            var condition = seen.Count == 0 ? "__fish_use_subcommand" : string.Join("; and ", seen);
            foreach (var sub in node.Command.Subcommands.Where(c => !c.Hidden))
                s.Append($"complete -c pendulum -n '{condition}' -a {sub.Name} -d '{Quote(sub.Description)}'\n");
            foreach (var option in Options(node.Command, root).Where(o => o.Name.StartsWith("--", StringComparison.Ordinal)))
            {
                var values = Values(option);
                var takes = option.ValueType != typeof(bool) ? values.Count > 0 ? $" -x -a '{string.Join(' ', values)}'" : " -r" : "";
                s.Append($"complete -c pendulum -n '{condition}' -l {option.Name[2..]}{takes} -d '{Quote(option.Description)}'\n");
            }
        }

        return s.ToString();
    }

    private static string Quote(string? text)
    {
        var line = (text ?? "").ReplaceLineEndings(" ");
        if (line.Length > 80)
            line = line[..79] + "…";
        return line.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal);
    }
}
