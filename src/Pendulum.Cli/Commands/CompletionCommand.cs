using System.CommandLine;
using Pendulum.Cli.Output;

namespace Pendulum.Cli.Commands;

/// <summary><c>pendulum completion bash|zsh|fish</c>: prints a completion script generated from the command tree.</summary>
internal static class CompletionCommand
{
    public static Command Create(CliContext context)
    {
        var shell = new Argument<string>("SHELL") { Description = "The shell: bash, zsh or fish." }.AcceptOnlyFromAmong([.. CompletionScript.Shells]);
        var command = new Command("completion", "Print a shell completion script: eval \"$(pendulum completion bash)\" (or zsh; fish: see docs/cli.md).") { shell };
        command.SetAction(parse =>
        {
            // The tree the user is running: the root of this very command.
            Command root = parse.RootCommandResult.Command;
            context.Out.Write(CompletionScript.For(parse.GetValue(shell)!, root));
            return ExitCodes.Ok;
        });
        return command;
    }
}
