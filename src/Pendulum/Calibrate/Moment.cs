namespace Pendulum.Calibrate;

/// <summary>
/// A quantity calibration matches between the record and the simulator, computed from a <see cref="PairHistory"/>
/// (definitions: docs/calibration.md).
/// </summary>
/// <param name="Name">Name in tables and JSON (snake_case).</param>
/// <param name="Label">Words for the table.</param>
/// <param name="Unit">Unit of the value.</param>
/// <param name="Value">The history's value; null when the history cannot say (no suspension lifted, no channel).</param>
/// <param name="Floor">
/// Smallest standard deviation the objective divides by, in the moment's unit: a moment that every simulated history
/// puts at the same value is still compared with this tolerance rather than with zero.
/// </param>
/// <param name="InObjective">False for a moment reported beside the fit, matched or not, but not fitted to.</param>
public sealed record Moment(string Name, string Label, string Unit, Func<PairHistory, double?> Value, Func<PairHistory, double> Floor,
    bool InObjective = true)
{
    public static Moment IncidentRate { get; } = new("incident_rate", "incidents per year", "per year",
        h => h.Incidents / h.Years, h => 0.5 / h.Years);

    public static Moment CoreChallengeRate { get; } = new("core_challenge_rate", "core-interest challenges per year", "per year",
        h => h.CoreChallenges / h.Years, h => 0.5 / h.Years);

    public static Moment SuspensionsPerDecade { get; } = new("suspensions_per_decade", "military suspensions per decade", "per decade",
        h => h.ChannelYears > 0 ? h.Suspensions * 10 / h.ChannelYears : null, h => h.ChannelYears > 0 ? 5 / h.ChannelYears : 1);

    public static Moment SuspensionMedianDays { get; } = new("suspension_median_days", "median suspension (days)", "days",
        h => h.SuspensionDays.Count == 0 ? null : Median(h.SuspensionDays), _ => 1);

    public static Moment SuspensionMeanDays { get; } = new("suspension_mean_days", "mean suspension (days)", "days",
        h => h.SuspensionDays.Count == 0 ? null : h.SuspensionDays.Average(), _ => 1);

    public static Moment ShareDistrust { get; } = new("share_distrust", "time in distrust", "share of days",
        h => h.ShareDistrust, _ => 0.01);

    public static Moment ShareTrust { get; } = new("share_trust", "time in trust", "share of days",
        h => h.ShareTrust, _ => 0.01);

    /// <summary>
    /// Crisis episodes the detector finds, per decade. Reported, not fitted: running the detector on every candidate's
    /// histories would double the cost of the search (docs/calibration.md).
    /// </summary>
    public static Moment CrisesPerDecade { get; } = new("crises_per_decade", "crises per decade (reported, not fitted)", "per decade",
        h => h.Crises is { } c ? c * 10 / h.Years : null, h => 5 / h.Years, InObjective: false);

    /// <summary>Every moment, in table order. The understanding share is left out: it is one minus the other two.</summary>
    public static IReadOnlyList<Moment> All { get; } =
        [IncidentRate, CoreChallengeRate, SuspensionsPerDecade, SuspensionMedianDays, SuspensionMeanDays, ShareDistrust, ShareTrust, CrisesPerDecade];

    /// <summary>The middle value (the mean of the two middle ones for an even count).</summary>
    public static double Median(IReadOnlyList<double> values)
    {
        ArgumentOutOfRangeException.ThrowIfZero(values.Count);
        var sorted = values.Order().ToArray();
        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
