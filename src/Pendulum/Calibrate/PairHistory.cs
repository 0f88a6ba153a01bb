namespace Pendulum.Calibrate;

/// <summary>
/// What one history of a pair holds that the calibration moments are computed from: the observed record, or one
/// simulated run as long as the record. Both sides fill the same record and <see cref="Moment"/> reads it the same
/// way, so observed and simulated moments are the same statistic by construction.
/// </summary>
public sealed record PairHistory
{
    /// <summary>Length of the history. Unit: years (of 365.25 days).</summary>
    public required double Years { get; init; }

    /// <summary>Incidents in the history (an incident of several rows counts once).</summary>
    public int Incidents { get; init; }

    /// <summary>Challenges to a core interest in the history.</summary>
    public int CoreChallenges { get; init; }

    /// <summary>
    /// Years the military channel existed in the history (the record: from its opening to the end of coverage; a
    /// simulated run: the whole run). Zero when suspensions are not observed. Unit: years.
    /// </summary>
    public double ChannelYears { get; init; }

    /// <summary>Suspensions of the military channel begun in the history, lifted or not.</summary>
    public int Suspensions { get; init; }

    /// <summary>Lengths of the suspensions lifted within the history (one still running at its end has no length). Unit: days.</summary>
    public IReadOnlyList<double> SuspensionDays { get; init; } = [];

    /// <summary>Share of the history's days the pair spent in the distrust zone, in [0, 1].</summary>
    public double ShareDistrust { get; init; }

    /// <summary>Share of the history's days the pair spent in the trust zone, in [0, 1].</summary>
    public double ShareTrust { get; init; }

    /// <summary>
    /// Crisis episodes the crisis detector finds in the history, those that begin in the counted span; null when the
    /// detector was not run (it runs for the record and the fit's own histories, not for every candidate).
    /// </summary>
    public int? Crises { get; init; }
}
