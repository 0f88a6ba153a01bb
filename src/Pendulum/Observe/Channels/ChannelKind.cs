namespace Pendulum.Observe.Channels;

/// <summary>
/// The kinds of government-to-government channel docs/model.md section 3 registers: the ways two states keep talking.
/// </summary>
public enum ChannelKind
{
    /// <summary>Heads of state or government meeting face to face (visits, hosted visits, summits).</summary>
    LeaderSummit,

    /// <summary>Standing strategic or economic dialogues and negotiations between governments.</summary>
    StrategicDialogue,

    /// <summary>Military-to-military exchanges: defence talks, ship visits, joint exercises, military agreements.</summary>
    MilitaryExchange,

    /// <summary>Crisis communication mechanisms: the leaders' hotline, a defence telephone link.</summary>
    Hotline,

    /// <summary>Exchanges between societies: students, scholars, culture, non-governmental organisations.</summary>
    PeopleToPeople,

    /// <summary>Transparency measures: defence white papers, notifications, shared information, observers.</summary>
    Transparency,

    /// <summary>Contacts in or beside multilateral forums (meetings at a third location, international organisations).</summary>
    Multilateral,

    /// <summary>A channel a hand-coded event names that is neither a kind nor a declared channel.</summary>
    Other,
}

/// <summary>Names of <see cref="ChannelKind"/> as files and outputs spell them (<c>leader-summit</c>, ...).</summary>
public static class ChannelKinds
{
    private static readonly (ChannelKind Kind, string Name)[] Names =
    [
        (ChannelKind.LeaderSummit, "leader-summit"),
        (ChannelKind.StrategicDialogue, "strategic-dialogue"),
        (ChannelKind.MilitaryExchange, "military-exchange"),
        (ChannelKind.Hotline, "hotline"),
        (ChannelKind.PeopleToPeople, "people-to-people"),
        (ChannelKind.Transparency, "transparency"),
        (ChannelKind.Multilateral, "multilateral"),
        (ChannelKind.Other, "other"),
    ];

    /// <summary>The registry's kinds, in the order outputs list them (<see cref="ChannelKind.Other"/> excluded).</summary>
    public static IReadOnlyList<ChannelKind> Registry { get; } = [.. Names.Select(n => n.Kind).Where(k => k != ChannelKind.Other)];

    /// <summary>The kind's name: lower case, words joined by <c>-</c>.</summary>
    public static string Name(this ChannelKind kind) => Names.First(n => n.Kind == kind).Name;

    /// <summary>
    /// Narrower kinds that hand-coded data uses, and the registry kind each belongs to: defence talks are
    /// military-to-military exchange, an economic dialogue is the "economic" half of strategic/economic dialogue, and a
    /// leaders' call goes over the hotline (the rule table reads a call between leaders the same way).
    /// </summary>
    public static IReadOnlyList<(string Alias, ChannelKind Kind)> Aliases { get; } =
    [
        ("defense-talks", ChannelKind.MilitaryExchange),
        ("economic-dialogue", ChannelKind.StrategicDialogue),
        ("leader-call", ChannelKind.Hotline),
        // The simulator's spellings of the same kinds (scenario files: summit, dialogue, military), so a file written
        // for one reads in the other; the observer's names stay the ones written out.
        ("summit", ChannelKind.LeaderSummit),
        ("dialogue", ChannelKind.StrategicDialogue),
        ("military", ChannelKind.MilitaryExchange),
    ];

    /// <summary>
    /// Parses a registry kind's name or one of its <see cref="Aliases"/>, ignoring case and accepting <c>_</c> or a
    /// space for <c>-</c> (<c>Military_Exchange</c>); <see cref="ChannelKind.Other"/> is not a name a user can give.
    /// </summary>
    public static bool TryParse(string? text, out ChannelKind kind)
    {
        var normal = text?.Trim().Replace('_', '-').Replace(' ', '-').ToLowerInvariant();
        foreach (var (k, name) in Names)
        {
            if (k != ChannelKind.Other && name == normal)
            {
                kind = k;
                return true;
            }
        }

        foreach (var (alias, k) in Aliases)
        {
            if (alias == normal)
            {
                kind = k;
                return true;
            }
        }

        kind = ChannelKind.Other;
        return false;
    }

    /// <summary>The registry's names and aliases joined for an error message.</summary>
    public static string RegistryNames =>
        string.Join(", ", Registry.Select(k => k.Name())) + " (or " + string.Join(", ", Aliases.Select(a => a.Alias)) + ")";
}
