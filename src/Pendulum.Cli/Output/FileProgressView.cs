using System.Diagnostics;
using System.Globalization;
using Spectre.Console;

namespace Pendulum.Cli.Output;

/// <summary>How far a long job (an ingest, a scan) has got through one file.</summary>
internal readonly record struct FileProgress(string File, long BytesDone, long BytesTotal, long RowsRead);

/// <summary>
/// Shows a file job's progress on stderr: a live bar with rows/s on a terminal, a plain line every few seconds
/// otherwise (logs and CI stay readable).
/// </summary>
internal static class FileProgressView
{
    public static async Task<T> RunAsync<T>(CliContext context, string file, Func<IProgress<FileProgress>, Task<T>> work)
    {
        if (!context.InteractiveError)
            return await work(new PlainProgress(context.Error));

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        T result = default!;
        await console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new TransferSpeedColumn(),
                new RemainingTimeColumn())
            .StartAsync(async progress =>
            {
                var task = progress.AddTask(Markup.Escape(Path.GetFileName(file)), maxValue: 1);
                var clock = Stopwatch.StartNew();
                result = await work(new SyncProgress<FileProgress>(p =>
                {
                    task.MaxValue = Math.Max(p.BytesTotal, 1);
                    task.Value = p.BytesDone;
                    var rate = p.RowsRead / Math.Max(clock.Elapsed.TotalSeconds, 1e-3);
                    task.Description = Markup.Escape($"{Path.GetFileName(file)} {p.RowsRead:N0} rows ({rate:N0}/s)");
                }));
            });
        return result;
    }

    /// <summary>Passes a job's own progress reports on as <see cref="FileProgress"/>, on the reporting thread.</summary>
    public static IProgress<TJob> As<TJob>(this IProgress<FileProgress> view, Func<TJob, FileProgress> map) =>
        new SyncProgress<TJob>(p => view.Report(map(p)));

    private sealed class PlainProgress(TextWriter error) : IProgress<FileProgress>
    {
        private readonly PlainProgressClock _clock = new();

        public void Report(FileProgress value)
        {
            if (!_clock.Due(value.BytesDone, value.BytesTotal))
                return;
            var percent = 100.0 * value.BytesDone / Math.Max(value.BytesTotal, 1);
            var rate = value.RowsRead / _clock.Seconds;
            error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {value.File}: {percent:0}% ({value.RowsRead:N0} rows, {rate:N0} rows/s)"));
        }
    }
}
