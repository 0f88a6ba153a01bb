using Pendulum.Channels;

namespace Pendulum.Simulate;

/// <summary>One channel of a pair (docs/model.md section 4). Defaults depend on the kind: <see cref="DefaultsFor"/>.</summary>
public sealed record ChannelParameters
{
    /// <summary>What the channel is.</summary>
    public required ChannelKind Kind { get; init; }

    /// <summary>
    /// How often the channel is used. Unit: contacts per year; per step the contact probability is
    /// <c>f = 1 - exp(-rate * step length in years)</c>, so a scenario means the same with daily or monthly steps.
    /// Defaults: summit 2, dialogue 24, military 6, hotline 2, people-to-people 52, transparency 1 (costly-signal
    /// opportunities). Source: counts of US-China meetings 2009-2014 in the seeds; to be calibrated (model.md section 6).
    /// </summary>
    public double ContactsPerYear { get; init; }

    /// <summary>
    /// Probability that a contact reports the partner's action wrongly. Unit: probability. Defaults from model.md
    /// section 4: summit 0.05, dialogue 0.20, military 0.15, hotline 0.10; 0 for people-to-people and transparency,
    /// which carry no action signal. On core-interest issues the error is <c>e (1 - r)</c> with r the leaders' rapport.
    /// </summary>
    public double Error { get; init; }

    /// <summary>
    /// Whether the pair has the channel when the run starts (an <c>add_channel</c> intervention can open it later).
    /// Default true.
    /// </summary>
    public bool Present { get; init; } = true;

    /// <summary>The documented defaults of a channel of a simulated kind (<see cref="ChannelKinds.Simulated"/>).</summary>
    public static ChannelParameters DefaultsFor(ChannelKind kind) => kind switch
    {
        // Presidents met about twice a year in 2009-2014 (state visits plus G20 and APEC sidelines).
        ChannelKind.LeaderSummit => new ChannelParameters { Kind = kind, ContactsPerYear = 2, Error = 0.05 },
        // The Strategic and Economic Dialogue is yearly, but the seeds count 90+ platforms: about two contacts a month.
        ChannelKind.StrategicDialogue => new ChannelParameters { Kind = kind, ContactsPerYear = 24, Error = 0.20 },
        ChannelKind.MilitaryExchange => new ChannelParameters { Kind = kind, ContactsPerYear = 6, Error = 0.15 },
        // Routine tests of the link; its real work is in incidents (CrisisParameters.HotlineReveal).
        ChannelKind.Hotline => new ChannelParameters { Kind = kind, ContactsPerYear = 2, Error = 0.10 },
        ChannelKind.PeopleToPeople => new ChannelParameters { Kind = kind, ContactsPerYear = 52, Error = 0 },
        // Defence white papers appeared about every two years; exercise invitations add to them.
        ChannelKind.Transparency => new ChannelParameters { Kind = kind, ContactsPerYear = 1, Error = 0 },
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "the simulator has no channel of this kind"),
    };
}
