namespace Pendulum;

/// <summary>
/// Process exit codes shared by every command. The values follow BSD <c>sysexits.h</c> where one exists,
/// so shell scripts written against Pendulum can tell bad data from a failing disk.
/// </summary>
public static class ExitCodes
{
    /// <summary>The command did what it was asked.</summary>
    public const int Ok = 0;

    /// <summary>The command line was wrong: unknown option, missing argument, unknown country code.</summary>
    public const int Usage = 2;

    /// <summary>The input data was wrong (<c>EX_DATAERR</c>): a bad line, field or file.</summary>
    public const int DataError = 65;

    /// <summary>Reading or writing failed (<c>EX_IOERR</c>): a missing file, a network error, a full disk.</summary>
    public const int IoError = 74;
}
