using System.Diagnostics;
using System.Globalization;
using Pendulum.Simulate;
using Spectre.Console;

namespace Pendulum.Cli.Output;

/// <summary>Shows runs done on stderr: a live bar with runs/s on a terminal, a plain line every few seconds otherwise.</summary>
internal static class SimulationProgressView
{
    private static readonly TimeSpan PlainInterval = TimeSpan.FromSeconds(5);

    public static T Run<T>(CliContext context, string label, Func<IProgress<SimulationProgress>, T> work)
    {
        if (!context.InteractiveError)
            return work(new PlainProgress(context.Error, label));
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        T result = default!;
        console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
            .Start(progress =>
            {
                var task = progress.AddTask(Markup.Escape(label), maxValue: 1);
                var clock = Stopwatch.StartNew();
                result = work(new Progress(p =>
                {
                    task.MaxValue = Math.Max(p.RunsTotal, 1);
                    task.Value = p.RunsDone;
                    var rate = p.RunsDone / Math.Max(clock.Elapsed.TotalSeconds, 1e-3);
                    task.Description = Markup.Escape($"{label} {p.RunsDone:N0} runs ({rate:N0}/s)");
                }));
            });
        return result;
    }

    // Synchronous, so the last report lands before the bar is cleared.
    private sealed class Progress(Action<SimulationProgress> report) : IProgress<SimulationProgress>
    {
        public void Report(SimulationProgress value) => report(value);
    }

    private sealed class PlainProgress(TextWriter error, string label) : IProgress<SimulationProgress>
    {
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private TimeSpan _next = PlainInterval;

        public void Report(SimulationProgress value)
        {
            if (_clock.Elapsed < _next || value.RunsDone >= value.RunsTotal)
                return;
            _next = _clock.Elapsed + PlainInterval;
            var rate = value.RunsDone / Math.Max(_clock.Elapsed.TotalSeconds, 1e-3);
            error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {label}: {value.RunsDone:N0}/{value.RunsTotal:N0} runs ({rate:N0} runs/s)"));
        }
    }
}
