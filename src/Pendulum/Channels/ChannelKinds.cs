namespace Pendulum.Channels;

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

    /// <summary>
    /// The kinds the simulator gives a pair (docs/model.md section 4), in the order its state and outputs list them.
    /// They are the enum's first six members, so a kind's number indexes arrays of this length.
    /// </summary>
    public static IReadOnlyList<ChannelKind> Simulated { get; } =
    [
        ChannelKind.LeaderSummit, ChannelKind.StrategicDialogue, ChannelKind.MilitaryExchange,
        ChannelKind.Hotline, ChannelKind.PeopleToPeople, ChannelKind.Transparency,
    ];

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
        // The simulator's former spellings (scenario files before the two vocabularies became one: summit, dialogue,
        // military; people_to_people reads through the '_' rule), so older files still read.
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

    /// <summary>
    /// Parses a kind the simulator models (<see cref="Simulated"/>), by name or alias as <see cref="TryParse"/> does;
    /// false for <c>multilateral</c>, which the model has no mechanism for, and for anything else.
    /// </summary>
    public static bool TryParseSimulated(string? text, out ChannelKind kind) => TryParse(text, out kind) && Simulated.Contains(kind);

    /// <summary>The simulated kinds' names joined for an error message.</summary>
    public static string SimulatedNames => string.Join(", ", Simulated.Select(k => k.Name()));

    /// <summary>The registry's names and aliases joined for an error message.</summary>
    public static string RegistryNames =>
        string.Join(", ", Registry.Select(k => k.Name())) + " (or " + string.Join(", ", Aliases.Select(a => a.Alias)) + ")";
}
