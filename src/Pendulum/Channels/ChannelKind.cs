namespace Pendulum.Channels;

/// <summary>
/// The kinds of government-to-government channel docs/model.md section 3 registers: the ways two states keep talking.
/// One vocabulary for both sides: the observer finds these channels in event records and declared-channel files, the
/// simulator gives a pair the first six (<see cref="ChannelKinds.Simulated"/>). Names in files and outputs are
/// <see cref="ChannelKinds.Name"/>'s; older spellings are read as aliases (<see cref="ChannelKinds.Aliases"/>).
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
