using Pendulum.Channels;
using Pendulum.Events;

namespace Pendulum.Observe.Channels;

/// <summary>
/// Tells which channel an event belongs to, from its CAMEO code and its actors' roles. Activity rules are tried in
/// table order and the first match wins (one channel per event); every suspension rule that matches a reduce-relations
/// event (CAMEO 16x) applies, because breaking off relations can close several channels at once. A hand-coded event's
/// own <see cref="CodedEvent.Channel"/> is not read here: it wins over every rule (see <see cref="ChannelTracker"/>).
/// </summary>
public sealed class ChannelRules(IReadOnlyList<ChannelRule> table, ActorRoles roles)
{
    /// <summary>The default rule table; docs/channels.md shows it with each rule's rationale.</summary>
    public static IReadOnlyList<ChannelRule> DefaultTable { get; } =
    [
        new("hotline-call", ChannelKind.Hotline, ChannelEffect.Activity, ["041"], ActorCondition.BothLeadersOrMilitary,
            "CAMEO has no hotline code. The US-China presidential hotline (1998) and defense telephone link (2008) are "
            + "telephone links between leaders' and defence offices, so a call (041) between those offices is read as the hotline."),
        new("leader-meeting", ChannelKind.LeaderSummit, ChannelEffect.Activity, ["040", "042", "043", "044", "045", "046"],
            ActorCondition.BothLeaders,
            "Consultations, visits, hosted visits and meetings (CAMEO 04x, calls aside) between two heads of state or government: "
            + "the face-to-face channel docs/model.md section 1 ranks highest."),
        new("information-sharing", ChannelKind.Transparency, ChannelEffect.Activity, ["064"], ActorCondition.BothState,
            "CAMEO 064 'share intelligence or information' between the states is the event-data trace of transparency "
            + "measures (notifications, briefings); publications such as white papers have no CAMEO code and come from declared channels."),
        new("military-consultation", ChannelKind.MilitaryExchange, ChannelEffect.Activity, ["04"], ActorCondition.BothMilitary,
            "Consultations and visits (CAMEO 04x) between military actors: docs/model.md section 3's own example of military exchange."),
        new("military-cooperation", ChannelKind.MilitaryExchange, ChannelEffect.Activity, ["062"], ActorCondition.Any,
            "CAMEO 062 is 'cooperate militarily' (joint exercises, training) whoever the actors are."),
        new("military-agreement", ChannelKind.MilitaryExchange, ChannelEffect.Activity, ["057", "06"], ActorCondition.EitherMilitary,
            "A formal agreement (057) or material cooperation (06x) with a military actor on either side: exercise invitations, "
            + "maritime safety agreements."),
        new("government-dialogue", ChannelKind.StrategicDialogue, ChannelEffect.Activity, ["046", "0311", "036"],
            ActorCondition.GovernmentPair,
            "Negotiations (046), intent to cooperate economically (0311) and intent to meet or negotiate (036) between the "
            + "governments: what strategic and economic dialogues produce in event data."),
        new("government-consultation", ChannelKind.StrategicDialogue, ChannelEffect.Activity, ["040", "042", "043", "045"],
            ActorCondition.GovernmentPair,
            "Consultations and visits (04x) between officials below the leaders and outside the military: ministers and envoys."),
        new("third-place-meeting", ChannelKind.Multilateral, ChannelEffect.Activity, ["044"], ActorCondition.BothState,
            "CAMEO 044 'meet at a third location': officials of the two states meeting elsewhere, mostly beside a multilateral forum."),
        new("international-organisation", ChannelKind.Multilateral, ChannelEffect.Activity, ["04", "05", "06"], ActorCondition.EitherIgo,
            "Consultation, diplomatic or material cooperation (04x-06x) with an international organisation actor."),
        new("society-exchange", ChannelKind.PeopleToPeople, ChannelEffect.Activity, ["04", "06"], ActorCondition.PeopleNotOfficial,
            "Visits, meetings and cooperation (04x, 06x) involving students, scholars, media, religious or civil-society actors "
            + "and no officials."),

        new("military-reduction", ChannelKind.MilitaryExchange, ChannelEffect.Suspension, ["16"], ActorCondition.EitherMilitary,
            "Reducing relations (16x) with a military actor on either side: how suspended military exchanges are coded, "
            + "as after the 2008 and 2010 arms sales to Taiwan (docs/model.md section 4)."),
        new("military-aid-halt", ChannelKind.MilitaryExchange, ChannelEffect.Suspension, ["1622"], ActorCondition.Any,
            "CAMEO 1622 'reduce or stop military assistance'."),
        new("diplomatic-break", ChannelKind.StrategicDialogue, ChannelEffect.Suspension, ["161", "164"], ActorCondition.BothState,
            "Reducing or breaking diplomatic relations (161) and halting negotiations (164) close the governments' dialogues."),
        new("summit-break", ChannelKind.LeaderSummit, ChannelEffect.Suspension, ["161", "164"], ActorCondition.EitherLeader,
            "The same events with a leader on either side close the summit channel (a cancelled visit)."),
        new("observers-expelled", ChannelKind.Transparency, ChannelEffect.Suspension, ["1662"], ActorCondition.Any,
            "CAMEO 1662 'expel or withdraw inspectors, observers': a transparency measure withdrawn."),
        new("society-reduction", ChannelKind.PeopleToPeople, ChannelEffect.Suspension, ["16"], ActorCondition.PeopleNotOfficial,
            "Reducing relations (16x), such as expelling journalists or aid agencies (1663), aimed at society's actors."),
    ];

    /// <summary>The default table with the default actor roles.</summary>
    public static ChannelRules Default { get; } = new(DefaultTable, ActorRoles.Default);

    /// <summary>The rules, in the order they are tried.</summary>
    public IReadOnlyList<ChannelRule> Table { get; } = table;

    /// <summary>How actor roles are read.</summary>
    public ActorRoles Roles { get; } = roles;

    /// <summary>The first activity rule the event matches, or null. Reduce-relations events (16x) are never activity.</summary>
    public ChannelRule? ActivityRule(CodedEvent e)
    {
        if (IsReduceRelations(e))
            return null;
        var (source, target) = (Roles.Of(e.Source), Roles.Of(e.Target));
        foreach (var rule in Table)
        {
            if (rule.Effect == ChannelEffect.Activity && rule.Matches(e.CameoCode, source, target))
                return rule;
        }

        return null;
    }

    /// <summary>The kinds a reduce-relations event suspends (empty for any other event), in registry order.</summary>
    public IReadOnlyList<ChannelKind> SuspendedKinds(CodedEvent e)
    {
        if (!IsReduceRelations(e))
            return [];
        var (source, target) = (Roles.Of(e.Source), Roles.Of(e.Target));
        var kinds = new List<ChannelKind>();
        foreach (var rule in Table)
        {
            if (rule.Effect == ChannelEffect.Suspension && !kinds.Contains(rule.Kind) && rule.Matches(e.CameoCode, source, target))
                kinds.Add(rule.Kind);
        }

        kinds.Sort();
        return kinds;
    }

    /// <summary>CAMEO root 16, "reduce relations".</summary>
    public static bool IsReduceRelations(CodedEvent e) => e.CameoCode.StartsWith("16", StringComparison.Ordinal);
}
