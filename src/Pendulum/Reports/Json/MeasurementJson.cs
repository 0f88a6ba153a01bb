using Pendulum.Belief;
using Pendulum.Events.Cameo;
using Pendulum.Observe;

namespace Pendulum.Reports.Json;

/// <summary>A pair's measurement as JSON (docs/cli.md, "measure output fields").</summary>
/// <param name="Pair">The pair as asked, <c>USA-CHN</c>: A is the first code.</param>
/// <param name="Freq">Period length: <c>day</c>, <c>week</c>, <c>month</c> or <c>year</c>.</param>
/// <param name="Settings">The settings used (name, content hash, density); null for a measurement made outside a pair analysis.</param>
/// <param name="Params">The observer parameters used.</param>
/// <param name="Periods">One entry per period, empty periods included.</param>
public sealed record MeasurementJson(string Pair, string Freq, SettingsJson? Settings, ObserverParametersJson Params, IReadOnlyList<PeriodJson> Periods)
{
    public static MeasurementJson From(PairMeasurement m) => new(
        $"{m.CountryA}-{m.CountryB}", m.Frequency.Name(), m.Settings is { } s ? SettingsJson.From(s) : null, ObserverParametersJson.From(m.Parameters),
        m.Periods.Select(p => PeriodJson.From(m, p)).ToList());
}

/// <summary>One period; see <see cref="PeriodMeasure"/> for the meaning of each field.</summary>
public sealed record PeriodJson(
    DateOnly Period,
    long Events,
    long EventsAb,
    long EventsBa,
    QuadCountsJson QuadCounts,
    double GoldsteinSum,
    double? GoldsteinMean,
    double? GoldsteinMeanWeighted,
    double? CooperativeShare,
    long? VolumeA,
    long? VolumeB,
    double? ShareOfVolumeA,
    double? ShareOfVolumeB,
    double MuAb,
    double MuBa,
    double Position,
    string Zone,
    bool HasEvents,
    double? PositionMean,
    double? PositionMin,
    DateOnly? PositionMinDate,
    double? PositionMax,
    double? PositionEnd,
    ZoneSharesJson? ZoneShares,
    double? PositionLow,
    double? PositionHigh,
    double? MuLowerMin,
    string? LowerZone,
    double PriorDriftAb,
    double PriorDriftBa,
    IReadOnlyList<DriverJson> Drivers)
{
    public static PeriodJson From(PairMeasurement m, PeriodMeasure p)
    {
        var s = p.Summary;
        return new(
            p.Period, p.Events, p.EventsAb, p.EventsBa, QuadCountsJson.From(p.QuadCounts), p.GoldsteinSum, p.GoldsteinMean,
            p.GoldsteinMeanWeighted, p.CooperativeShare, p.VolumeA, p.VolumeB, p.ShareOfVolumeA, p.ShareOfVolumeB, p.MuAb, p.MuBa,
            p.Position, p.Zone.Name(), p.Events > 0, s?.PositionMean, s?.PositionMin, s?.PositionMinDate, s?.PositionMax, s?.PositionEnd,
            s is null ? null : new ZoneSharesJson(s.DistrustShare, s.UnderstandingShare, s.TrustShare), s?.PositionLow, s?.PositionHigh,
            s?.MuLowerMin, s?.LowerZone.Name(), p.PriorDriftAb, p.PriorDriftBa, p.Drivers.Select(d => DriverJson.From(m, d)).ToList());
    }
}

/// <summary>Share of the period's days in each zone.</summary>
public sealed record ZoneSharesJson(double Distrust, double Understanding, double Trust);

/// <summary>Events of both directions by QuadClass.</summary>
public sealed record QuadCountsJson(long VerbalCooperation, long MaterialCooperation, long VerbalConflict, long MaterialConflict)
{
    public static QuadCountsJson From(IReadOnlyList<long> counts) => new(counts[0], counts[1], counts[2], counts[3]);
}

/// <summary>
/// An event that moved a belief in its period: <c>direction</c> (<c>USA->CHN</c>) says whose action it was, toward whom;
/// <c>contribution</c> is its share of its day's evidence, in nats of log-odds (see <see cref="Driver"/>). The other
/// fields are the event's own.
/// </summary>
public sealed record DriverJson(
    DateOnly Date,
    string Direction,
    string Dataset,
    string EventId,
    string Cameo,
    string? CameoName,
    double Goldstein,
    int Mentions,
    double Contribution,
    double MuChange,
    string? Description,
    string? Url)
{
    public static DriverJson From(PairMeasurement m, Driver d)
    {
        var e = d.Event;
        var direction = e.Source.Country == m.CountryA ? $"{m.CountryA}->{m.CountryB}" : $"{m.CountryB}->{m.CountryA}";
        return new(e.Date, direction, e.Dataset, e.EventId, e.CameoCode, CameoCodebook.Default.NameOf(e.CameoCode), e.Goldstein,
            e.Mentions, d.Contribution, d.MuChange, e.Description, e.Url);
    }
}

/// <summary>The parameters a measurement used, with the same keys as the parameters file.</summary>
public sealed record ObserverParametersJson(int DriversPerPeriod, BeliefParametersJson Belief, EvidenceParametersJson Evidence)
{
    public static ObserverParametersJson From(ObserverParameters p) => new(
        p.DriversPerPeriod,
        new(p.Belief.HazardTrustworthyToGreedy, p.Belief.HazardGreedyToTrustworthy, p.Belief.DistrustBelow, p.Belief.TrustAbove, p.Belief.Hysteresis),
        new(p.Evidence.VerbalCooperationWeight, p.Evidence.MaterialCooperationWeight, p.Evidence.VerbalConflictWeight,
            p.Evidence.MaterialConflictWeight, p.Evidence.SaturationEvents));
}

/// <summary>See <see cref="BeliefParameters"/>.</summary>
public sealed record BeliefParametersJson(double HazardTrustworthyToGreedy, double HazardGreedyToTrustworthy, double DistrustBelow,
    double TrustAbove, double Hysteresis);

/// <summary>See <see cref="EvidenceParameters"/>.</summary>
public sealed record EvidenceParametersJson(double VerbalCooperationWeight, double MaterialCooperationWeight, double VerbalConflictWeight,
    double MaterialConflictWeight, double SaturationEvents);
