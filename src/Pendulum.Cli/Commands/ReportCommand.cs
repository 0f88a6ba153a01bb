using System.CommandLine;
using Pendulum.Cli.Output;
using Pendulum.Events;
using Pendulum.Events.Readers;
using Pendulum.Observe;
using Pendulum.Observe.Channels;
using Pendulum.Observe.Pairs;
using Pendulum.Reports;
using Pendulum.Simulate;
using Pendulum.Store;

namespace Pendulum.Cli.Commands;

/// <summary>
/// <c>pendulum report --dyad A-B --out DIR</c>: one self-contained HTML page about a pair, with the charts of the
/// dashboard and of <c>pendulum demo</c>: where it stood, its crises, its channels, and what-if runs of scenarios.
/// </summary>
internal static class ReportCommand
{
    public static Command Create(CliContext context)
    {
        var dyad = new Option<string>("--dyad") { Description = "Two ISO alpha-3 codes, e.g. USA-CHN; both directions count.", Required = true };
        var scenarios = new Option<string[]>("--scenario")
        {
            Description = "Scenario files to run and compare (the first is the base); each must hold the pair. None: no what-if section.",
            AllowMultipleArgumentsPerToken = true,
        };
        var db = CommonOptions.Db();
        var input = new Option<string[]>("--input") { Description = "Event files to read instead of the store.", AllowMultipleArgumentsPerToken = true };
        var from = CommonOptions.Date("--from", "First day (default: the pair's first event)");
        var to = CommonOptions.Date("--to", "Last day (default: the pair's last event)");
        var freq = new Option<string>("--freq") { Description = "Period of the position chart: day, week, month or year. Default month.", DefaultValueFactory = _ => "month" };
        var declared = CommonOptions.DeclaredChannels();
        declared.Description = "Declared channels (default: the shipped data/us-china/channels.yaml when it is about the pair).";
        var parameters = new Option<string?>("--params")
        {
            Description = "Observer parameters (default: the settings chosen from the data: act records when the pair's rows are mostly hand-coded, media volume otherwise).",
        };
        var runs = SimulationArguments.Runs(1000);
        var seed = SimulationArguments.Seed();
        var threads = SimulationArguments.Threads();
        var output = new Option<string>("--out") { Description = "Folder for index.html (made if missing).", Required = true };
        var partners = new Option<string?>("--partners")
        {
            Description = "For a pair read from period aggregates: the first country's partners to set beside it, e.g. JPN,DEU,GBR,CHN,RUS (default: its 12 busiest).",
        };
        var command = new Command("report", "Write one self-contained HTML page about a pair: position, crises, channels and what-if fan charts.")
        {
            dyad, scenarios, db, input, from, to, freq, declared, parameters, runs, seed, threads, output, partners,
        };
        command.SetAction((parse, cancel) => Task.FromResult(Run(context, new ReportArguments(parse.GetValue(dyad)!, parse.GetValue(scenarios) ?? [],
            parse.GetValue(db), parse.GetValue(input) ?? [], parse.GetValue(from), parse.GetValue(to), parse.GetValue(freq)!, parse.GetValue(declared),
            parse.GetValue(parameters), new SimulationOptions { Runs = parse.GetValue(runs), Seed = parse.GetValue(seed), Threads = parse.GetValue(threads) },
            parse.GetValue(output)!, parse.GetValue(partners)), cancel)));
        return command;
    }

    internal sealed record ReportArguments(string Dyad, string[] Scenarios, string? Db, string[] Input, DateOnly? From, DateOnly? To, string Freq,
        string? Declared, string? Parameters, SimulationOptions Simulation, string Out, string? Partners = null);

    internal static int Run(CliContext context, ReportArguments args, CancellationToken cancel)
    {
        var (a, b) = CommonOptions.ParseDyad(args.Dyad);
        if (args.From > args.To)
            throw new UsageException($"--from {args.From:yyyy-MM-dd} is after --to {args.To:yyyy-MM-dd}", "--from");
        if (args.Db is not null && args.Input.Length > 0)
            throw new UsageException("give --db or --input, not both", "--input");
        var frequency = Frequencies.Parse(args.Freq) ?? throw new UsageException($"'{args.Freq}' is not one of day, week, month, year", "--freq");
        if (args.Simulation.Runs < 2)
            throw new UsageException("give at least 2 runs", "--runs");
        if (args.Simulation.Threads < 1)
            throw new UsageException("give at least 1 thread", "--threads");
        // Scenarios are read before any event, so a malformed one is reported at once.
        var scenarios = args.Scenarios.Select(path => LoadScenario(path, a, b)).ToList();

        using var store = args.Input.Length > 0 ? null : OpenStore(args.Db);
        var source = store is null ? PairSource.FromFiles(InputPaths.Expand(args.Input)) : PairSource.FromStore(store);
        var window = new PairWindow(a, b, args.From, args.To).Validate();
        var analysis = PairAnalysis.Run(source, window,
            new PairAnalysisOptions { Frequency = frequency, Declared = Declared(args.Declared, a, b), ParametersFile = args.Parameters }, cancel);
        if (!analysis.SawEvents || analysis.Shown is not var (first, last))
            throw new UsageException($"no events between {a} and {b} ({Display.Range(args.From, args.To)}) in {source.Description}", "--dyad");
        var measurement = analysis.Measurement!;
        var crises = analysis.Crises;
        var inRange = measurement.Periods.Sum(p => p.Events);
        var settings = analysis.Settings;

        var report = new HtmlReport($"{a} - {b}: trust on the pendulum, {first.Year}-{last.Year}");
        report.Paragraph($"Made by `pendulum report --dyad {a}-{b}` from {(store?.Description ?? string.Join(", ", args.Input.Select(Display.Path)))}: "
            + $"{inRange:N0} events between {PairReport.Day(first)} and {PairReport.Day(last)}, read with the {settings.Density.Name().Replace('_', ' ')} "
            + $"settings ({settings}; docs/observer.md).", "lead");
        var aggregates = settings.Density == EvidenceDensity.PeriodAggregates;
        if (aggregates)
        {
            report.Paragraph($"Read from period aggregates (counts per pair, {measurement.Frequency.Name()} and QuadClass): the period is the step, "
                + "one reading per period, and counts carry no events, so this page has no drivers, crises or channels.", "note");
        }

        PairReport.Position(report, measurement, crises.Episodes,
            $"Position by {measurement.Frequency.Name()}; events per period as bars (green cooperative, red conflictual). {settings}.");
        PairReport.Years(report, measurement);
        if (File.Exists(UngaFile))
            AggregateReport.Unga(report, measurement, UngaPairs.Load(UngaFile));
        if (aggregates && store is IPeriodCountStore counts)
        {
            var named = args.Partners is null ? null : CommonOptions.ParseActorList(args.Partners);
            var partners = PartnerReadings.Of(counts, a, named, settings.Observer, cancellationToken: cancel);
            if (partners.All(p => p.Partner != b))
                partners = [.. partners, .. PartnerReadings.Of(counts, a, [b], settings.Observer, cancellationToken: cancel)];
            AggregateReport.Partners(report, a, partners);
        }
        else
        {
            PairReport.Crises(report, crises.Episodes);
            PairReport.Channels(report, analysis.Channels, first, last, $"Channels between {a} and {b}");
        }
        if (scenarios.Count > 0)
        {
            var comparison = ComparisonRunner.Run(scenarios.Select(s => (s.Scenario.Name, s.Scenario)).ToList(), args.Simulation,
                (label, work) => SimulationProgressView.Run(context, label, work), cancel);
            if (comparison.Cancelled)
                return PendulumApp.Cancelled;
            PairReport.WhatIf(report, comparison, scenarios[0].PairKey);
        }

        var path = Path.GetFullPath(Path.Combine(OutputFile.Folder(args.Out), "index.html"));
        using (var file = OutputFile.Create(path))
            file.Write(report.ToString());
        context.Out.WriteLine($"Wrote {path}");
        return ExitCodes.Ok;
    }

    /// <summary>The shipped UN General Assembly series (data/unga/), set beside the pair's years when present.</summary>
    internal static string UngaFile => Path.Combine(AppContext.BaseDirectory, "data", "unga", UngaPairs.FileName);

    private static (Scenario Scenario, string PairKey) LoadScenario(string path, string a, string b)
    {
        var resolved = SimulationArguments.Resolve(path);
        var scenario = ScenarioLoader.Load(resolved);
        var key = scenario.Pairs.FirstOrDefault(p => (p.A, p.B) == (a, b) || (p.A, p.B) == (b, a))?.Key
            ?? throw new UsageException($"{resolved} has no pair {a}-{b}; its pairs: {string.Join(", ", scenario.Pairs.Select(p => p.Key))}", "--scenario");
        return (scenario, key);
    }

    // A store named by path must exist: a report of an empty store made on the spot would only say "no events".
    private static IEventStore OpenStore(string? db)
    {
        var path = db ?? EventStore.DefaultPath;
        if (EventStore.SchemeOf(db) is null && !EventStore.IsConnectionString(db) && !File.Exists(path))
            throw new InputOutputException("no such store; build one with pendulum ingest or pendulum demo, or give --input", path);
        return EventStore.Open(db);
    }

    private static DeclaredChannels Declared(string? declared, string a, string b)
    {
        var shipped = Path.Combine(CalibrateCommand.RecordFolder, "channels.yaml");
        if (declared is null)
            return File.Exists(shipped) && DeclaredChannelsFile.Load(shipped) is var file && file.IsFor(a, b) ? file : DeclaredChannels.None;
        var named = DeclaredChannelsFile.Load(declared);
        return named.IsFor(a, b) ? named : throw new UsageException($"{declared} declares channels of {string.Join("-", named.Pair!)}, not {a}-{b}", "--declared");
    }
}
