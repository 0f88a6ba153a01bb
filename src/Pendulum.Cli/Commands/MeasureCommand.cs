using System.CommandLine;
using Pendulum.Cli.Output;
using Pendulum.Events.Readers;
using Pendulum.Observe;
using Pendulum.Observe.Pairs;
using Pendulum.Store;

namespace Pendulum.Cli.Commands;

/// <summary><c>pendulum measure --dyad A-B</c>: where a pair stood on the trust pendulum, period by period, and why.</summary>
internal static class MeasureCommand
{
    public static Command Create(CliContext context)
    {
        var dyad = new Option<string?>("--dyad") { Description = "Two ISO alpha-3 codes, e.g. USA-CHN." };
        var actors = new Option<string?>("--actors") { Description = "Several countries, e.g. USA,CHN,JPN,RUS: every pair is measured (instead of --dyad)." };
        var at = new Option<string?>("--at") { Description = "With --actors: the matrix of pair positions as of this day (YYYY-MM-DD) or the end of this month (YYYY-MM)." };
        var freq = new Option<string>("--freq") { Description = "Period length: day, week, month or year.", DefaultValueFactory = _ => "month" }
            .AcceptOnlyFromAmong("day", "week", "month", "year");
        var from = CommonOptions.Date("--from", "First day shown; the pair's earlier history is still read, so the first period does not restart at the prior");
        var to = CommonOptions.Date("--to", "Last day measured");
        var parameters = CommonOptions.Parameters();
        var input = new Option<string[]>("--input") { Description = "Measure straight from event files (streaming, nothing stored) instead of the store.", AllowMultipleArgumentsPerToken = true };
        var format = CommonOptions.TableFormat();
        var output = CommonOptions.TableOut();
        var chart = new Option<string?>("--chart") { Description = "Also write an SVG chart of the position over time to this file." };
        var db = CommonOptions.Db();
        var compare = new Option<string?>("--compare-with")
        {
            Description = "Set an outside series beside the yearly mean position: unga (UN General Assembly vote agreement and ideal-point distance). "
                + "With --dyad, that pair; with --actors and one country, that country with every partner in the store; correlations on stderr.",
        }.AcceptOnlyFromAmong("unga");
        var command = new Command("measure", "Measure a pair: event series, trust beliefs both ways, pendulum position, zone and the events that moved it.")
        {
            dyad, actors, at, freq, from, to, parameters, input, format, output, chart, db, compare,
        };
        command.SetAction((parse, cancel) => Run(context, new MeasureArguments(
            parse.GetValue(dyad), parse.GetValue(actors), parse.GetValue(at), Frequencies.Parse(parse.GetValue(freq)!)!.Value,
            parse.GetValue(from), parse.GetValue(to), parse.GetValue(parameters), parse.GetValue(input) ?? [], parse.GetValue(format)!,
            parse.GetValue(chart), parse.GetValue(db), parse.GetValue(output), parse.GetValue(compare)), cancel));
        return command;
    }

    internal sealed record MeasureArguments(string? Dyad, string? Actors, string? At, Frequency Frequency, DateOnly? From, DateOnly? To,
        string? Parameters, string[] Input, string Format, string? Chart, string? Db, string? Out = null, string? CompareWith = null);

    internal static Task<int> Run(CliContext context, MeasureArguments args, CancellationToken cancel)
    {
        if ((args.Dyad is null) == (args.Actors is null))
            throw new UsageException("give either --dyad A-B or --actors A,B,C", "--dyad");
        if (args.From > args.To)
            throw new UsageException($"--from {args.From:yyyy-MM-dd} is after --to {args.To:yyyy-MM-dd}", "--from");
        if (args.At is not null && args.Actors is null)
            throw new UsageException("--at gives a matrix of several pairs: use it with --actors", "--at");
        if (args.CompareWith is not null)
            return Task.FromResult(MeasureComparison.Run(context, args, cancel));
        if (args.Actors is not null)
        {
            var parameters = args.Parameters is null ? new ObserverParameters() : ObserverParametersFile.Load(args.Parameters);
            return Task.FromResult(RunMany(context, args, parameters, cancel));
        }

        var (a, b) = CommonOptions.ParseDyad(args.Dyad!);
        var window = new PairWindow(a, b, args.From, args.To).Validate();
        using var store = args.Input.Length > 0 ? null : EventStore.Open(args.Db);
        var source = store is null ? PairSource.FromFiles(InputPaths.Expand(args.Input)) : PairSource.FromStore(store);
        // The chart marks the crisis episodes the `crises` command reports for the same pair and window: one analysis.
        var analysis = PairAnalysis.Run(source, window, new PairAnalysisOptions
        {
            Frequency = args.Frequency,
            ParametersFile = args.Parameters,
            CrisesAndChannels = args.Chart is not null,
        }, cancel);
        var measurement = analysis.Measurement!;
        if (analysis.Settings.Density == EvidenceDensity.PeriodAggregates)
            PairRequest.ReportPeriodAggregates(context.Error, window, measurement.Frequency, args.Frequency);
        if (measurement.Periods.All(p => p.Events == 0))
            PairRequest.ReportNoEvents(context.Error, window, source.Description);

        TableOutput.Write(args.Format, args.Out, TableSchemas.Measurement, context.Out, (f, w) => MeasurementOutput.Write(measurement, f, w));
        if (args.Chart is not null)
        {
            var crises = analysis.Crises.Episodes.Select(e => (e.Start, e.End)).ToList();
            File.WriteAllText(args.Chart, Reports.PositionChart.Render(measurement, crises));
            context.Error.WriteLine($"Chart written to {args.Chart} ({crises.Count} crisis episode(s) marked)");
        }

        return Task.FromResult(ExitCodes.Ok);
    }

    private static int RunMany(CliContext context, MeasureArguments args, ObserverParameters parameters, CancellationToken cancel)
    {
        var countries = CommonOptions.ParseActorList(args.Actors!);
        var at = args.At is null ? (DateOnly?)null : ParseAt(args.At);
        var frequency = at is null ? args.Frequency : Frequency.Day;
        var to = at ?? args.To;
        // The matrix, CSV and Parquet show no drivers: ranking none spares every store the candidates and the full
        // reads of the drivers (in a column store the larger part of the work), and changes no other figure.
        if (at is not null || args.Format is "csv" or "parquet")
            parameters = parameters with { DriversPerPeriod = 0 };
        IReadOnlyList<PairMeasurement> measurements;
        if (args.Input.Length > 0)
        {
            measurements = ManyPairs.FromFiles(InputPaths.Expand(args.Input), EventFormat.Auto, new EventReaderOptions(), countries,
                frequency, parameters, args.From, to, cancel);
        }
        else
        {
            using var store = EventStore.Open(args.Db);
            measurements = ManyPairs.FromStore(store, countries, frequency, parameters, args.From, to, cancel);
        }

        var fromCounts = measurements.Where(m => m.Settings?.Density == EvidenceDensity.PeriodAggregates).ToList();
        if (fromCounts.Count > 0)
        {
            context.Error.WriteLine($"{fromCounts.Count} pair(s) read from period aggregates, one step per {fromCounts[0].Frequency.Name()}"
                + (at is null ? "" : ", each at its reading of the period holding the date")
                + $": {string.Join(", ", fromCounts.Take(10).Select(m => $"{m.CountryA}-{m.CountryB}"))}{(fromCounts.Count > 10 ? ", ..." : "")}.");
        }

        if (at is { } day)
            TableOutput.Write(args.Format, args.Out, TableSchemas.Matrix, context.Out,
                (f, w) => MeasurementOutput.WriteMatrix(ManyPairs.At(day, countries, measurements), f, w));
        else
            TableOutput.Write(args.Format, args.Out, TableSchemas.Measurement, context.Out, (f, w) => MeasurementOutput.WriteMany(measurements, f, w));
        return ExitCodes.Ok;
    }

    private static DateOnly ParseAt(string at) =>
        ManyPairs.ParseAt(at) ?? throw new UsageException($"'{at}' is not a date (YYYY-MM-DD) or a month (YYYY-MM)", "--at");
}
