using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Pendulum.Cli.Output;
using Pendulum.Reports.Csv;
using Pendulum.Reports.Json;
using Pendulum.Scan;

namespace Pendulum.Cli.Commands;

/// <summary>
/// <c>pendulum aggregate --input FILE... --dyad A-B</c>: a pair's daily (monthly, yearly) sums straight from raw
/// GDELT exports, for pandas or R, with no store in between.
/// </summary>
internal static class AggregateCommand
{
    public static Command Create(CliContext context)
    {
        var input = new Option<string[]>("--input")
        {
            Description = "GDELT 1.0 or 2.0 event exports (plain or .zip), folders or globs.",
            Required = true,
            AllowMultipleArgumentsPerToken = true,
        };
        var dyad = new Option<string>("--dyad") { Description = "Two country codes, e.g. USA-CHN; rows in both directions are kept.", Required = true };
        var by = new Option<string>("--by") { Description = "Group by day (SQLDATE), month (MonthYear) or year (Year).", DefaultValueFactory = _ => "day" }
            .AcceptOnlyFromAmong("day", "month", "year");
        var format = new Option<string>("--format") { Description = "Output format: csv, json or parquet (parquet needs --out).", DefaultValueFactory = _ => "csv" }
            .AcceptOnlyFromAmong("csv", "json", "parquet");
        var output = new Option<string?>("--out") { Description = "Write to this file (complete or not at all) instead of standard output." };
        var threads = new Option<int>("--threads") { Description = "Threads that scan (0: one per processor). The output does not depend on it.", DefaultValueFactory = _ => CommonOptions.DefaultThreads(0) };
        var lenient = new Option<bool>("--lenient") { Description = "Skip and count rows that cannot be read instead of stopping at the first." };
        var command = new Command("aggregate", "Sum a pair's events by day, month or year straight from raw GDELT files: count, Goldstein and mentions per QuadClass.")
        {
            input, dyad, by, format, output, threads, lenient,
        };
        command.SetAction((parse, cancel) => Run(context, new AggregateArguments(
            parse.GetValue(input)!, parse.GetValue(dyad)!, parse.GetValue(by)!, parse.GetValue(format)!, parse.GetValue(output),
            parse.GetValue(threads), parse.GetValue(lenient)), cancel));
        return command;
    }

    internal sealed record AggregateArguments(string[] Input, string Dyad, string By, string Format, string? Out, int Threads, bool Lenient);

    internal static async Task<int> Run(CliContext context, AggregateArguments args, CancellationToken cancel)
    {
        var (a, b) = CommonOptions.ParseDyad(args.Dyad);
        var period = args.By switch { "month" => ScanPeriod.Month, "year" => ScanPeriod.Year, _ => ScanPeriod.Day };
        if (args.Threads < 0)
            throw new UsageException($"--threads must be 0 (one per processor) or more, not {args.Threads}", "--threads");
        if (args.Format == "parquet" && args.Out is null)
            throw new UsageException("--format parquet writes a file: give --out FILE", "--out");
        var files = InputPaths.Expand(args.Input);
        var options = new PairScanOptions { ActorA = a, ActorB = b, Period = period, Threads = args.Threads, Lenient = args.Lenient };

        var clock = Stopwatch.StartNew();
        var label = files.Count == 1 ? files[0] : $"{files.Count} files";
        var result = await FileProgressView.RunAsync(context, label, progress => Task.Run(() => PairScanner.Scan(files, options,
            progress.As<PairScanProgress>(p => new FileProgress(p.File, p.BytesDone, p.BytesTotal, p.RowsRead)), cancel), cancel));

        if (args.Format == "parquet")
        {
            ParquetTable.Write(args.Out!, TableSchemas.Aggregate, csv => PairScanCsv.Write(result, period, csv));
        }
        else if (args.Out is null)
        {
            Write(result, period, args.Format, context.Out);
        }
        else
        {
            // Written beside the target and moved into place: a failed or cancelled run leaves no half file.
            var partial = args.Out + ".part";
            try
            {
                using (var file = OutputFile.Create(partial))
                    Write(result, period, args.Format, file);
                File.Move(partial, args.Out, overwrite: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                File.Delete(partial);
                throw new InputOutputException($"cannot write: {e.Message}", args.Out, e);
            }
        }
        WriteSummary(context.Error, result, a, b, clock.Elapsed);
        return ExitCodes.Ok;
    }

    private static void Write(PairScanResult result, ScanPeriod period, string format, TextWriter output)
    {
        if (format != "json")
        {
            PairScanCsv.Write(result, period, output);
            return;
        }
        using var json = new MemoryStream();
        PairScanJson.Write(result, period, json);
        output.Write(Encoding.UTF8.GetString(json.GetBuffer(), 0, (int)json.Length));
    }

    private static void WriteSummary(TextWriter error, PairScanResult result, string a, string b, TimeSpan elapsed)
    {
        var n = (long v) => v.ToString("N0", CultureInfo.InvariantCulture);
        error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{a}-{b}: {n(result.RowsKept)} of {n(result.RowsRead)} rows kept in {n(result.Groups.Count)} groups, from {result.Files.Count} file(s) ({result.BytesRead / 1e6:N0} MB) in {elapsed.TotalSeconds:0.00} s."));
        if (result.RowsSkipped.Count > 0)
        {
            error.WriteLine($"Skipped {n(result.RowsSkipped.Values.Sum())} rows that could not be read: "
                + string.Join(", ", result.RowsSkipped.Select(s => $"{n(s.Value)} for {s.Key}")) + ".");
            foreach (var first in result.FirstSkipped)
                error.WriteLine($"  first: {first}");
        }
    }
}
