using System.Diagnostics;
using System.Globalization;
using Pendulum.Ingest;
using Spectre.Console;

namespace Pendulum.Cli.Output;

/// <summary>
/// Shows an ingest's progress on stderr: a live bar with rows/s on a terminal, a plain line every few seconds
/// otherwise (logs and CI stay readable).
/// </summary>
internal static class IngestProgressView
{
    private static readonly TimeSpan PlainInterval = TimeSpan.FromSeconds(5);

    public static async Task<IngestResult> RunAsync(CliContext context, string file, Func<IProgress<IngestProgress>, Task<IngestResult>> work)
    {
        if (!context.InteractiveError)
            return await work(new PlainProgress(context.Error));

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        IngestResult? result = null;
        await console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new TransferSpeedColumn(),
                new RemainingTimeColumn())
            .StartAsync(async progress =>
            {
                var task = progress.AddTask(Markup.Escape(Path.GetFileName(file)), maxValue: 1);
                var clock = Stopwatch.StartNew();
                result = await work(new Progress(p =>
                {
                    task.MaxValue = Math.Max(p.BytesTotal, 1);
                    task.Value = p.BytesDone;
                    var rate = p.RowsRead / Math.Max(clock.Elapsed.TotalSeconds, 1e-3);
                    task.Description = Markup.Escape($"{Path.GetFileName(file)} {p.RowsRead:N0} rows ({rate:N0}/s)");
                }));
            });
        return result!;
    }

    // Synchronous IProgress: Progress<T> would post to the thread pool and could report after the bar is gone.
    private sealed class Progress(Action<IngestProgress> report) : IProgress<IngestProgress>
    {
        public void Report(IngestProgress value) => report(value);
    }

    private sealed class PlainProgress(TextWriter error) : IProgress<IngestProgress>
    {
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private TimeSpan _next = PlainInterval;

        public void Report(IngestProgress value)
        {
            if (_clock.Elapsed < _next || value.BytesDone >= value.BytesTotal)
                return;
            _next = _clock.Elapsed + PlainInterval;
            var percent = 100.0 * value.BytesDone / Math.Max(value.BytesTotal, 1);
            var rate = value.RowsRead / Math.Max(_clock.Elapsed.TotalSeconds, 1e-3);
            error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {value.File}: {percent:0}% ({value.RowsRead:N0} rows, {rate:N0} rows/s)"));
        }
    }
}
