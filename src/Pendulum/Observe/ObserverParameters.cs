using Pendulum.Belief;

namespace Pendulum.Observe;

/// <summary>Everything the observer's measurement depends on, in one record that a parameters file overrides.</summary>
public sealed record ObserverParameters
{
    /// <summary>
    /// The parameters for act records (one hand-coded row per act), as data/us-china/observer.yaml holds them: a row
    /// saturates its QuadClass (<c>n0</c> = 1 event) and the weights are 3, 3.75, 4.5 and 5.25 nats at full intensity
    /// (verbal and material cooperation, verbal and material conflict). How they were chosen and what they give:
    /// docs/calibration.md, "Observer parameters for hand-coded rows"; docs/validation.md.
    /// </summary>
    public static ObserverParameters ActRecords { get; } = new()
    {
        Evidence = new EvidenceParameters
        {
            SaturationEvents = 1,
            VerbalCooperationWeight = 3,
            MaterialCooperationWeight = 3.75,
            VerbalConflictWeight = 4.5,
            MaterialConflictWeight = 5.25,
        },
    };

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
