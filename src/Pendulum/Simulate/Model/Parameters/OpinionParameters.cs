namespace Pendulum.Simulate;

/// <summary>
/// Public opinion <c>o</c> in [0, 1] of each state toward its partners: the social basis the seeds say cooperation
/// needs, and the constraint on costly signals (docs/model.md section 4).
/// </summary>
public sealed record OpinionParameters
{
    /// <summary>Where opinion settles without trust, contacts or shocks. Unit: opinion in [0, 1]. Default 0.5.</summary>
    public double Baseline { get; init; } = 0.5;

    /// <summary>
    /// How fast opinion moves toward its target <c>(1 - w) baseline + w mean(mu)</c>. Unit: per year (a rate of 1 closes
    /// 63% of the gap in a year). Default 1.
    /// </summary>
    public double ReversionPerYear { get; init; } = 1;

    /// <summary>
    /// <c>w</c>: the weight of the government's own trust in its partners in the target of opinion (elite cues).
    /// Unit: weight in [0, 1]. Default 0.5.
    /// </summary>
    public double TrustWeight { get; init; } = 0.5;

    /// <summary>
    /// How much one people-to-people contact lifts both publics' opinion, as a share of the room left below 1.
    /// Unit: share per contact. Default 0.002 (52 contacts a year lift opinion by about 0.05 a year).
    /// </summary>
    public double PeopleToPeopleGain { get; init; } = 0.002;

    /// <summary>Lobbying or media shocks against the partner, per state. Unit: events per year. Default 1.</summary>
    public double ShocksPerYear { get; init; } = 1;

    /// <summary>How far one shock lowers opinion. Unit: opinion in [0, 1]. Default 0.05.</summary>
    public double ShockSize { get; init; } = 0.05;
}
