using System.Globalization;
using Pendulum.Events;
using Pendulum.Simulate;

namespace Pendulum.Calibrate;

/// <summary>
/// Calibration to a pair's record, end to end: the fit on the whole record (<see cref="Calibrator"/>) and the held-out
/// check, a second fit on the years up to <see cref="CalibrationOptions.HoldoutYear"/> whose histories, as long as the
/// whole record, predict the later years' moments (docs/calibration.md, "Held-out check").
/// </summary>
public static class RecordCalibration
{
    /// <param name="scenario">The base scenario.</param>
    /// <param name="pairKey">The pair to fit, as the scenario names it.</param>
    /// <param name="events">The record's rows (the pair's; others are ignored), as read for <paramref name="record"/>.</param>
    /// <param name="channels">The declared channels the record was read with; null when none.</param>
    /// <param name="reading">The options the record was read with.</param>
    /// <param name="record">The whole record, read from <paramref name="events"/> with <paramref name="reading"/>.</param>
    /// <param name="options">Budget, seed, threads, parameters, the held-out year.</param>
    /// <param name="progress">Told the runs done out of the most both fits may need.</param>
    /// <param name="cancel">Stops the work; throws <see cref="OperationCanceledException"/>.</param>
    public static CalibrationResult Run(Scenario scenario, string pairKey, IReadOnlyList<CodedEvent> events, SuspensionRecord? channels,
        RecordOptions reading, ObservedRecord record, CalibrationOptions options, IProgress<SimulationProgress>? progress = null,
        CancellationToken cancel = default)
    {
        options.Validate();
        var pair = Calibrator.PairIndex(scenario, pairKey);
        var (a, b) = (scenario.Pairs[pair].A, scenario.Pairs[pair].B);
        var fitted = Calibrator.Choose(record, options.Fit);
        var counter = new RunCounter(progress);
        counter.Expect(Calibrator.Budget(options, fitted.Count, withProfiles: true));

        if (options.HoldoutYear is not { } year)
            return Calibrator.Fit(scenario, pairKey, record, options, counter, cancel);
        var split = new DateOnly(year + 1, 1, 1);
        if (split <= record.From || split > record.To)
        {
            var result = Calibrator.Fit(scenario, pairKey, record, options, counter, cancel);
            return result with
            {
                Holdout = new HoldoutResult(year, null, null, [], [], string.Create(CultureInfo.InvariantCulture,
                    $"no held-out check: the record ({record.From:yyyy-MM-dd} .. {record.To:yyyy-MM-dd}) does not reach both sides of the end of {year}")),
            };
        }

        var early = ObservedRecord.Read(events, a, b, channels, reading with { From = record.From, To = split.AddDays(-1), CountFrom = null });
        var late = ObservedRecord.Read(events, a, b, channels, reading with { From = record.From, To = record.To, CountFrom = split });
        // The earlier years fit what the whole record fits and they identify; the rest stays at the base's values (the
        // whole record's fit would carry the held-out years into the check).
        var earlyOptions = options with { Fit = [.. fitted.Where(p => Calibrator.Identifies(early, p))], ProfilePoints = 0, HistoryYears = null };
        counter.Expect(Calibrator.Budget(earlyOptions, earlyOptions.Fit.Count, withProfiles: false) + options.Runs);

        var whole = Calibrator.Fit(scenario, pairKey, record, options, counter, cancel);
        var earlyFit = Calibrator.Fit(scenario, pairKey, early, earlyOptions, counter, cancel);

        // The prediction: histories of the early fit as long as the whole record, read from their start, counted from
        // the held-out years' first day, as the record's later years are.
        var years = options.HistoryYears ?? Math.Max(1, (int)Math.Round((record.To.DayNumber - record.From.DayNumber + 1) / ObservedRecord.DaysPerYear));
        var predicted = SimulatedHistories.Estimate([earlyFit.Fitted with { Years = years }], pair, options.Runs, options.Seed, options.Threads,
            HistoryReading.Of(record).WithCrises(record) with { CountFromDay = split.DayNumber - record.From.DayNumber }, counter.Add, cancel)[0];
        var scales = Calibrator.Scales(predicted, late.History);
        var moments = Moment.All.Select((m, i) => Calibrator.Compare(m, late.Value(m), predicted[i], scales[i], late.Unobserved)).ToList();
        var holdout = new HoldoutResult(year, split, record.To, earlyFit.Parameters, moments, null);
        var verdict = whole.Verdict.Append(Calibrator.Matching(moments, string.Create(CultureInfo.InvariantCulture,
            $" of the held-out years {split:yyyy}-{record.To:yyyy} (fitted to {record.From:yyyy}-{year})"))).ToList();
        return whole with { Holdout = holdout, TotalRuns = counter.Done, Verdict = verdict };
    }
}
