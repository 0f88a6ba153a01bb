using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Pendulum.Belief;
using Pendulum.Calibrate;
using Pendulum.Cli.Output;
using Pendulum.Events;
using Pendulum.Events.Readers;
using Pendulum.Ingest;
using Pendulum.Observe;
using Pendulum.Observe.Channels;
using Pendulum.Observe.Crises;
using Pendulum.Observe.Pairs;
using Pendulum.Reports;
using Pendulum.Simulate;
using Pendulum.Store;

namespace Pendulum.Cli.Commands;

/// <summary>
/// <c>pendulum demo</c>: the main job end to end on the shipped US-China record and the bundled real samples: build the
/// store, measure the pair, calibrate the base scenario, run the what-ifs, and write a one-file report.
/// </summary>
internal static class DemoCommand
{
    // The pair the record, the calibration and the what-if table are about.
    private const string Pair = "USA-CHN";

    private static readonly DateOnly RecordFrom = new(1979, 1, 1);

    // The last month the record covers (channels.yaml, coverage.to): the demo reads the whole record.
    private static readonly DateOnly RecordTo = new(2025, 11, 30);

    private static readonly (string File, string Label)[] Variants =
    [
        ("us-china-base.yaml", "base (calibrated)"),
        ("us-china-no-hotline.yaml", "no hotline"),
        ("us-china-military-never-suspended.yaml", "military exchanges never suspended"),
        ("us-china-yearly-summits.yaml", "yearly summits"),
    ];

    /// <summary>Where the bundled samples sit beside the program (copied there by the build from <c>data/samples</c>).</summary>
    public static string SamplesFolder => Path.Combine(AppContext.BaseDirectory, "data", "samples");

    public static Command Create(CliContext context)
    {
        var db = CommonOptions.Db();
        var output = new Option<string>("--out") { Description = "Folder for the report and the fitted scenario.", DefaultValueFactory = _ => "pendulum-report" };
        var runs = new Option<int>("--runs") { Description = "Simulated runs per scenario (at least 2,000 for the published figures).", DefaultValueFactory = _ => 2000 };
        var seed = new Option<ulong>("--seed") { Description = "Master seed: the same seed gives the same results.", DefaultValueFactory = _ => 1 };
        var threads = new Option<int>("--threads") { Description = "Worker threads; results do not depend on it.", DefaultValueFactory = _ => CommonOptions.DefaultThreads(Environment.ProcessorCount) };
        var checkedOnly = new Option<bool>("--checked-only")
        {
            Description = "Use only the record's rows whose source was read (checked column), leaving out those named from knowledge.",
        };
        var command = new Command("demo", "The main job on the shipped US-China record: store, measure, calibrate, what-if runs, report.")
        {
            db, output, runs, seed, threads, checkedOnly,
        };
        command.SetAction((parse, cancel) => RunAsync(context, parse.GetValue(db), parse.GetValue(output)!, parse.GetValue(runs),
            parse.GetValue(seed), parse.GetValue(threads), cancel, parse.GetValue(checkedOnly)));
        return command;
    }

    internal static async Task<int> RunAsync(CliContext context, string? db, string outFolder, int runs, ulong seed, int threads,
        CancellationToken cancel, bool checkedOnly = false)
    {
        if (runs < 2)
            throw new UsageException("give at least 2 runs", "--runs");
        if (threads < 1)
            throw new UsageException("give at least 1 thread", "--threads");
        var clock = Stopwatch.StartNew();
        var output = context.Out;
        var record = CalibrateCommand.RecordFolder;
        var declared = DeclaredChannelsFile.Load(Path.Combine(record, "channels.yaml"));
        Directory.CreateDirectory(outFolder);

        // 1. The store.
        Step(output, 1, "building the store from the US-China record and the bundled GDELT and ICEWS samples");
        using var store = EventStore.Open(db);
        var recordRows = await Ingest(context, store, [Path.Combine(record, "events.csv"), .. Samples()], checkedOnly, cancel);

        // 2. The observer: one analysis of the pair, with the settings chosen from the data (the record's rows are most
        // of the pair's, so act records: the hand-coded rows only, not the 2018 GDELT and ICEWS samples beside them).
        // `pendulum crises --dyad USA-CHN`, `report` and the dashboard make the same analysis and print the same episodes.
        // The whole record, as `crises --dyad USA-CHN` with no other option reads it: an episode still open at the end
        // of the record ends on its last event in both.
        var window = new PairWindow("USA", "CHN");
        var analysis = PairAnalysis.Run(PairSource.FromStore(store), window,
            new PairAnalysisOptions { Frequency = Frequency.Month, Declared = declared }, cancel);
        var observer = analysis.Settings.Observer;
        Step(output, 2, $"where USA-CHN stood, {RecordFrom.Year}-{RecordTo.Year} ({analysis.Settings})");
        var inRecord = store.Events(new EventQuery("USA", "CHN", RecordFrom, RecordTo), cancel).Where(analysis.Settings.Reads).ToList();
        var measurement = analysis.Measurement!;
        WriteYears(output, measurement);
        var crises = analysis.Crises;
        WriteCrises(output, crises);

        // 3. Calibration.
        Step(output, 3, "calibrating the base scenario's rates to the record (indirect inference)");
        var baseScenario = ScenarioLoader.Load(Scenario(Variants[0].File));
        var channels = SuspensionRecord.Load(Path.Combine(record, "channels.yaml"));
        var reading = new RecordOptions { Observer = observer, Crises = analysis.Settings.Crises };
        var observed = ObservedRecord.Read(inRecord, "USA", "CHN", channels, reading);
        var budget = CalibrationBudget(runs, seed, threads);
        var calibration = SimulationProgressView.Run(context, "calibrate", progress => RecordCalibration.Run(baseScenario, Pair, inRecord, channels,
            reading, observed, budget, progress, cancel));
        WriteCalibration(output, calibration);
        var fittedPath = Path.Combine(outFolder, "us-china-calibrated.yaml");
        File.WriteAllText(fittedPath, FittedScenarioFile.Write(calibration, Path.GetFullPath(Scenario(Variants[0].File)).Replace('\\', '/'),
            "us-china-calibrated", [$"Calibrated by `pendulum demo` (seed {seed}) on data/us-china/events.csv and channels.yaml."]));
        ProfileCsv.Write(Path.Combine(outFolder, "us-china-calibrated-profile.csv"), calibration);

        // 4. What-if runs, every variant with the fitted rates, on the same run seeds.
        Step(output, 4, $"what if: the calibrated base and three variants, {runs:N0} runs each on the same seeds");
        var overrides = calibration.Parameters.Where(p => p.Fitted)
            .Select(p => new ScenarioOverride(p.Path, FittedScenarioFile.Number(p.Value), "calibration")).ToList();
        var comparison = ComparisonRunner.Run(
            Variants.Select(v => (v.Label, ScenarioLoader.Load(Scenario(v.File), overrides))).ToList(),
            new SimulationOptions { Runs = runs, Seed = seed, Threads = threads },
            (label, work) => SimulationProgressView.Run(context, label, work), cancel);
        if (comparison.Cancelled)
            return PendulumApp.Cancelled;
        WriteDifferences(output, comparison);

        // 5. The report.
        Step(output, 5, "writing the report");
        var reportPath = Path.Combine(outFolder, "index.html");
        var unga = UngaSeries.Load(Path.Combine(record, "unga"));
        File.WriteAllText(reportPath, Report(measurement, crises, calibration, comparison, recordRows, checkedOnly,
            YearlyRows(inRecord), unga));

        output.WriteLine();
        output.WriteLine($"Done in {clock.Elapsed.TotalSeconds:0} s. Wrote {Path.GetFullPath(reportPath)} and {Path.GetFullPath(fittedPath)}.");
        output.WriteLine("Next, try:");
        output.WriteLine("  pendulum measure --dyad USA-CHN --freq year --chart usa-chn.svg");
        output.WriteLine("  pendulum crises --dyad USA-CHN --format json");
        output.WriteLine($"  pendulum compare scenarios/us-china-base.yaml scenarios/us-china-no-hotline.yaml --runs {runs}");
        output.WriteLine("  pendulum games tournament --players Cooperator,Defector,TitForTat,Grudger --turns 10");
        return ExitCodes.Ok;
    }

    // The demo's budget, smaller than calibrate's default (50 histories a candidate, 60 candidates) so that the whole demo
    // stays under a minute; it says so where it prints the fit. A quick look (--runs below 200, as in the tests) is
    // smaller still.
    private static CalibrationOptions CalibrationBudget(int runs, ulong seed, int threads) => runs < 200
        ? new CalibrationOptions { Runs = 4, MaxEvaluations = 6, ProfilePoints = 3, Seed = seed, Threads = threads }
        : new CalibrationOptions { Runs = 16, MaxEvaluations = 30, ProfilePoints = 5, Seed = seed, Threads = threads };

    private static string BudgetWords(CalibrationOptions o) => string.Create(CultureInfo.InvariantCulture,
        $"The demo's budget: {o.Runs} histories a candidate and at most {o.MaxEvaluations} candidates (calibrate's default: {new CalibrationOptions().Runs} and {new CalibrationOptions().MaxEvaluations}); the 5-95% ranges rest on {o.Runs} histories. Run `pendulum calibrate --dyad USA-CHN` for the full fit.");

    private static IEnumerable<string> Samples()
    {
        if (!Directory.Exists(SamplesFolder))
            throw new InputOutputException("the bundled samples are missing from the build output", SamplesFolder);
        return Directory.EnumerateFiles(SamplesFolder, "*", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal);
    }

    private static string Scenario(string file) => SimulationArguments.Resolve(Path.Combine("scenarios", file));

    private static void Step(TextWriter output, int n, string what)
    {
        output.WriteLine();
        output.WriteLine($"[{n}/5] {what}");
    }

    // Returns the events kept from the first file, the record. With checkedOnly the record's unchecked rows are left out
    // (the samples have no checked column and are read whole).
    private static async Task<long> Ingest(CliContext context, IEventStore store, IReadOnlyList<string> files, bool checkedOnly,
        CancellationToken cancel)
    {
        var ingester = new EventIngester(store, context.Time);
        long recordRows = 0;
        var options = new IngestOptions { Reader = new EventReaderOptions { CheckedOnly = checkedOnly } };
        foreach (var file in files)
        {
            var result = await ingester.IngestFileAsync(file, options, null, cancel);
            var leftOut = result.Report.RowsUnchecked > 0 ? $", {result.Report.RowsUnchecked:N0} unchecked left out" : "";
            // The ICEWS dyad-year table holds counts per pair and year, not events (docs/formats.md, "Period aggregates").
            var kind = result.File.Format == Events.Aggregates.PeriodCountFile.FormatName ? "pair-periods" : "events";
            context.Out.WriteLine($"  {Display.Path(file)}: {result.File.RowsKept:N0} {kind}, {result.File.RowsInserted:N0} new{leftOut} ({result.Report.FormatDetail})");
            if (recordRows == 0)
                recordRows = result.File.RowsKept;
        }

        return recordRows;
    }

    // The hand-coded rows per year and direction, for the table beside the UN votes.
    private static SortedDictionary<int, (int FromUsa, int FromChina)> YearlyRows(IEnumerable<CodedEvent> recordEvents)
    {
        var years = new SortedDictionary<int, (int FromUsa, int FromChina)>();
        foreach (var e in recordEvents)
        {
            var (usa, china) = years.GetValueOrDefault(e.Date.Year);
            years[e.Date.Year] = e.Source.Country == "USA" ? (usa + 1, china) : (usa, china + 1);
        }

        return years;
    }

    // The year as analysts read it: the mean over its days and its low point with the month, the lowest belief of
    // either side and its zone (a year's last month hides the crisis earlier in it), beside its strongest event.
    private static void WriteYears(TextWriter output, PairMeasurement m)
    {
        output.WriteLine("  year   mean  low (month)  lowest mu        strongest event of the year");
        foreach (var y in YearReading.Of(m))
        {
            if (!y.HasEvents)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {y.Year}  no events: only the prior's drift ({y.Mean:+0.00;-0.00;0.00})"));
                continue;
            }

            var what = y.Top is not { Event: var e } ? "" : $"{e.Date:MM-dd} {e.Source.Country}->{e.Target.Country} {Shorten(e.Description ?? e.CameoCode, 60)}";
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {y.Year}  {y.Mean,5:+0.00;-0.00;0.00}  {y.Low,5:+0.00;-0.00;0.00} ({y.LowDate:MMM})  {y.MuLowerMin,5:0.00} {y.LowerZone.Name(),-13}  {what}"));
        }
    }

    private static void WriteCrises(TextWriter output, PairCrisisAnalysis crises)
    {
        output.WriteLine($"  {crises.Episodes.Count} crisis episode(s):");
        foreach (var e in crises.Episodes)
        {
            var trigger = e.Triggers.FirstOrDefault() is { } t ? Shorten(t.Description ?? t.CameoCode, 60) : "";
            var suspended = e.SuspendedChannels.Count == 0 ? "" : $"; suspended: {string.Join(", ", e.SuspendedChannels.Select(s => s.Name).Distinct())}";
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {e.Start:yyyy-MM-dd} .. {e.End:yyyy-MM-dd}  severity {e.Severity:0.0}  {trigger}{suspended}"));
        }

        var suspensions = crises.Timelines.Where(t => t.Declared)
            .SelectMany(t => t.SuspensionsDuring(RecordFrom, RecordTo).Select(s => (t.Name, s.Start.Date, s.Until)))
            .OrderBy(s => s.Date).ToList();
        output.WriteLine($"  {suspensions.Count} declared channel suspension(s):");
        foreach (var (name, from, until) in suspensions)
            output.WriteLine($"    {from:yyyy-MM-dd} .. {(until is { } u ? u.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "open")}  {name}");
    }

    private static void WriteCalibration(TextWriter output, CalibrationResult result)
    {
        output.WriteLine("  " + BudgetWords(result.Options));
        WriteMoments(output, result.Moments);
        foreach (var p in result.Parameters.Where(p => p.Fitted))
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  fitted {p.Path} = {FittedScenarioFile.Number(p.Value)}{(p.AtBound ? " (at a bound of the range searched)" : "")}"));
        if (result.Holdout is { Note: null } holdout)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  held-out check: fitted to {holdout.Year}, predicting {holdout.From:yyyy}-{holdout.To:yyyy}:"));
            WriteMoments(output, holdout.Moments);
        }

        foreach (var line in result.Verdict)
            output.WriteLine("  " + line);
    }

    private static void WriteMoments(TextWriter output, IReadOnlyList<MomentFit> moments)
    {
        output.WriteLine("  moment                              observed   simulated   5-95% of histories      z");
        foreach (var m in moments)
        {
            var range = m.Simulated.Histories > 0 ? $"{F(m.Simulated.P5)} to {F(m.Simulated.P95)}" : "";
            var matched = m.Matched == false ? "  not matched" : "";
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {Shorten(m.Moment.Label, 34),-34}  {F(m.Observed),9}  {F(m.Simulated.Mean),10}  {range,-20}  {(m.Z is { } z ? z.ToString("+0.00;-0.00", CultureInfo.InvariantCulture) : ""),5}{matched}"));
        }
    }

    private static void WriteDifferences(TextWriter output, ComparisonResult comparison)
    {
        output.WriteLine($"  difference from {comparison.Scenarios[0].Label}, with 95% intervals (paired runs):");
        foreach (var differences in comparison.Differences)
        {
            output.WriteLine($"  {differences.B}:");
            foreach (var d in PairReport.Shown(differences, Pair))
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"    {d.Outcome.Label,-30} {d.A.Mean,8:0.000} -> {d.B.Mean,8:0.000}   {d.Difference.Mean,+8:+0.000;-0.000;0.000}  [{d.Difference.Low:+0.000;-0.000;0.000}, {d.Difference.High:+0.000;-0.000;0.000}]"));
            }
        }
    }

    private static string Report(PairMeasurement measurement, PairCrisisAnalysis crises, CalibrationResult calibration,
        ComparisonResult comparison, long recordRows, bool checkedOnly,
        SortedDictionary<int, (int FromUsa, int FromChina)> yearlyRows, UngaSeries unga)
    {
        var report = new HtmlReport($"United States - China: trust on the pendulum, {RecordFrom.Year}-{RecordTo.Year}, and what-ifs");
        var which = checkedOnly ? " (only the rows whose source was read: --checked-only)" : "";
        report.Paragraph("Made by `pendulum demo` from the hand-coded US-China record shipped with Pendulum (data/us-china): "
            + $"{recordRows:N0} dated, sourced events{which}, {RecordFrom:yyyy-MM} to {RecordTo:yyyy-MM}, and the declared channels with their "
            + "suspensions. Hand-coded events are a selection of milestones, not media volume; they are read with the settings for act "
            + $"records ({measurement.Settings}; docs/observer.md).", "lead");
        PairReport.Position(report, measurement, crises.Episodes,
            $"Monthly position from the hand-coded record; events per month as bars (green cooperative, red conflictual). {measurement.Settings}.");
        PairReport.Years(report, measurement);
        PairReport.Crises(report, crises.Episodes);
        PairReport.Channels(report, crises.Timelines.Where(t => t.Declared).ToList(), RecordFrom, RecordTo, "Declared channels of the pair");

        report.Heading("Calibration");
        CalibrationReport.Section(report, calibration, BudgetWords(calibration.Options));

        UngaTable(report, yearlyRows, unga);

        PairReport.WhatIf(report, comparison, Pair);
        report.Paragraph("Read the differences, not the levels: the model is simple and its levels depend on rates fitted to a few dozen milestones.", "note");
        return report.ToString();
    }

    private static void UngaTable(HtmlReport report, SortedDictionary<int, (int FromUsa, int FromChina)> yearlyRows, UngaSeries unga)
    {
        if (unga.Years.Count == 0)
            return;
        report.Heading("Beside the UN General Assembly votes");
        report.Paragraph("The record's rows per year next to how the two governments voted in the UN General Assembly: vote agreement "
            + "(yes 1, abstain 0.5, no 0, averaged over the roll calls both voted on; Voeten's data as packaged in unvotes, to 2019) and the "
            + "distance between their ideal points (column absdist_fp of Bailey, Strezhnev and Voeten's July 2025 release, to 2024). Provenance: "
            + "data/us-china/unga/PROVENANCE.md. The votes are a different instrument: a check on the record, not part of its evidence.", "note");
        var first = Math.Min(RecordFrom.Year, unga.Years.Keys.Min());
        var last = Math.Max(yearlyRows.Count == 0 ? RecordFrom.Year : yearlyRows.Keys.Max(), unga.Years.Keys.Max());
        var rows = new List<IReadOnlyList<string>>();
        for (var year = Math.Max(first, RecordFrom.Year); year <= last; year++)
        {
            var (usa, china) = yearlyRows.GetValueOrDefault(year);
            unga.Years.TryGetValue(year, out var u);
            rows.Add([year.ToString(CultureInfo.InvariantCulture), usa.ToString(CultureInfo.InvariantCulture), china.ToString(CultureInfo.InvariantCulture),
                u.Agreement is { } a ? a.ToString("0.000", CultureInfo.InvariantCulture) : "",
                u.Distance is { } d ? d.ToString("0.000", CultureInfo.InvariantCulture) : ""]);
        }

        report.Table(["year", "rows USA->CHN", "rows CHN->USA", "UNGA vote agreement", "UNGA ideal-point distance"], rows);
    }

    private static string F(double? value) => PairReport.Number(value);

    private static string Shorten(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
