using Pendulum.Channels;

namespace Pendulum.Observe.Channels;

/// <summary>A channel a user knows of, read from a declared-channels file (docs/channels.md).</summary>
/// <param name="Id">
/// Short identifier, unique in its file (<c>dct</c>); the file's <c>id</c>, or its <c>name</c> when it has no id.
/// Hand-coded events belong to the channel when one of their tags, or their channel field, is this id.
/// </param>
/// <param name="Name">The channel's full name (<c>Defense Consultative Talks</c>).</param>
/// <param name="Kind">Its kind: rule-matched events of this kind are its activity while it is open.</param>
/// <param name="Opened">When it was established, if known.</param>
/// <param name="Closed">Its last day, when it ended for good (replaced or abandoned).</param>
/// <param name="Suspensions">Known suspensions, in date order, not overlapping.</param>
public sealed record DeclaredChannel(string Id, string Name, ChannelKind Kind, DateOnly? Opened, DateOnly? Closed,
    IReadOnlyList<DeclaredSuspension> Suspensions)
{
    /// <summary>Where the channel is documented.</summary>
    public string? Source { get; init; }

    /// <summary>The file and line it was declared at (<c>channels.yaml:12</c>), for messages.</summary>
    public string? DeclaredAt { get; init; }

    /// <summary>
    /// The kind as the file spells it (<c>defense-talks</c>), before an alias maps it onto <see cref="Kind"/>: the
    /// calibrator picks the channels of the simulator's military channel by it (<c>military-exchange</c> only).
    /// </summary>
    public string? KindAsWritten { get; init; }

    /// <summary>True on the days the channel exists: from its opening (if known) to its closing (if any).</summary>
    public bool IsOpenOn(DateOnly date) => (Opened is null || date >= Opened) && (Closed is null || date <= Closed);
}

/// <summary>A known suspension of a declared channel.</summary>
/// <param name="From">First day suspended.</param>
/// <param name="To">Day the channel resumed; null while it has not.</param>
/// <param name="Reason">Why, in a few words (<c>arms sale to Taiwan</c>).</param>
/// <param name="Source">Where it is documented.</param>
public sealed record DeclaredSuspension(DateOnly From, DateOnly? To, string? Reason, string? Source);

/// <summary>What a declared-channels file holds.</summary>
/// <param name="Pair">The two countries the file is about (its <c>pair</c>), when it says.</param>
/// <param name="Channels">The channels, in file order.</param>
public sealed record DeclaredChannels(IReadOnlyList<string>? Pair, IReadOnlyList<DeclaredChannel> Channels)
{
    /// <summary>No declarations.</summary>
    public static DeclaredChannels None { get; } = new(null, []);

    /// <summary>First day the file covers (its <c>coverage.from</c>), when it says.</summary>
    public DateOnly? CoverageFrom { get; init; }

    /// <summary>Last day the file covers (its <c>coverage.to</c>, a reduced date read as its last day), when it says.</summary>
    public DateOnly? CoverageTo { get; init; }

    /// <summary>True when the file names no pair, or names the pair (<paramref name="a"/>, <paramref name="b"/>) in either order.</summary>
    public bool IsFor(string a, string b) =>
        Pair is null || (Pair.Count == 2 && ((Pair[0] == a && Pair[1] == b) || (Pair[0] == b && Pair[1] == a)));
}
