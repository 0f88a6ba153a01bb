namespace Pendulum.Observe.Channels;

/// <summary>When a quiet channel counts as dormant, and how much evidence a status change keeps.</summary>
public sealed record ChannelTrackerOptions
{
    /// <summary>
    /// A channel is dormant once it has had no activity for more than this many of its usual intervals (the median
    /// number of days between its activity days so far). Unit: intervals. Default 3. Source: docs/model.md section 3
    /// ("its gap exceeds k times its usual interval").
    /// </summary>
    public double DormantAfterIntervals { get; init; } = 3;

    /// <summary>
    /// The shortest silence that can make a channel dormant, however frequent its activity: a channel busy every day
    /// is not dormant after a quiet week. Unit: days. Default 30.
    /// </summary>
    public int MinimumDormantGapDays { get; init; } = 30;

    /// <summary>
    /// Activity intervals needed before the usual interval is trusted. Unit: intervals. Default 2.
    /// </summary>
    public int MinimumIntervals { get; init; } = 2;

    /// <summary>
    /// The silence that makes a channel dormant while its usual interval is not yet known. Unit: days. Default 180:
    /// about the shortest published suspension of US-China military exchanges (five months in 2008-09, docs/model.md
    /// section 4), so a silence that long is worth reporting.
    /// </summary>
    public int DormantGapWithoutHistoryDays { get; init; } = 180;

    /// <summary>Events kept per status change (the strongest). Unit: events. Default 10.</summary>
    public int EventsPerChange { get; init; } = 10;

    /// <summary>Throws <see cref="UsageException"/> naming the first option out of range.</summary>
    public ChannelTrackerOptions Validate()
    {
        if (!(DormantAfterIntervals > 0) || !double.IsFinite(DormantAfterIntervals))
            throw new UsageException("must be a finite number > 0", nameof(DormantAfterIntervals));
        if (MinimumDormantGapDays < 1)
            throw new UsageException("must be at least 1", nameof(MinimumDormantGapDays));
        if (MinimumIntervals < 1)
            throw new UsageException("must be at least 1", nameof(MinimumIntervals));
        if (DormantGapWithoutHistoryDays < MinimumDormantGapDays)
            throw new UsageException("must be at least MinimumDormantGapDays", nameof(DormantGapWithoutHistoryDays));
        if (EventsPerChange < 0)
            throw new UsageException("must be at least 0", nameof(EventsPerChange));
        return this;
    }
}
