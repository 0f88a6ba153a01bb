using Pendulum.Channels;

namespace Pendulum.Simulate;

/// <summary>What a scheduled intervention does.</summary>
public enum InterventionKind
{
    /// <summary>A core-interest challenge by <see cref="Intervention.By"/> (or the first state) against the other.</summary>
    CoreChallenge,

    /// <summary>A leaders' summit: a contact on the summit channel, open or not, that also builds rapport.</summary>
    Summit,

    /// <summary>An incident started by <see cref="Intervention.By"/> (or the first state), read as any other.</summary>
    Incident,

    /// <summary>The pair loses a channel for good.</summary>
    RemoveChannel,

    /// <summary>The pair gains a channel (with the pair's parameters for it if it declared them, else the kind's defaults).</summary>
    AddChannel,
}

/// <summary>A scheduled intervention: on one date, or every so many days from a date.</summary>
public sealed record Intervention
{
    /// <summary>What happens.</summary>
    public required InterventionKind Kind { get; init; }

    /// <summary>The pair it happens to, <c>A-B</c> as listed under <c>pairs</c>.</summary>
    public required string Pair { get; init; }

    /// <summary>The date it (first) happens. Default: the scenario's start.</summary>
    public DateOnly? On { get; init; }

    /// <summary>Repeat every this many days from <see cref="On"/>; null for once. Unit: days.</summary>
    public int? EveryDays { get; init; }

    /// <summary>The acting state (challenger, incident starter), a code of the pair; null for the pair's first state.</summary>
    public string? By { get; init; }

    /// <summary>The channel kind, for <see cref="InterventionKind.RemoveChannel"/> and <see cref="InterventionKind.AddChannel"/>.</summary>
    public ChannelKind? Channel { get; init; }
}
