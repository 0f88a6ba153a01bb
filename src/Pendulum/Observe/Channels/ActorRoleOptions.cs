namespace Pendulum.Observe.Channels;

/// <summary>
/// How actor roles are read from an event's actor types, sectors and names. The defaults follow the GDELT and ICEWS
/// codebooks; the leader test is a heuristic, because neither dataset has a "head of state" type (docs/channels.md).
/// </summary>
public sealed record ActorRoleOptions
{
    /// <summary>
    /// Type codes and sector phrases that make an actor military: GDELT <c>MIL</c>; ICEWS sectors naming armed
    /// services or the defence ministry. A defence ministry counts because defence talks are the core of
    /// military-to-military exchange. Each <c>;</c>-separated type of an actor is compared whole, ignoring case (ICEWS
    /// sector names nest: <c>Nongovernmental Organizations</c> contains <c>government</c>). Source: GDELT actor type
    /// codebook (CAMEO 1.1b3, ch. 3); the ICEWS sector names found in its published event files.
    /// </summary>
    public IReadOnlyList<string> MilitaryTypes { get; init; } =
        ["MIL", "Military", "Army", "Navy", "Air Force", "Marines", "Army Special Forces", "Defense / Security Ministry"];

    /// <summary>
    /// Types that make an actor governmental: GDELT <c>GOV</c> and <c>LEG</c> (legislators visit and negotiate too);
    /// ICEWS <c>Government</c>, <c>Executive</c>, <c>Cabinet</c>, <c>Foreign Ministry</c>, <c>Legislative /
    /// Parliamentary</c>. Same matching as <see cref="MilitaryTypes"/>.
    /// </summary>
    public IReadOnlyList<string> GovernmentTypes { get; init; } =
        ["GOV", "LEG", "Government", "Executive", "Cabinet", "Foreign Ministry", "Legislative / Parliamentary"];

    /// <summary>
    /// Types of society's actors, for people-to-people exchange: GDELT civilians, education, religion, non-governmental
    /// organisations and movements, media, health; the matching ICEWS sectors. Business is left out: trade is not what
    /// the people-to-people channel means in the seeds.
    /// </summary>
    public IReadOnlyList<string> PeopleTypes { get; init; } =
    [
        "CVL", "EDU", "REL", "NGO", "NGM", "MED", "HLH", "General Population / Civilian / Social", "Education",
        "National Religious", "Nongovernmental Organizations / Activists", "Nongovernmental Organization (International)",
        "Media", "News", "Print News", "Television News", "Medical / Health", "Medical / Health NGOs", "Human Rights NGOs",
    ];

    /// <summary>Types of international organisations: GDELT <c>IGO</c>, ICEWS <c>International Government Organization</c>.</summary>
    public IReadOnlyList<string> IgoTypes { get; init; } = ["IGO", "International Government Organization"];

    /// <summary>
    /// ICEWS sectors that mark a head of state or government. ICEWS gives <c>Executive Office</c> to presidents and
    /// prime ministers (and to a few of their close officials, a known over-reach of this heuristic).
    /// </summary>
    public IReadOnlyList<string> LeaderTypes { get; init; } = ["Executive Office"];

    /// <summary>
    /// Words in an actor's name that mark a leader, ignoring case: GDELT has no head-of-state type, but its actor
    /// names keep the office (<c>PRESIDENT</c>, <c>PRIME MINISTER</c>), and ICEWS names generic leaders
    /// <c>Head of State (China)</c>.
    /// </summary>
    public IReadOnlyList<string> LeaderNameWords { get; init; } =
        ["PRESIDENT", "PRIME MINISTER", "PREMIER", "HEAD OF STATE", "HEAD OF GOVERNMENT"];

    /// <summary>
    /// Words that cancel <see cref="LeaderNameWords"/>: a vice president, a deputy or a former premier is not the
    /// leader.
    /// </summary>
    public IReadOnlyList<string> NotLeaderNameWords { get; init; } = ["VICE", "DEPUTY", "FORMER", "EX-"];

    /// <summary>
    /// Names of leaders to recognise by name (ignoring case), such as <c>XI JINPING</c>: GDELT often names a leader
    /// without the office. Empty by default: who leads a country changes, and Pendulum ships no roster.
    /// </summary>
    public IReadOnlyList<string> LeaderNames { get; init; } = [];
}
