namespace Pendulum.Belief;

/// <summary>The three zones of the trust pendulum.</summary>
public enum TrustZone
{
    /// <summary><c>mu</c> below <see cref="BeliefParameters.DistrustBelow"/>.</summary>
    Distrust,

    /// <summary>The wide middle: neither side expects the worst, nor takes cooperation for granted.</summary>
    Understanding,

    /// <summary><c>mu</c> above <see cref="BeliefParameters.TrustAbove"/>.</summary>
    Trust,
}

/// <summary>Zone classification with hysteresis: a zone changes only once <c>mu</c> is clearly past an edge.</summary>
public static class TrustZones
{
    /// <summary>The zone of <paramref name="mu"/> with no history (plain edges, no hysteresis).</summary>
    public static TrustZone Of(double mu, BeliefParameters parameters) =>
        mu < parameters.DistrustBelow ? TrustZone.Distrust
        : mu > parameters.TrustAbove ? TrustZone.Trust
        : TrustZone.Understanding;

    /// <summary>
    /// The zone after <paramref name="mu"/>, given the zone before: leaving a zone takes crossing its edge by
    /// <see cref="BeliefParameters.Hysteresis"/>.
    /// </summary>
    public static TrustZone Next(TrustZone current, double mu, BeliefParameters parameters)
    {
        var h = parameters.Hysteresis;
        return current switch
        {
            TrustZone.Distrust => mu > parameters.TrustAbove + h ? TrustZone.Trust
                : mu > parameters.DistrustBelow + h ? TrustZone.Understanding
                : TrustZone.Distrust,
            TrustZone.Trust => mu < parameters.DistrustBelow - h ? TrustZone.Distrust
                : mu < parameters.TrustAbove - h ? TrustZone.Understanding
                : TrustZone.Trust,
            _ => mu < parameters.DistrustBelow - h ? TrustZone.Distrust
                : mu > parameters.TrustAbove + h ? TrustZone.Trust
                : TrustZone.Understanding,
        };
    }

    /// <summary>The zone's name as outputs spell it: <c>distrust</c>, <c>understanding</c>, <c>trust</c>.</summary>
    public static string Name(this TrustZone zone) => zone switch
    {
        TrustZone.Distrust => "distrust",
        TrustZone.Trust => "trust",
        _ => "understanding",
    };
}
