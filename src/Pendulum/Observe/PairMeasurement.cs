using Pendulum.Belief;

namespace Pendulum.Observe;

/// <summary>Where a pair stood, period by period.</summary>
/// <param name="CountryA">First country of the pair (ISO alpha-3).</param>
/// <param name="CountryB">Second country.</param>
/// <param name="Frequency">Period length.</param>
/// <param name="Parameters">The parameters used, reported with the result so it can be reproduced.</param>
/// <param name="Periods">One entry per period from the first to the last day measured, empty periods included.</param>
public sealed record PairMeasurement(string CountryA, string CountryB, Frequency Frequency, ObserverParameters Parameters,
    IReadOnlyList<PeriodMeasure> Periods)
{
    /// <summary>The settings the measurement was made with, when it was made through <see cref="Pairs.PairAnalysis"/>.</summary>
    public Pairs.ObserverSettings? Settings { get; init; }
}

/// <summary>One period of a pair's measurement. Beliefs are as of the period's last day.</summary>
/// <param name="Period">First day of the period.</param>
/// <param name="EventsAb">Events with A as source and B as target.</param>
/// <param name="EventsBa">Events with B as source and A as target.</param>
/// <param name="QuadCounts">Events of both directions by QuadClass 1..4 (index 0 is QuadClass 1).</param>
/// <param name="GoldsteinSum">Sum of Goldstein values, both directions.</param>
/// <param name="GoldsteinMean">Mean Goldstein value, both directions; null without events.</param>
/// <param name="GoldsteinMeanWeighted">Mention-weighted mean Goldstein value; null without events.</param>
/// <param name="CooperativeShare">Share of events in QuadClass 1 or 2; null without events.</param>
/// <param name="VolumeA">All events of A (with any partner) in the period, when known.</param>
/// <param name="VolumeB">All events of B in the period, when known.</param>
/// <param name="MuAb">How far B can trust A (belief that A is trustworthy, from A's actions toward B), in [0, 1].</param>
/// <param name="MuBa">How far A can trust B.</param>
/// <param name="Position">The pair's pendulum position in [-1, 1].</param>
/// <param name="Zone">The pair's zone, with hysteresis, on <c>(position + 1) / 2</c>.</param>
/// <param name="Drivers">The events that moved the beliefs most in the period, strongest first.</param>
public sealed record PeriodMeasure(
    DateOnly Period,
    long EventsAb,
    long EventsBa,
    IReadOnlyList<long> QuadCounts,
    double GoldsteinSum,
    double? GoldsteinMean,
    double? GoldsteinMeanWeighted,
    double? CooperativeShare,
    long? VolumeA,
    long? VolumeB,
    double MuAb,
    double MuBa,
    double Position,
    TrustZone Zone,
    IReadOnlyList<Driver> Drivers)
{
    /// <summary>
    /// The period as analysts read it: mean, lowest and highest position, zone shares, an interval and the lowest belief
    /// (docs/observer.md, "Period summaries"); null for a period with no day measured.
    /// </summary>
    public PeriodSummary? Summary { get; init; }

    /// <summary>
    /// How far the predict step moved <c>mu_ab</c> toward the prior over the period, summed over its days (units of
    /// <c>mu</c>, signed): the movement no event explains, to be read beside the drivers.
    /// </summary>
    public double PriorDriftAb { get; init; }

    /// <summary>The same for <c>mu_ba</c>.</summary>
    public double PriorDriftBa { get; init; }

    /// <summary>Events of both directions.</summary>
    public long Events => EventsAb + EventsBa;

    /// <summary>Share of A's events in the period that target B; null when A's volume is unknown or zero.</summary>
    public double? ShareOfVolumeA => VolumeA is > 0 ? (double)EventsAb / VolumeA : null;

    /// <summary>Share of B's events in the period that target A.</summary>
    public double? ShareOfVolumeB => VolumeB is > 0 ? (double)EventsBa / VolumeB : null;
}

/// <summary>An event and how much it moved a belief.</summary>
/// <param name="Event">The event.</param>
/// <param name="Contribution">
/// Its share of its day's evidence, in nats of log-odds: positive raised trust in the event's source, negative lowered
/// it. A day's evidence is split among its events in proportion to mentions times Goldstein within each QuadClass,
/// so the contributions of a day add up to its evidence exactly.
/// </param>
public sealed record Driver(Events.CodedEvent Event, double Contribution)
{
    /// <summary>
    /// How much it moved the belief in its source, in units of <c>mu</c>, signed: its share of its day's evidence times
    /// the change that evidence made to <c>mu</c> after the day's drift toward the prior. Drivers are ranked by it.
    /// </summary>
    public double MuChange { get; init; }
}
