using Pendulum.Belief;

namespace Pendulum.Observe;

/// <summary>Everything the observer's measurement depends on, in one record that a parameters file overrides.</summary>
public sealed record ObserverParameters
{
    /// <summary>The belief filter's hazards and zones (one step = one day).</summary>
    public BeliefParameters Belief { get; init; } = new();

    /// <summary>How events become evidence.</summary>
    public EvidenceParameters Evidence { get; init; } = new();

    /// <summary>
    /// Events listed as a period's drivers. Unit: events per period. Default 5. Source: Pendulum's choice, enough to
    /// explain a month at a glance.
    /// </summary>
    public int DriversPerPeriod { get; init; } = 5;

    /// <summary>Throws <see cref="UsageException"/> naming the first parameter out of range.</summary>
    public ObserverParameters Validate()
    {
        Belief.Validate();
        Evidence.Validate();
        if (DriversPerPeriod is < 0 or > 1000)
            throw new UsageException("must lie in 0..1000", nameof(DriversPerPeriod));
        return this;
    }
}
