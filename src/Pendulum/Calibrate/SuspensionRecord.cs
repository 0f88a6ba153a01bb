using Pendulum.Channels;
using Pendulum.Observe.Channels;

namespace Pendulum.Calibrate;

/// <summary>
/// What calibration needs of a declared-channels file (<c>data/us-china/channels.yaml</c>, schema in docs/channels.md):
/// the pair, the coverage, and each channel's kind, life and suspensions. A view over the one reader,
/// <see cref="DeclaredChannelsFile"/>, so the calibrator and the observer read the same file the same way: the same
/// checks, and one rule for a date of reduced precision (<c>YYYY-MM</c>, <c>YYYY</c>), which stands for its whole
/// month or year (a start reads as its first day, an end as its last).
/// </summary>
/// <param name="Pair">The two countries, when the file names them.</param>
/// <param name="From">First day the record covers, when stated.</param>
/// <param name="To">Last day the record covers, when stated.</param>
/// <param name="Channels">The declared channels, in file order.</param>
public sealed record SuspensionRecord(IReadOnlyList<string>? Pair, DateOnly? From, DateOnly? To, IReadOnlyList<RecordedChannel> Channels)
{
    /// <summary>Reads the declared-channels file at <paramref name="path"/>; errors are the reader's (<c>FILE:LINE: FIELD: reason</c>).</summary>
    public static SuspensionRecord Load(string path) => Of(DeclaredChannelsFile.Load(path));

    /// <summary>The calibrator's view of declared channels already read.</summary>
    public static SuspensionRecord Of(DeclaredChannels declared) => new(declared.Pair, declared.CoverageFrom, declared.CoverageTo,
        declared.Channels.Select(c => new RecordedChannel(c.Id, c.KindAsWritten ?? c.Kind.Name(), c.Opened, c.Closed,
            c.Suspensions.Select(s => new SuspensionSpell(c.Id, s.From, s.To)).ToList())).ToList());

    /// <summary>True when the file names no pair or names (<paramref name="a"/>, <paramref name="b"/>) in either order.</summary>
    public bool IsFor(string a, string b) => Pair is null || (Pair.Count == 2 && Pair.Contains(a) && Pair.Contains(b) && a != b);
}

/// <summary>A declared channel: its id, kind as the file spells it (e.g. <c>military-exchange</c>), life and suspensions.</summary>
public sealed record RecordedChannel(string Id, string Kind, DateOnly? Opened, DateOnly? Closed, IReadOnlyList<SuspensionSpell> Suspensions);

/// <summary>One suspension of a declared channel: from its first day to the first day of renewed activity (null while it lasts).</summary>
public sealed record SuspensionSpell(string ChannelId, DateOnly From, DateOnly? To)
{
    /// <summary>Length of a lifted suspension. Unit: days. Null while it lasts.</summary>
    public double? Days => To is { } to ? to.DayNumber - From.DayNumber : null;
}
