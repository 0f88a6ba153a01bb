namespace Pendulum.Observe.Pairs;

/// <summary>
/// How densely a pair's rows record what happened, which decides how events become evidence (docs/model.md section 3,
/// "Three kinds of evidence, one filter"; docs/observer.md, "Settings").
/// </summary>
public enum EvidenceDensity
{
    /// <summary>Media volume (GDELT, ICEWS): one real act is reported as many rows; the saturating sum of section 3.</summary>
    MediaVolume,

    /// <summary>Act records (hand-coded Pendulum CSV): one row per act, each an observation of its own.</summary>
    ActRecords,

    /// <summary>
    /// Period aggregates (pair x period x QuadClass counts, as ICEWS and other providers publish them): the period is
    /// the step (<see cref="PeriodAggregateObserver"/>). A pair with period counts in the store and no event rows.
    /// </summary>
    PeriodAggregates,
}

/// <summary>Names of <see cref="EvidenceDensity"/> as outputs and files spell them.</summary>
public static class EvidenceDensities
{
    /// <summary><c>media_volume</c>, <c>act_records</c> or <c>period_aggregates</c>.</summary>
    public static string Name(this EvidenceDensity density) => density switch
    {
        EvidenceDensity.ActRecords => "act_records",
        EvidenceDensity.PeriodAggregates => "period_aggregates",
        _ => "media_volume",
    };
}
