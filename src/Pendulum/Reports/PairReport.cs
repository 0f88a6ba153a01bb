using System.Globalization;
using Pendulum.Belief;
using Pendulum.Events.Cameo;
using Pendulum.Observe;
using Pendulum.Observe.Channels;
using Pendulum.Observe.Crises;
using Pendulum.Simulate;

namespace Pendulum.Reports;

/// <summary>
/// The sections a pair's report is made of (where it stood, its crises, its channels, what-if runs), written once for
/// <c>pendulum demo</c> and <c>pendulum report</c> so both draw the same charts with the same words.
/// </summary>
public static class PairReport
{
    /// <summary>The outcomes a report's difference table shows, in order.</summary>
    public static IReadOnlyList<string> OutcomesShown { get; } =
        ["crises_per_decade", "top_rung", "share_distrust", "share_understanding", "share_trust", "mistaken_distrust", "misplaced_trust", "belief_brier"];

    /// <summary>The position chart with crisis bands, under a heading.</summary>
    public static void Position(HtmlReport report, PairMeasurement measurement, IReadOnlyList<CrisisEpisode> crises, string caption)
    {
        report.Heading("Where the pair stood");
        report.Paragraph("The pendulum position runs from -1 (distrust) to +1 (trust); the middle band is strategic understanding. "
            + "The thin lines are each side's belief that the other is a security seeker; orange bands are crisis episodes.");
        report.Figure(PositionChart.Render(measurement, crises.Select(e => (e.Start, e.End)).ToList()), caption);
    }

    /// <summary>The crisis episodes as a table (or a sentence when there are none).</summary>
    /// <summary>
    /// The year table: mean position and low point with its month, the lowest belief of either side and its zone, the
    /// events, and the strongest event; a year without events says so instead of printing the drift of the prior.
    /// </summary>
    public static void Years(HtmlReport report, PairMeasurement measurement)
    {
        report.Heading("Year by year");
        report.Paragraph("Mean of the daily positions and the year's low point (with its month); the lowest belief of either side "
            + "(mu_lower_min) and its zone, so one-sided distrust is not hidden by the average; a year's end alone would hide "
            + "a crisis earlier in it." + (measurement.Settings is { } s ? $" {s}." : ""), "note");
        report.Table(["year", "mean", "low", "low month", "lowest mu", "its zone", "events", "strongest event"],
            YearReading.Of(measurement).Select(y => (IReadOnlyList<string>)(y.HasEvents
                ? [y.Year.ToString(CultureInfo.InvariantCulture), Signed(y.Mean), Signed(y.Low), y.LowDate.ToString("yyyy-MM", CultureInfo.InvariantCulture),
                    Number(y.MuLowerMin), y.LowerZone.Name(), y.Events.ToString(CultureInfo.InvariantCulture),
                    y.Top?.Event is { } e ? $"{Day(e.Date)} {e.Source.Country}->{e.Target.Country} {e.Description ?? e.CameoCode}" : ""]
                : [y.Year.ToString(CultureInfo.InvariantCulture), "no events", "", "", "", "", "0", "only the drift of the prior"])));
    }

    private static string Signed(double value) => NumberFormat.Table(value, "+0.000;-0.000;0.000");

    public static void Crises(HtmlReport report, IReadOnlyList<CrisisEpisode> episodes)
    {
        report.Heading("Crises");
        if (episodes.Count == 0)
        {
            report.Paragraph("No crisis episode in this range: no day of material conflict far above its usual level and no sharp fall of trust.");
            return;
        }

        report.Table(["start", "peak", "end", "severity", "trigger", "channels suspended"], episodes.Select(e => (IReadOnlyList<string>)
        [
            Day(e.Start), Day(e.Peak), Day(e.End) + (e.Ongoing ? " (ongoing)" : ""), e.Severity.ToString("0.0", CultureInfo.InvariantCulture),
            e.Triggers.FirstOrDefault() is { } t ? t.Description ?? CameoCodebook.Default.NameOf(t.CameoCode) ?? t.CameoCode : "", string.Join(", ", e.SuspendedChannels.Select(s => s.Name).Distinct()),
        ]));
    }

    /// <summary>The channel timeline chart (or a sentence when there are no channels).</summary>
    public static void Channels(HtmlReport report, IReadOnlyList<ChannelTimeline> timelines, DateOnly from, DateOnly to, string title)
    {
        report.Heading("Channels");
        if (timelines.Count == 0)
        {
            report.Paragraph("No channel in this range: no summit, dialogue, exchange or hotline event, and none declared.");
            return;
        }

        report.Figure(ChannelChart.Render(timelines, from, to, title),
            "Each channel's status over time: active, dormant (silent much longer than usual) or suspended.");
    }

    /// <summary>The rows of <paramref name="differences"/> a report shows: the pair's, for <see cref="OutcomesShown"/>.</summary>
    public static IReadOnlyList<OutcomeDifference> Shown(ScenarioDifferences differences, string pairKey) =>
        [.. differences.Rows.Where(d => d.Pair == pairKey && OutcomesShown.Contains(d.Outcome.Name))];

    /// <summary>
    /// Fan charts of every scenario compared (<see cref="ComparisonRunner.Run"/>, with per-step quantiles) and, with two
    /// or more, the table of differences from the first for the pair <paramref name="pairKey"/>.
    /// </summary>
    public static void WhatIf(HtmlReport report, ComparisonResult comparison, string pairKey)
    {
        var results = comparison.Scenarios;
        report.Heading("What if");
        report.Paragraph($"{comparison.Runs:N0} runs of each scenario, seed {comparison.Seed}, run r of every scenario on the same random stream. "
            + "Each panel shows the simulated pendulum position over the horizon: the median, the middle half and 90% of runs. "
            + "Time in distrust counts correct distrust of a greedy state as much as mistaken distrust of a security seeker; "
            + "the last three rows say how right the beliefs were, against the types the simulator knows.");
        var zones = results[0].Scenario.Zones;
        report.Figure(FanChart.Render(results.Select(r => new FanSeries(r.Label, r.Scenario.Start, r.Scenario.Step == TimeStep.Day ? 1 : 365.25 / 12,
            r.Result.Steps!.Table(0, StepSeries.Position))).ToList(), zones.DistrustBelow, zones.TrustAbove), "Fan charts of the simulated position.");
        if (comparison.Differences.Count == 0)
            return;
        report.Table(["scenario", "outcome", "base", "scenario", "difference", "95% interval"], comparison.Differences.SelectMany(d => Shown(d, pairKey).Select(r => (IReadOnlyList<string>)
        [
            d.B, r.Outcome.Label, Number(r.A.Mean), Number(r.B.Mean), Signed(r.Difference.Mean),
            double.IsFinite(r.Difference.Low) ? $"[{Signed(r.Difference.Low)}, {Signed(r.Difference.High)}]" : "-",
        ])));
    }

    public static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Three decimals, or <c>-</c> for a value no run had (<see cref="NumberFormat"/>'s rule).</summary>
    public static string Number(double? value) => NumberFormat.Table(value, "0.000");
}
