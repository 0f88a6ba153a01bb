using System.Diagnostics;
using System.Globalization;
using Pendulum.Simulate;
using Spectre.Console;

namespace Pendulum.Cli.Output;

/// <summary>Shows runs done on stderr: a live bar with runs/s on a terminal, a plain line every few seconds otherwise.</summary>
internal static class SimulationProgressView
{
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
                result = work(new SyncProgress<SimulationProgress>(p =>
                {
                    task.MaxValue = Math.Max(p.RunsTotal, 1);
                    task.Value = p.RunsDone;
                    var rate = p.RunsDone / Math.Max(clock.Elapsed.TotalSeconds, 1e-3);
                    task.Description = Markup.Escape($"{label} {p.RunsDone:N0} runs ({rate:N0}/s)");
                }));
            });
        return result;
    }


    private sealed class PlainProgress(TextWriter error, string label) : IProgress<SimulationProgress>
    {
        private readonly PlainProgressClock _clock = new();

        public void Report(SimulationProgress value)
        {
            if (!_clock.Due(value.RunsDone, value.RunsTotal))
                return;
            var rate = value.RunsDone / _clock.Seconds;
            error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {label}: {value.RunsDone:N0}/{value.RunsTotal:N0} runs ({rate:N0} runs/s)"));
        }
    }
}
