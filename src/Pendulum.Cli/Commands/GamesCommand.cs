using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Pendulum.Cli.Output;
using Pendulum.Games;
using Pendulum.Reports;
using Pendulum.Reports.Json;
using Spectre.Console;

namespace Pendulum.Cli.Commands;

/// <summary><c>pendulum games tournament|match</c>: repeated prisoner's dilemma, exact or Monte Carlo (docs/games.md).</summary>
internal static class GamesCommand
{
    public static Command Create(CliContext context) =>
        new("games", "Repeated prisoner's dilemma: round-robin tournaments and matches, with execution noise.")
        {
            Tournament(context), MatchCommand(context),
        };

    private static Command Tournament(CliContext context)
    {
        var players = new Option<string>("--players") { Description = "Comma-separated strategy names, at least two (see docs/games.md).", Required = true };
        var turns = Turns();
        var noise = Noise();
        var repetitions = AtLeast(new Option<int>("--repetitions") { Description = "Matches per pair of players.", DefaultValueFactory = _ => 1 }, 1);
        var seed = Seed();
        var threads = Threads();
        var format = CommonOptions.OutputFormat();
        var command = new Command("tournament", "Round robin: every pair plays, nobody plays itself; mean payoff per turn and rank.")
        {
            players, turns, noise, repetitions, seed, threads, format,
        };
        command.SetAction((parse, cancel) =>
        {
            var entrants = parse.GetValue(players)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(name => Strategies.Get(name, "--players")).ToList();
            var result = Games.Tournament.Run(entrants, new MatchOptions { Turns = parse.GetValue(turns), Noise = parse.GetValue(noise) },
                new MonteCarloOptions { Runs = parse.GetValue(repetitions), Seed = parse.GetValue(seed), Threads = parse.GetValue(threads) },
                cancel);
            WriteTournament(context, result, parse.GetValue(format)!);
            return Task.FromResult(ExitCodes.Ok);
        });
        return command;
    }

    private static Command MatchCommand(CliContext context)
    {
        var a = new Option<string>("--a") { Description = "Strategy of side A.", Required = true };
        var b = new Option<string>("--b") { Description = "Strategy of side B.", Required = true };
        var turns = Turns();
        var noise = Noise();
        var exact = new Option<bool>("--exact") { Description = "Exact expected payoffs from the Markov chain (memory-one strategies only) instead of Monte Carlo." };
        var runs = AtLeast(new Option<int>("--runs") { Description = "Monte Carlo runs.", DefaultValueFactory = _ => new MonteCarloOptions().Runs }, 2);
        var seed = Seed();
        var threads = Threads();
        var format = CommonOptions.OutputFormat();
        var command = new Command("match", "One pairing's mean payoff per turn: exact (memory-one) or Monte Carlo with a 95% interval.")
        {
            a, b, turns, noise, exact, runs, seed, threads, format,
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(exact) && (Given(result, runs) || Given(result, seed)))
                result.AddError("--exact computes the expectation; --runs and --seed belong to Monte Carlo, give one or the other");
        });
        command.SetAction((parse, cancel) =>
        {
            var sideA = Strategies.Get(parse.GetValue(a)!, "--a");
            var sideB = Strategies.Get(parse.GetValue(b)!, "--b");
            var match = new MatchOptions { Turns = parse.GetValue(turns), Noise = parse.GetValue(noise) };
            var report = parse.GetValue(exact)
                ? Exact(sideA, sideB, match)
                : MonteCarlo(sideA, sideB, match,
                    new MonteCarloOptions { Runs = parse.GetValue(runs), Seed = parse.GetValue(seed), Threads = parse.GetValue(threads) }, cancel);
            WriteMatch(context, report, parse.GetValue(format)!);
            return Task.FromResult(ExitCodes.Ok);
        });
        return command;
    }

    private static MatchReport Exact(Strategy a, Strategy b, MatchOptions match)
    {
        if (a is not MemoryOneStrategy ma || b is not MemoryOneStrategy mb)
        {
            var memoryOne = Strategies.All.Where(s => s is MemoryOneStrategy).Select(s => s.Name);
            throw new UsageException(
                $"needs two memory-one strategies and {(a is MemoryOneStrategy ? b : a).Name} is not; memory-one: "
                + $"{string.Join(", ", memoryOne)}. Drop --exact for a Monte Carlo estimate", "--exact");
        }

        match.Validate();
        var (payoffA, payoffB) = MarkovMatch.ExpectedPayoffPerTurn(ma, mb, match.Turns, match.Noise, match.Payoffs);
        return new MatchReport("exact", a.Name, b.Name, match, null, new SideReport(payoffA, null), new SideReport(payoffB, null));
    }

    private static MatchReport MonteCarlo(Strategy a, Strategy b, MatchOptions match, MonteCarloOptions runs, CancellationToken cancel)
    {
        var estimate = MonteCarloMatch.Run(a, b, match, runs, cancel);
        return new MatchReport("monte_carlo", a.Name, b.Name, match, runs, Side(estimate.PayoffA), Side(estimate.PayoffB));

        static SideReport Side(PayoffEstimate e) => new(e.Mean, [e.Low95, e.High95]);
    }

    private sealed record SideReport(double MeanPayoffPerTurn, double[]? Ci95);

    private sealed record MatchReport(string Method, string A, string B, MatchOptions Match, MonteCarloOptions? Runs,
        SideReport SideA, SideReport SideB);

    private static void WriteTournament(CliContext context, TournamentResult result, string format)
    {
        var rows = result.Standings;
        switch (format)
        {
            case "json":
                context.Out.WriteLine(ReportJson.Serialize(StandingJson.All(result)));
                break;
            case "csv":
                context.Out.WriteLine("player,mean_payoff_per_turn,rank");
                foreach (var r in rows)
                    context.Out.WriteLine(CsvText.Row([r.Strategy.Name, NumberFormat.Csv(r.MeanPayoffPerTurn), r.Rank.ToString(CultureInfo.InvariantCulture)]));
                break;
            default:
                var table = new Table().Border(TableBorder.Simple).AddColumns("rank", "player", "mean payoff per turn");
                foreach (var r in rows)
                    table.AddRow(r.Rank.ToString(CultureInfo.InvariantCulture), r.Strategy.Name, F(r.MeanPayoffPerTurn));
                Write(context, table);
                break;
        }
    }

    private static void WriteMatch(CliContext context, MatchReport report, string format)
    {
        switch (format)
        {
            case "json":
                context.Out.WriteLine(ReportJson.Serialize(new MatchJson(report.Method, report.A, report.B, report.Match.Turns,
                    NumberFormat.Json(report.Match.Noise), report.Runs?.Runs, report.Runs?.Seed,
                    MatchSideJson.From(report.SideA.MeanPayoffPerTurn, report.SideA.Ci95), MatchSideJson.From(report.SideB.MeanPayoffPerTurn, report.SideB.Ci95))));
                break;
            case "csv":
                context.Out.WriteLine("side,strategy,mean_payoff_per_turn,ci95_low,ci95_high,method,turns,noise,runs,seed");
                foreach (var (side, name, s) in new[] { ("a", report.A, report.SideA), ("b", report.B, report.SideB) })
                {
                    context.Out.WriteLine(CsvText.Row([side, name, NumberFormat.Csv(s.MeanPayoffPerTurn), NumberFormat.Csv(s.Ci95?[0]), NumberFormat.Csv(s.Ci95?[1]), report.Method,
                        report.Match.Turns.ToString(CultureInfo.InvariantCulture), NumberFormat.Csv(report.Match.Noise),
                        report.Runs?.Runs.ToString(CultureInfo.InvariantCulture), report.Runs?.Seed.ToString(CultureInfo.InvariantCulture)]));
                }

                break;
            default:
                var how = report.Runs is { } runs
                    ? string.Create(CultureInfo.InvariantCulture, $"Monte Carlo, {runs.Runs:N0} runs, seed {runs.Seed}")
                    : "exact (Markov chain)";
                context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{report.A} vs {report.B}: {report.Match.Turns} turns, noise {report.Match.Noise}, {how}"));
                var table = new Table().Border(TableBorder.Simple).AddColumns("side", "strategy", "mean payoff per turn", "95% interval");
                table.AddRow("a", report.A, F(report.SideA.MeanPayoffPerTurn), Interval(report.SideA.Ci95));
                table.AddRow("b", report.B, F(report.SideB.MeanPayoffPerTurn), Interval(report.SideB.Ci95));
                Write(context, table);
                break;
        }

        static string Interval(double[]? ci) => ci is null ? "" : Markup.Escape($"[{F(ci[0])}, {F(ci[1])}]");
    }

    private static void Write(CliContext context, Table table)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(context.Out), Ansi = AnsiSupport.No });
        console.Profile.Width = 120;
        console.Write(table);
    }

    private static string F(double value) => NumberFormat.Table(value);

    private static bool Given(CommandResult result, Option option) => result.GetResult(option) is { Implicit: false };

    private static Option<int> Turns() =>
        AtLeast(new Option<int>("--turns") { Description = "Turns per match.", DefaultValueFactory = _ => new MatchOptions().Turns }, 1);

    private static Option<double> Noise()
    {
        var noise = new Option<double>("--noise") { Description = "Execution noise: probability that each intended move is flipped, in [0, 1]." };
        noise.Validators.Add(r =>
        {
            var value = r.GetValueOrDefault<double>();
            if (!(value >= 0 && value <= 1))
                r.AddError($"--noise must be a probability in [0, 1], not {value.ToString(CultureInfo.InvariantCulture)}");
        });
        return noise;
    }

    private static Option<ulong> Seed() =>
        new("--seed") { Description = "Master seed; run r is seeded from (seed, r), so results do not depend on --threads.", DefaultValueFactory = _ => new MonteCarloOptions().Seed };

    private static Option<int?> Threads()
    {
        var threads = new Option<int?>("--threads") { Description = "Most threads to use (default: one per processor); results are the same for any value." };
        threads.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int?>() < 1)
                r.AddError("--threads must be at least 1");
        });
        return threads;
    }

    private static Option<int> AtLeast(Option<int> option, int minimum)
    {
        option.Validators.Add(r =>
        {
            var value = r.GetValueOrDefault<int>();
            if (value < minimum)
                r.AddError(string.Create(CultureInfo.InvariantCulture, $"{option.Name} must be at least {minimum}, not {value}"));
        });
        return option;
    }
}
