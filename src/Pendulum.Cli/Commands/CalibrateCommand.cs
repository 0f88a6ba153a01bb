using System.CommandLine;
using System.Globalization;
using System.Security.Cryptography;
using Pendulum.Calibrate;
using Pendulum.Cli.Output;
using Pendulum.Events;
using Pendulum.Events.Readers;
using Pendulum.Observe;
using Pendulum.Observe.Pairs;
using Pendulum.Simulate;
using Pendulum.Store;

namespace Pendulum.Cli.Commands;

/// <summary>
/// <c>pendulum calibrate --dyad A-B</c>: fits a scenario's rates, suspension lengths and switching hazards to the
/// pair's record (simulated method of moments, docs/calibration.md); prints observed against simulated moments and
/// writes the fitted scenario.
/// </summary>
internal static class CalibrateCommand
{
    /// <summary>The shipped US-China record, beside the program.</summary>
    public static string RecordFolder => Path.Combine(AppContext.BaseDirectory, "data", "us-china");

    public static Command Create(CliContext context)
    {
        var dyad = new Option<string>("--dyad") { Description = "The pair, two ISO alpha-3 codes, e.g. USA-CHN.", Required = true };
        var scenario = new Option<string>("--scenario")
        {
            Description = "The base scenario to fit (default scenarios/us-china-base.yaml, shipped beside the program).",
            DefaultValueFactory = _ => "scenarios/us-china-base.yaml",
        };
        var db = CommonOptions.Db();
        var input = new Option<string[]>("--input")
        {
            Description = "Event files to read instead of the store (default, without --db: the shipped data/us-china/events.csv).",
            AllowMultipleArgumentsPerToken = true,
        };
        var declared = new Option<string?>("--declared") { Description = "Declared channels with their suspensions (default: the shipped data/us-china/channels.yaml)." };
        var parameters = new Option<string?>("--params")
        {
            Description = "Observer parameters for the zone shares (default: the settings chosen from the data: act records for hand-coded rows, media volume otherwise).",
        };
        var fit = new Option<string?>("--fit") { Description = $"Parameters to fit, comma-separated (default: every one the record identifies): {string.Join(", ", FittedParameter.All.Select(p => p.Name))}." };
        var defaults = new CalibrationOptions();
        var runs = SimulationArguments.Runs(defaults.Runs);
        runs.Description = $"Simulated histories per candidate, the same run seeds for every one (default {defaults.Runs}).";
        var maxEvaluations = new Option<int>("--max-evaluations")
        {
            Description = $"Candidates the Nelder-Mead search may evaluate at most (default {defaults.MaxEvaluations}).",
            DefaultValueFactory = _ => defaults.MaxEvaluations,
        };
        var profilePoints = new Option<int>("--profile-points")
        {
            Description = $"Points of the objective's profile along each fitted parameter, odd, 0 for none (default {defaults.ProfilePoints}).",
            DefaultValueFactory = _ => defaults.ProfilePoints,
        };
        var holdout = new Option<int>("--holdout")
        {
            Description = $"Fit on the record up to the end of this year and predict the later years' moments; 0 for no held-out check (default {defaults.HoldoutYear}).",
            DefaultValueFactory = _ => defaults.HoldoutYear ?? 0,
        };
        var seed = SimulationArguments.Seed();
        var threads = SimulationArguments.Threads();
        var output = new Option<string?>("--out") { Description = "The fitted scenario file to write (default out/NAME-calibrated.yaml)." };
        var format = SimulationArguments.Format();
        var command = new Command("calibrate", "Fit a scenario's rates and suspension lengths to a pair's record by indirect inference; observed against simulated moments, a held-out check.")
        {
            dyad, scenario, db, input, declared, parameters, fit, runs, maxEvaluations, profilePoints, holdout, seed, threads, output, format,
        };
        command.SetAction((parse, cancel) => Task.FromResult(Run(context, new CalibrateArguments(
            parse.GetValue(dyad)!, parse.GetValue(scenario)!, parse.GetValue(db), parse.GetValue(input) ?? [], parse.GetValue(declared),
            parse.GetValue(parameters), parse.GetValue(fit), parse.GetValue(output), parse.GetValue(format)!,
            new CalibrationOptions
            {
                Runs = parse.GetValue(runs),
                MaxEvaluations = parse.GetValue(maxEvaluations),
                ProfilePoints = parse.GetValue(profilePoints),
                HoldoutYear = parse.GetValue(holdout) is var year && year != 0 ? year : null,
                Seed = parse.GetValue(seed),
                Threads = parse.GetValue(threads),
            }), cancel)));
        return command;
    }

    internal sealed record CalibrateArguments(string Dyad, string Scenario, string? Db, string[] Input, string? Declared, string? Parameters,
        string? Fit, string? Out, string Format, CalibrationOptions Options);

    internal static int Run(CliContext context, CalibrateArguments args, CancellationToken cancel)
    {
        var (a, b) = CommonOptions.ParseDyad(args.Dyad);
        if (args.Db is not null && args.Input.Length > 0)
            throw new UsageException("give --db or --input, not both", "--input");
        var options = args.Options with { Fit = ParseFit(args.Fit) };
        options.Validate();
        var scenarioPath = SimulationArguments.Resolve(args.Scenario);
        var scenario = ScenarioLoader.Load(scenarioPath);
        var pairKey = scenario.Pairs.FirstOrDefault(p => (p.A, p.B) == (a, b) || (p.A, p.B) == (b, a))?.Key
            ?? throw new UsageException($"{scenarioPath} has no pair {a}-{b}; its pairs: {string.Join(", ", scenario.Pairs.Select(p => p.Key))}", "--dyad");

        var shipped = args.Db is null && args.Input.Length == 0;
        var header = new List<string> { $"Calibrated by `pendulum calibrate --dyad {a}-{b}` on the record of {pairKey}:" };
        var (events, source) = ReadEvents(args, shipped, a, b, header, cancel);
        var channels = ReadDeclared(args.Declared, shipped, a, b, header, context);
        // The one settings choice of a pair analysis (docs/observer.md, "Settings"): from the data, or --params.
        var settings = ObserverSettings.Choose(ObserverSettings.DensityOf(events), args.Parameters);
        header.Add($"  observer {settings}" + (args.Parameters is { } p ? $", from {Display.Path(p)} (SHA-256 {Sha256(p)[..16]})" : ""));
        var read = events.Where(settings.Reads).ToList();
        var reading = new RecordOptions { Observer = settings.Observer, Crises = settings.Crises };
        var record = ObservedRecord.Read(read, a, b, channels, reading);
        foreach (var (moment, reason) in record.Unobserved)
            context.Error.WriteLine($"pendulum: {moment.Name} is not in the record ({reason}); it is left out of the fit.");

        // Both outputs are named before the long work, so that a folder that cannot be made fails first.
        var outPath = Path.GetFullPath(args.Out ?? Path.Combine("out", Path.GetFileNameWithoutExtension(scenarioPath) + "-calibrated.yaml"));
        var profilePath = Path.Combine(Path.GetDirectoryName(outPath)!, Path.GetFileNameWithoutExtension(outPath) + "-profile.csv");
        var folder = OutputFile.Folder(Path.GetDirectoryName(outPath)!);
        var result = SimulationProgressView.Run(context, "calibrate", progress =>
            RecordCalibration.Run(scenario, pairKey, read, channels, reading, record, options, progress, cancel));

        var extends = Extends(folder, Path.GetFullPath(scenarioPath));
        header.Add(string.Create(CultureInfo.InvariantCulture, $"  span: {record.From:yyyy-MM-dd} .. {record.To:yyyy-MM-dd} ({record.History.Years:0.0} years)"));
        using (var file = OutputFile.Create(outPath))
            file.Write(FittedScenarioFile.Write(result, extends, Path.GetFileNameWithoutExtension(outPath), header));
        ProfileCsv.Write(profilePath, result);

        CalibrationOutput.Write(context, result, record, source, outPath, profilePath, args.Format);
        context.Error.WriteLine($"Wrote {outPath} and {profilePath}");
        return ExitCodes.Ok;
    }

    // The base as the fitted file names it: relative to the file's folder when the two share a top folder, else absolute.
    private static string Extends(string folder, string basePath)
    {
        var relative = Path.GetRelativePath(folder, basePath);
        var top = Path.GetFullPath(folder).Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        var shared = top is not null && basePath.Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() == top;
        return (shared ? relative : basePath).Replace('\\', '/');
    }

    private static List<FittedParameter>? ParseFit(string? fit) => fit?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(name => FittedParameter.Parse(name)
            ?? throw new UsageException($"unknown parameter '{name}'; known: {string.Join(", ", FittedParameter.All.Select(p => p.Name))}", "--fit"))
        .Distinct()
        .ToList();

    private static (List<CodedEvent> Events, string Source) ReadEvents(CalibrateArguments args, bool shipped, string a, string b,
        List<string> header, CancellationToken cancel)
    {
        if (args.Db is not null)
        {
            using var store = EventStore.Open(args.Db);
            header.Add($"  events: the store {store.Description}");
            return (store.Events(new EventQuery(a, b), cancel).ToList(), store.Description);
        }

        var files = shipped ? [Path.Combine(RecordFolder, "events.csv")] : InputPaths.Expand(args.Input);
        var events = new List<CodedEvent>();
        var options = new EventReaderOptions { Actors = new HashSet<string>(StringComparer.Ordinal) { a, b }, ActorMatch = ActorMatch.Touching };
        foreach (var path in files)
        {
            using (var reader = EventFile.Open(path, EventFormat.Auto, options))
                events.AddRange(reader.ReadEvents(cancel));
            header.Add($"  events: {Display.Path(path)} (SHA-256 {Sha256(path)[..16]})");
        }

        return (events, string.Join(", ", files.Select(Display.Path)));
    }

    // The shipped declared channels go with the shipped record only: their coverage sets the span, which would be
    // wrong for another record of the same pair.
    private static SuspensionRecord? ReadDeclared(string? declared, bool shipped, string a, string b, List<string> header, CliContext context)
    {
        var path = declared ?? Path.Combine(RecordFolder, "channels.yaml");
        if (declared is null && (!shipped || !File.Exists(path)))
            return null;
        var record = SuspensionRecord.Load(path);
        if (!record.IsFor(a, b))
        {
            if (declared is not null)
                throw new UsageException($"{path} declares the channels of {string.Join("-", record.Pair!)}, not {a}-{b}", "--declared");
            context.Error.WriteLine($"pendulum: the shipped channels.yaml is about {string.Join("-", record.Pair!)}; {a}-{b} has no declared suspensions.");
            return null;
        }

        header.Add($"  declared channels: {Display.Path(path)} (SHA-256 {Sha256(path)[..16]})");
        return record;
    }

    private static string Sha256(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return Convert.ToHexStringLower(SHA256.HashData(stream));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputOutputException($"cannot read: {e.Message}", path, e);
        }
    }
}
