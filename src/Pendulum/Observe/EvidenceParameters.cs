using Pendulum.Events;

namespace Pendulum.Observe;

/// <summary>
/// How a day's events between two states become evidence for the belief filter (docs/model.md section 3):
/// <c>E_t = sum_q k_q (g_q / 10) (1 - exp(-n_q / n0))</c>, with <c>g_q</c> the mention-weighted mean Goldstein value
/// and <c>n_q</c> the number of events of QuadClass q that day. Evidence grows with intensity and volume but saturates,
/// because one real event is reported as many rows.
/// </summary>
public sealed record EvidenceParameters
{
    /// <summary>
    /// Weight of verbal cooperation. Unit: log-odds (nats) per day at full intensity (Goldstein 10, saturated volume).
    /// Default 0.05. Source: docs/model.md section 3 (words weigh less than deeds); to be calibrated.
    /// </summary>
    public double VerbalCooperationWeight { get; init; } = 0.05;

    /// <summary>Weight of material cooperation. Unit: nats per day at full intensity. Default 0.4. Source: docs/model.md section 3 (costly signals).</summary>
    public double MaterialCooperationWeight { get; init; } = 0.4;

    /// <summary>Weight of verbal conflict. Unit: nats per day at full intensity. Default 0.1. Source: docs/model.md section 3.</summary>
    public double VerbalConflictWeight { get; init; } = 0.1;

    /// <summary>Weight of material conflict. Unit: nats per day at full intensity. Default 0.6. Source: docs/model.md section 3.</summary>
    public double MaterialConflictWeight { get; init; } = 0.6;

    /// <summary>
    /// Volume at which a QuadClass's evidence reaches 63% of its maximum (1 - 1/e). Unit: events per day. Default 5.
    /// Source: docs/model.md section 3.
    /// </summary>
    public double SaturationEvents { get; init; } = 5;

    /// <summary>The weight <c>k_q</c> of a QuadClass.</summary>
    public double WeightOf(QuadClass quad) => quad switch
    {
        QuadClass.VerbalCooperation => VerbalCooperationWeight,
        QuadClass.MaterialCooperation => MaterialCooperationWeight,
        QuadClass.VerbalConflict => VerbalConflictWeight,
        _ => MaterialConflictWeight,
    };

    /// <summary>
    /// The same weights times <paramref name="factor"/>: another member of the one-parameter family the act-record
    /// scale is chosen from (docs/validation.md), the saturation unchanged.
    /// </summary>
    public EvidenceParameters ScaledBy(double factor) => this with
    {
        VerbalCooperationWeight = VerbalCooperationWeight * factor,
        MaterialCooperationWeight = MaterialCooperationWeight * factor,
        VerbalConflictWeight = VerbalConflictWeight * factor,
        MaterialConflictWeight = MaterialConflictWeight * factor,
    };

    /// <summary>Throws <see cref="UsageException"/> naming the first parameter out of range.</summary>
    public EvidenceParameters Validate()
    {
        foreach (var (value, name) in new[]
                 {
                     (VerbalCooperationWeight, nameof(VerbalCooperationWeight)),
                     (MaterialCooperationWeight, nameof(MaterialCooperationWeight)),
                     (VerbalConflictWeight, nameof(VerbalConflictWeight)),
                     (MaterialConflictWeight, nameof(MaterialConflictWeight)),
                 })
        {
            if (!(value >= 0) || !double.IsFinite(value))
                throw new UsageException("must be a finite number >= 0", name);
        }

        if (!(SaturationEvents > 0) || !double.IsFinite(SaturationEvents))
            throw new UsageException("must be a finite number > 0", nameof(SaturationEvents));
        return this;
    }
}
