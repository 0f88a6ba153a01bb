using Pendulum.Channels;

namespace Pendulum.Observe.Channels;

/// <summary>Whether a rule's events show a channel working or being suspended.</summary>
public enum ChannelEffect
{
    /// <summary>The channel is in use.</summary>
    Activity,

    /// <summary>A reduce-relations event (CAMEO 16x) names the channel: it is suspended.</summary>
    Suspension,
}

/// <summary>
/// One line of the channel rule table: events whose CAMEO code starts with one of <see cref="Codes"/> and whose actors
/// meet <see cref="Condition"/> belong to a channel of kind <see cref="Kind"/>.
/// </summary>
/// <param name="Id">Short stable name of the rule, shown in docs and tests.</param>
/// <param name="Kind">The channel kind the rule points to.</param>
/// <param name="Effect">Whether matching events are activity or suspension.</param>
/// <param name="Codes">CAMEO code prefixes (<c>"04"</c> matches 040..049 and their 4-digit children).</param>
/// <param name="Condition">What the two actors must be.</param>
/// <param name="Rationale">Why the rule says so, and where that comes from.</param>
public sealed record ChannelRule(string Id, ChannelKind Kind, ChannelEffect Effect, IReadOnlyList<string> Codes,
    ActorCondition Condition, string Rationale)
{
    /// <summary>True when the event's code and actors' roles match the rule.</summary>
    public bool Matches(string cameoCode, ActorRole source, ActorRole target)
    {
        foreach (var code in Codes)
        {
            if (cameoCode.StartsWith(code, StringComparison.Ordinal))
                return Condition.Holds(source, target);
        }

        return false;
    }
}
