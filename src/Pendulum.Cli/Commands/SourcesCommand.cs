using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Pendulum.Cli.Output;
using Pendulum.Store;
using Spectre.Console;

namespace Pendulum.Cli.Commands;

/// <summary><c>pendulum sources</c>: the files the store has ingested.</summary>
internal static class SourcesCommand
{
    public static Command Create(CliContext context)
    {
        var db = CommonOptions.Db();
        var format = CommonOptions.TableFormat();
        var output = CommonOptions.TableOut();
        var command = new Command("sources", "List the files ingested into the store, with their counts and content hash.") { db, format, output };
        command.SetAction(parse => Run(context, parse.GetValue(db), parse.GetValue(format)!, parse.GetValue(output)));
        return command;
    }

    internal static int Run(CliContext context, string? db, string format, string? output = null)
    {
        using var store = EventStore.Open(db);
        var files = store.Files();
        TableOutput.Write(format, output, TableSchemas.Sources, context.Out, (f, w) => Write(f, w, store, files));
        return ExitCodes.Ok;
    }

    private static void Write(string format, TextWriter output, IEventStore store, IReadOnlyList<IngestedFile> files)
    {
        switch (format)
        {
            case "json":
                output.WriteLine(JsonSerializer.Serialize(files.Select(Row), new JsonSerializerOptions { WriteIndented = true }));
                break;
            case "csv":
                output.WriteLine(CsvText.Row(FileColumnsHeader));
                foreach (var f in files)
                    output.WriteLine(CsvText.Row(Row(f).Values.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture))));
                break;
            default:
                WriteTable(output, store, files);
                break;
        }
    }

    private static readonly string[] FileColumnsHeader =
    [
        "path", "size", "content_hash", "format", "format_detail", "actors", "rows_read", "rows_kept", "rows_inserted",
        "rows_filtered_out", "rows_skipped", "na_rows", "codes_repaired", "exponent_dates", "ingested_at",
    ];

    private static Dictionary<string, object> Row(IngestedFile f)
    {
        object[] values =
        [
            f.Path, f.Size, f.ContentHash, f.Format, f.FormatDetail, f.Actors, f.RowsRead, f.RowsKept, f.RowsInserted,
            f.RowsFilteredOut, f.RowsSkipped, f.NaRows, f.CodesRepaired, f.ExponentDates,
            f.IngestedAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
        ];
        return FileColumnsHeader.Zip(values).ToDictionary(p => p.First, p => p.Second);
    }

    private static void WriteTable(TextWriter output, IEventStore store, IReadOnlyList<IngestedFile> files)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output), Ansi = AnsiSupport.No });
        console.Profile.Width = 200;
        var table = new Table().Border(TableBorder.Simple);
        foreach (var column in new[] { "file", "format", "rows", "events", "new", "skipped", "repaired", "hash", "ingested (UTC)" })
            table.AddColumn(column);
        foreach (var f in files)
        {
            table.AddRow(Markup.Escape(Path.GetFileName(f.Path)), Markup.Escape(f.FormatDetail), N(f.RowsRead), N(f.RowsKept),
                N(f.RowsInserted), N(f.RowsSkipped), N(f.CodesRepaired), ShortHash(f.ContentHash),
                f.IngestedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture));
        }

        console.Write(table);
        output.WriteLine($"{files.Count} file(s), {N(store.CountEvents())} events in {store.Description}.");
    }

    private static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    // "xxh128-4m:1f0c..." shows as "xxh128-4m:1f0c9a2b": the algorithm and enough digits to tell files apart.
    private static string ShortHash(string hash)
    {
        var digits = hash.IndexOf(':') + 1;
        return hash[..Math.Min(hash.Length, digits + 8)];
    }
}
