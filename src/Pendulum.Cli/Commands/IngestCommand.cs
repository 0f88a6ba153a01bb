using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Pendulum.Cli.Output;
using Pendulum.Events.Cameo;
using Pendulum.Events.Readers;
using Pendulum.Ingest;
using Pendulum.Store;

namespace Pendulum.Cli.Commands;

/// <summary><c>pendulum ingest PATH...</c>: reads event files into the store, one transaction per file.</summary>
internal static class IngestCommand
{
    public static Command Create(CliContext context)
    {
        var paths = new Argument<string[]>("PATH") { Description = "Files, folders or globs (*.CSV) to ingest.", Arity = ArgumentArity.OneOrMore };
        var db = CommonOptions.Db();
        var format = new Option<string>("--format")
        {
            Description = "Input format: auto (detect from content), gdelt, gdelt-csv, icews or pendulum.",
            DefaultValueFactory = _ => "auto",
        }.AcceptOnlyFromAmong([.. EventFormatNames.All]);
        var actors = new Option<string?>("--actors")
        {
            Description = "Keep only events between two countries of this list, e.g. USA,CHN; every row touching one still counts in its daily volume.",
        };
        var touching = new Option<bool>("--touching") { Description = "With --actors: keep every event with a listed country on either side, whatever the partner." };
        var threads = new Option<int>("--threads")
        {
            Description = "Threads that filter a GDELT file (plain or zipped) with --actors, and small files read ahead at a time (0: one per processor). What is stored does not depend on it.",
            DefaultValueFactory = _ => CommonOptions.DefaultThreads(0),
        };
        var lenient = new Option<bool>("--lenient") { Description = "Skip bad rows (counted and reported) instead of refusing the file." };
        var goldstein = new Option<string?>("--goldstein")
        {
            Description = "Rescore every event with this Goldstein table: gdelt, icews, or a file of CODE,VALUE lines.",
        };
        var checkedOnly = new Option<bool>("--checked-only")
        {
            Description = "Pendulum CSV: leave out the rows whose checked column says unchecked (source named, not read).",
        };
        var command = new Command("ingest", "Read event files (GDELT 1.0/2.0, GDELT CSV re-exports, ICEWS, Pendulum CSV) into the store.")
        {
            paths, db, format, actors, touching, threads, lenient, goldstein, checkedOnly,
        };
        command.SetAction((parse, cancel) => RunAsync(context, new IngestArguments(
            parse.GetValue(paths)!, parse.GetValue(db), EventFormatNames.Parse(parse.GetValue(format)!)!.Value,
            parse.GetValue(actors), parse.GetValue(touching), parse.GetValue(threads), parse.GetValue(lenient), parse.GetValue(goldstein),
            parse.GetValue(checkedOnly)), cancel));
        return command;
    }

    internal sealed record IngestArguments(string[] Paths, string? Db, EventFormat Format, string? Actors, bool Touching, int Threads,
        bool Lenient, string? Goldstein, bool CheckedOnly = false);

    internal static async Task<int> RunAsync(CliContext context, IngestArguments args, CancellationToken cancel)
    {
        if (args.Threads < 0)
            throw new UsageException($"--threads must be 0 (one per processor) or more, not {args.Threads}", "--threads");
        if (args.Touching && args.Actors is null)
            throw new UsageException("--touching qualifies --actors: give the countries too, e.g. --actors USA,CHN --touching", "--touching");
        var actors = args.Actors is null ? null : CommonOptions.ParseActors(args.Actors);
        var goldstein = args.Goldstein is null ? null : GoldsteinTable.Resolve(args.Goldstein);
        var files = InputPaths.Expand(args.Paths);
        // Loading the CAMEO codebook and opening the store take tens of milliseconds each, a good part of a small
        // ingest: once the arguments are known to be good, they are done side by side.
        var codebook = Task.Run(() => CameoCodebook.Default, cancel);
        using var store = EventStore.Open(args.Db);
        var readerOptions = new EventReaderOptions
        {
            Lenient = args.Lenient,
            Actors = actors,
            ActorMatch = args.Touching ? ActorMatch.Touching : ActorMatch.Between,
            Goldstein = goldstein,
            Codebook = await codebook,
            CheckedOnly = args.CheckedOnly,
        };
        await context.Error.WriteLineAsync($"Store: {store.Description}");
        var ingester = new EventIngester(store, context.Time);
        var options = new IngestOptions { Format = args.Format, Reader = readerOptions, Threads = args.Threads };
        long totalNew = 0, totalKept = 0;
        // Small filtered GDELT files are read on the other cores while the store writes and commits the one before.
        using var queue = ingester.ReadAhead(files, options, args.Threads, cancel);
        while (queue.HasNext)
        {
            var clock = Stopwatch.StartNew();
            using var current = queue.Next();
            var result = await FileProgressView.RunAsync(context, current.Path, progress => ingester.IngestFileAsync(current,
                progress.As<IngestProgress>(p => new FileProgress(p.File, p.BytesDone, p.BytesTotal, p.RowsRead)), cancel));
            totalNew += result.File.RowsInserted;
            totalKept += result.File.RowsKept;
            await WriteResultAsync(context.Out, result, clock.Elapsed);
        }

        if (files.Count > 1)
            await context.Out.WriteLineAsync($"{files.Count} files: {N(totalKept)} events read, {N(totalNew)} new.");
        return ExitCodes.Ok;
    }

    private static async Task WriteResultAsync(TextWriter output, IngestResult result, TimeSpan elapsed)
    {
        var f = result.File;
        var r = result.Report;
        var mbps = f.Size / 1e6 / Math.Max(elapsed.TotalSeconds, 1e-3);
        // A period-aggregate table holds counts of pair x period, not events (docs/formats.md, "Period aggregates").
        var kind = f.Format == Events.Aggregates.PeriodCountFile.FormatName ? "pair-periods" : "events";
        var line = $"{Display.Path(r.File)}: {f.FormatDetail}: {N(f.RowsRead)} rows, {N(f.RowsKept)} {kind}, {N(f.RowsInserted)} new";
        if (f.RowsFilteredOut > 0)
            line += $", {N(f.RowsFilteredOut)} outside --actors";
        if (r.RowsUnchecked > 0)
            line += $", {N(r.RowsUnchecked)} unchecked left out";
        line += $" ({elapsed.TotalSeconds:0.0} s, {mbps:0} MB/s)";
        await output.WriteLineAsync(line);
        if (result.SeenBefore && f.RowsInserted == 0)
            await output.WriteLineAsync($"  already ingested: 0 {kind} added.");
        if (r.NaRows > 0)
            await output.WriteLineAsync($"  {N(r.NaRows)} NA row(s) (R placeholders for missing records) left out.");
        if (r.CodesRepaired > 0)
            await output.WriteLineAsync($"  {N(r.CodesRepaired)} CAMEO codes had lost leading zeros and were repaired "
                + $"({N(r.CodesRepairedToThreeDigits)} to three digits, {N(r.CodesRepairedToFourDigits)} to four).");
        if (r.ExponentDates > 0)
            await output.WriteLineAsync($"  {N(r.ExponentDates)} dates written in exponent form (2.0180105e+13) were read as written.");
        if (r.RowsSkipped > 0)
        {
            await output.WriteLineAsync($"  {N(r.RowsSkipped)} bad row(s) skipped (--lenient); the first {r.Skipped.Count}:");
            foreach (var skipped in r.Skipped)
                await output.WriteLineAsync($"    {skipped}");
        }
    }

    private static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
