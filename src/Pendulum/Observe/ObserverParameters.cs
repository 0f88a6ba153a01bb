using Pendulum.Belief;

namespace Pendulum.Observe;

/// <summary>Everything the observer's measurement depends on, in one record that a parameters file overrides.</summary>
public sealed record ObserverParameters
{
    /// <summary>
    /// The parameters for act records (one hand-coded row per act): a row saturates its QuadClass (<c>n0</c> = 1 event)
    /// and the weights are 2.5, 3.125, 3.75 and 4.375 nats at full intensity (verbal and material cooperation, verbal and
    /// material conflict): the one-parameter family of data/us-china/observer.yaml at scale m = 1.25, the smallest on
    /// its grid that reads every crisis the coders tagged up to 2001 as distrust within 14 days with the belief's
    /// four-year hazards, chosen on those four and scored on the three after (recall 3/3; docs/validation.md). The
    /// file keeps m = 1.5, chosen in sample.
    /// </summary>
    public static ObserverParameters ActRecords { get; } = new()
    {
        Evidence = new EvidenceParameters
        {
            SaturationEvents = 1,
            VerbalCooperationWeight = 2.5,
            MaterialCooperationWeight = 3.125,
            VerbalConflictWeight = 3.75,
            MaterialConflictWeight = 4.375,
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
