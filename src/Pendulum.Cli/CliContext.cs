namespace Pendulum.Cli;

/// <summary>What every command writes to and reads the clock from; tests pass their own writers.</summary>
/// <param name="Out">Results (tables, CSV, JSON).</param>
/// <param name="Error">Progress, warnings and errors, so results can be piped.</param>
/// <param name="Time">The clock; only ingest timestamps read it.</param>
public sealed record CliContext(TextWriter Out, TextWriter Error, TimeProvider Time)
{
    /// <summary>True when progress may be drawn as a live bar (stderr is a terminal and not redirected by a test).</summary>
    public bool InteractiveError => ReferenceEquals(Error, Console.Error) && !Console.IsErrorRedirected;
}
