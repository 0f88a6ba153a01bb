namespace Pendulum;

/// <summary>
/// An error a user can cause and fix. Carries where it happened (file, line, field) and why, so the CLI can print
/// <c>FILE:LINE: FIELD: reason</c> and the web app can answer 400 without parsing the message.
/// </summary>
public class PendulumException : Exception
{
    public PendulumException(string reason, int exitCode, string? file = null, long? line = null, string? field = null,
        Exception? inner = null)
        : base(Format(reason, file, line, field), inner)
    {
        Reason = reason;
        ExitCode = exitCode;
        File = file;
        Line = line;
        Field = field;
    }

    /// <summary>What went wrong, without the location.</summary>
    public string Reason { get; }

    /// <summary>One of <see cref="ExitCodes"/>.</summary>
    public int ExitCode { get; }

    /// <summary>The file the error is in, when there is one.</summary>
    public string? File { get; }

    /// <summary>The 1-based line number in <see cref="File"/>, when known.</summary>
    public long? Line { get; }

    /// <summary>The field (column name) at fault, when known.</summary>
    public string? Field { get; }

    private static string Format(string reason, string? file, long? line, string? field)
    {
        var where = file is null ? "" : line is null ? $"{file}: " : $"{file}:{line}: ";
        return field is null ? where + reason : $"{where}{field}: {reason}";
    }
}

/// <summary>The input data is wrong (exit code 65).</summary>
public sealed class BadDataException(string reason, string? file = null, long? line = null, string? field = null,
    Exception? inner = null)
    : PendulumException(reason, ExitCodes.DataError, file, line, field, inner);

/// <summary>Reading, writing or downloading failed (exit code 74).</summary>
public sealed class InputOutputException(string reason, string? file = null, Exception? inner = null)
    : PendulumException(reason, ExitCodes.IoError, file, null, null, inner);

/// <summary>The request itself is wrong (exit code 2): an unknown code, an impossible range.</summary>
public sealed class UsageException(string reason, string? field = null)
    : PendulumException(reason, ExitCodes.Usage, null, null, field);
