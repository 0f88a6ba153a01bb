namespace Pendulum.Fetch.Tests.Http;

/// <summary>How <see cref="ScriptedHttpServer"/> misbehaves for one path. The "times" count the first requests.</summary>
internal sealed record FaultScript
{
    /// <summary>Use as a count of times to mean every request.</summary>
    public const int Always = int.MaxValue;

    /// <summary>Answer 404 to every request.</summary>
    public bool NotFound { get; init; }

    /// <summary>Answer 500 to the first this many requests.</summary>
    public int ServerErrorTimes { get; init; }

    /// <summary>Close the connection after <see cref="DropAfterBytes"/> body bytes on the first this many requests.</summary>
    public int DropTimes { get; init; }

    public int DropAfterBytes { get; init; }

    /// <summary>Send <see cref="StallAfterBytes"/> body bytes then nothing more on the first this many requests.</summary>
    public int StallTimes { get; init; }

    public int StallAfterBytes { get; init; }

    /// <summary>Serve bytes that do not match the list's md5 on the first this many requests.</summary>
    public int CorruptTimes { get; init; }

    /// <summary>Answer 200 with the whole file even when a range is asked for.</summary>
    public bool IgnoreRange { get; init; }
}
