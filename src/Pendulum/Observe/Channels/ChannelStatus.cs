using Pendulum.Channels;

namespace Pendulum.Observe.Channels;

/// <summary>Where a channel stands (docs/model.md section 3, "Channels").</summary>
public enum ChannelStatus
{
    /// <summary>Events of the channel are occurring (its first activity, or a declared opening).</summary>
    Active,

    /// <summary>No event for longer than <see cref="ChannelTrackerOptions.DormantAfterIntervals"/> usual intervals.</summary>
    Dormant,

    /// <summary>A reduce-relations event named it, or a declared suspension began.</summary>
    Suspended,

    /// <summary>The first activity after a suspension or dormancy (or a declared suspension's end): active again.</summary>
    Resumed,

    /// <summary>A declared channel's last day (its <c>closed</c> date): it was replaced or abandoned.</summary>
    Closed,
}

/// <summary>Names of <see cref="ChannelStatus"/> as outputs spell them.</summary>
public static class ChannelStatuses
{
    /// <summary><c>active</c>, <c>dormant</c>, <c>suspended</c> or <c>resumed</c>.</summary>
    public static string Name(this ChannelStatus status) => status switch
    {
        ChannelStatus.Dormant => "dormant",
        ChannelStatus.Suspended => "suspended",
        ChannelStatus.Resumed => "resumed",
        ChannelStatus.Closed => "closed",
        _ => "active",
    };
}

/// <summary>One change of a channel's status and what caused it.</summary>
/// <param name="Date">The day the status changed.</param>
/// <param name="Status">The status from that day.</param>
/// <param name="Reason">Why, in words (<c>no activity for 412 days (usual interval 21 days)</c>).</param>
/// <param name="EventCount">How many events of the channel that day caused the change (0 for dormancy and declarations).</param>
/// <param name="Events">
/// Those events, strongest first (most conflictual for a suspension, most mentioned for activity), at most
/// <see cref="ChannelTrackerOptions.EventsPerChange"/>.
/// </param>
public sealed record ChannelStatusChange(DateOnly Date, ChannelStatus Status, string Reason, int EventCount,
    IReadOnlyList<Pendulum.Events.CodedEvent> Events);

/// <summary>A channel's status over a date range.</summary>
/// <param name="Name">
/// The channel's name: a declared channel's id, the kind's name for a channel found by the rules, or the name a
/// hand-coded event gave.
/// </param>
/// <param name="Kind">Its kind.</param>
/// <param name="Declaration">Its declaration, when it comes from a declared-channels file.</param>
/// <param name="Changes">Status changes in date order; the first one opens the timeline.</param>
/// <param name="ActivityEvents">Activity events seen in the range.</param>
/// <param name="ActiveDays">Distinct days with activity.</param>
/// <param name="UsualIntervalDays">Median days between activity days at the end of the range; null with too few.</param>
public sealed record ChannelTimeline(string Name, ChannelKind Kind, DeclaredChannel? Declaration,
    IReadOnlyList<ChannelStatusChange> Changes, int ActivityEvents, int ActiveDays, double? UsualIntervalDays)
{
    /// <summary>True when the channel comes from a declared-channels file.</summary>
    public bool Declared => Declaration is not null;

    /// <summary>The status on <paramref name="date"/>; null before the timeline opens.</summary>
    public ChannelStatus? StatusOn(DateOnly date)
    {
        ChannelStatus? status = null;
        foreach (var change in Changes)
        {
            if (change.Date > date)
                break;
            status = change.Status;
        }

        return status;
    }

    /// <summary>
    /// The suspensions in force at some point of [<paramref name="from"/>, <paramref name="to"/>]: each as the change
    /// that began it and the day it ended (the next change), null when it had not ended by the end of the timeline.
    /// </summary>
    public IReadOnlyList<(ChannelStatusChange Start, DateOnly? Until)> SuspensionsDuring(DateOnly from, DateOnly to)
    {
        var found = new List<(ChannelStatusChange, DateOnly?)>();
        for (var i = 0; i < Changes.Count; i++)
        {
            if (Changes[i].Status != ChannelStatus.Suspended)
                continue;
            DateOnly? until = i + 1 < Changes.Count ? Changes[i + 1].Date : null;
            if (Changes[i].Date <= to && (until is null || until > from))
                found.Add((Changes[i], until));
        }

        return found;
    }
}
