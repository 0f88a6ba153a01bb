using Pendulum.Channels;
using Pendulum.Events;
using Pendulum.Observe.Channels;

namespace Pendulum.Observe.Crises;

/// <summary>What made an episode's first day abnormal.</summary>
public enum CrisisTrigger
{
    /// <summary>Material-conflict intensity above its baseline.</summary>
    Intensity,

    /// <summary>A fall of <c>mu</c> beyond the threshold.</summary>
    MuDrop,

    /// <summary>Both at once.</summary>
    Both,
}

/// <summary>Names of <see cref="CrisisTrigger"/> as outputs spell them.</summary>
public static class CrisisTriggers
{
    /// <summary><c>intensity</c>, <c>mu_drop</c> or <c>both</c>.</summary>
    public static string Name(this CrisisTrigger trigger) => trigger switch
    {
        CrisisTrigger.MuDrop => "mu_drop",
        CrisisTrigger.Both => "both",
        _ => "intensity",
    };
}

/// <summary>One crisis episode of a pair.</summary>
/// <param name="Start">First abnormal day.</param>
/// <param name="Peak">Day of highest intensity (the earliest of equals); the day of lowest <c>mu</c> when intensity stayed at 0.</param>
/// <param name="End">The last day before the pair recovered (see <see cref="CrisisDetectorOptions.RecoveryMargin"/>), the last
/// day of the longest duration when <paramref name="Unresolved"/>, or the last day of the data when <paramref name="Ongoing"/>.</param>
/// <param name="Severity">
/// <see cref="ExcessIntensity"/> + <see cref="CrisisDetectorOptions.MuDropWeight"/> * <see cref="MuDrop"/>, in intensity-days.
/// </param>
/// <param name="ExcessIntensity">Sum over the episode's days of intensity above that day's baseline median (intensity-days).</param>
/// <param name="MuDrop">Highest <c>mu</c> in the window before the start minus the lowest during the episode (0 if none).</param>
/// <param name="PeakIntensity">Intensity on <see cref="Peak"/>.</param>
/// <param name="Trigger">What made the first day abnormal.</param>
/// <param name="Ongoing">True when the data end before the pair recovered (and before the longest duration).</param>
/// <param name="Triggers">The events of the start day (or the latest earlier day with events), most conflictual first.</param>
/// <param name="SuspendedChannels">
/// Channels whose suspension began during the episode or within <see cref="CrisisDetectorOptions.SuspensionNearDays"/> of
/// it; declared channels first, then inferred ones, each by the day the suspension began.
/// </param>
/// <param name="Unresolved">True when the pair had not recovered after <see cref="CrisisDetectorOptions.LongestEpisodeDays"/>.</param>
public sealed record CrisisEpisode(DateOnly Start, DateOnly Peak, DateOnly End, double Severity, double ExcessIntensity,
    double MuDrop, double PeakIntensity, CrisisTrigger Trigger, bool Ongoing, IReadOnlyList<CodedEvent> Triggers,
    IReadOnlyList<SuspendedChannel> SuspendedChannels, bool Unresolved = false)
{
    /// <summary>Days from start to end, both included.</summary>
    public int Days => End.DayNumber - Start.DayNumber + 1;
}

/// <summary>A channel suspended during an episode.</summary>
/// <param name="Name">The channel.</param>
/// <param name="Kind">Its kind.</param>
/// <param name="Since">The day the suspension began (possibly before the episode).</param>
/// <param name="Until">The day it ended, or null if it had not by the end of the data.</param>
/// <param name="Reason">Why it was suspended (the timeline's reason).</param>
/// <param name="Declared">True for a channel declared in a file, false for one the rules inferred.</param>
public sealed record SuspendedChannel(string Name, ChannelKind Kind, DateOnly Since, DateOnly? Until, string Reason, bool Declared = false);

/// <summary>How the detector saw one day (for charts and for checking a threshold by eye).</summary>
/// <param name="Date">The day.</param>
/// <param name="Intensity">Its material-conflict intensity.</param>
/// <param name="BaselineMedian">Median intensity over the trailing window.</param>
/// <param name="Threshold">The intensity above which the day is abnormal.</param>
/// <param name="Mu">The pair's belief.</param>
/// <param name="MuDrop">Fall of <c>mu</c> from its highest value in the trailing window.</param>
/// <param name="IntensityAbnormal">Intensity above the threshold.</param>
/// <param name="MuAbnormal">Fall of <c>mu</c> beyond its threshold.</param>
public readonly record struct CrisisDay(DateOnly Date, double Intensity, double BaselineMedian, double Threshold, double Mu,
    double MuDrop, bool IntensityAbnormal, bool MuAbnormal)
{
    /// <summary>Either signal abnormal.</summary>
    public bool Abnormal => IntensityAbnormal || MuAbnormal;
}

/// <summary>What the detector found: the episodes and its reading of every day.</summary>
public sealed record CrisisDetection(IReadOnlyList<CrisisEpisode> Episodes, IReadOnlyList<CrisisDay> Days);
