namespace Pendulum.Simulate;

/// <summary>The kinds of government channel a pair of states can hold open (docs/model.md sections 1 and 4).</summary>
public enum ChannelKind
{
    /// <summary>Leaders meeting face to face: the highest channel, with the lowest signal error.</summary>
    Summit,

    /// <summary>Strategic and economic dialogues and the many working-level platforms.</summary>
    Dialogue,

    /// <summary>Military-to-military exchanges: visits, consultations, exercise observers.</summary>
    Military,

    /// <summary>A crisis hotline (defence telephone link): used in incidents to learn the other's intent.</summary>
    Hotline,

    /// <summary>Exchanges between societies: they carry no signal of government action, they move public opinion.</summary>
    PeopleToPeople,

    /// <summary>Publications such as defence white papers: the road costly signals travel.</summary>
    Transparency,
}

/// <summary>Names and defaults of <see cref="ChannelKind"/>.</summary>
public static class ChannelKinds
{
    /// <summary>Every kind, in the order outputs list them.</summary>
    public static IReadOnlyList<ChannelKind> All { get; } = Enum.GetValues<ChannelKind>();

    /// <summary>The kind's name in scenario files and outputs: <c>summit</c>, <c>people_to_people</c>, ...</summary>
    public static string Name(this ChannelKind kind) => kind switch
    {
        ChannelKind.Summit => "summit",
        ChannelKind.Dialogue => "dialogue",
        ChannelKind.Military => "military",
        ChannelKind.Hotline => "hotline",
        ChannelKind.PeopleToPeople => "people_to_people",
        _ => "transparency",
    };

    /// <summary>The kind named <paramref name="name"/>, or null.</summary>
    public static ChannelKind? Parse(string name) => All.Cast<ChannelKind?>().FirstOrDefault(k => k!.Value.Name() == name);

    /// <summary>True for the kinds that deliver signals of the partner's cooperation or defection.</summary>
    public static bool CarriesActions(this ChannelKind kind) =>
        kind is ChannelKind.Summit or ChannelKind.Dialogue or ChannelKind.Military or ChannelKind.Hotline;

    /// <summary>The documented defaults of a channel of this kind (see <see cref="ChannelParameters"/>).</summary>
    public static ChannelParameters Defaults(this ChannelKind kind) => kind switch
    {
        // Presidents met about twice a year in 2009-2014 (state visits plus G20 and APEC sidelines).
        ChannelKind.Summit => new ChannelParameters { Kind = kind, ContactsPerYear = 2, Error = 0.05 },
        // The Strategic and Economic Dialogue is yearly, but the seeds count 90+ platforms: about two contacts a month.
        ChannelKind.Dialogue => new ChannelParameters { Kind = kind, ContactsPerYear = 24, Error = 0.20 },
        ChannelKind.Military => new ChannelParameters { Kind = kind, ContactsPerYear = 6, Error = 0.15 },
        // Routine tests of the link; its real work is in incidents (CrisisParameters.HotlineReveal).
        ChannelKind.Hotline => new ChannelParameters { Kind = kind, ContactsPerYear = 2, Error = 0.10 },
        ChannelKind.PeopleToPeople => new ChannelParameters { Kind = kind, ContactsPerYear = 52, Error = 0 },
        // Defence white papers appeared about every two years; exercise invitations add to them.
        _ => new ChannelParameters { Kind = kind, ContactsPerYear = 1, Error = 0 },
    };
}
