using System.Globalization;
using Pendulum.Cli.Output;
using Pendulum.Observe.Pairs;
using Pendulum.Reports;
using Pendulum.Store;

namespace Pendulum.Cli.Commands;

/// <summary>
/// <c>pendulum measure ... --compare-with unga</c>: the yearly mean position beside the UN General Assembly series, a
/// row per pair and year, and on stderr the correlations docs/validation.md reports.
/// </summary>
internal static class MeasureComparison
{
    public static int Run(CliContext context, MeasureCommand.MeasureArguments args, CancellationToken cancel)
    {
        if (args.Input.Length > 0)
            throw new UsageException("--compare-with reads the store: drop --input", "--input");
        if (args.At is not null || args.Chart is not null || args.Out is not null)
            throw new UsageException("--compare-with writes its own table: drop --at, --chart and --out", "--compare-with");
        var path = ReportCommand.UngaFile;
        var unga = UngaPairs.Load(path);
        using var store = EventStore.Open(args.Db);
        IReadOnlyList<UngaPairYear> rows;
        var correlations = new List<UngaCorrelation>();
        if (args.Dyad is not null)
        {
            var (a, b) = CommonOptions.ParseDyad(args.Dyad);
            rows = UngaComparison.Pair(PairSource.FromStore(store), a, b, unga, cancel);
            correlations.AddRange(UngaComparison.Correlate($"{a}-{b}, {Span(rows)}", rows));
        }
        else
        {
            var countries = CommonOptions.ParseActorList(args.Actors!);
            if (countries.Count != 1)
                throw new UsageException("--compare-with with --actors takes one country: it is set beside every partner in the store", "--actors");
            var country = countries[0];
            rows = UngaComparison.Partners(store, country, unga, cancel);
            correlations.AddRange(UngaComparison.Correlate($"{country} with every partner, {Span(rows)} pooled", rows));
            foreach (var year in rows.GroupBy(r => r.Year).OrderBy(g => g.Key))
                correlations.AddRange(UngaComparison.Correlate($"{country} with every partner, {year.Key}", year.ToList()));
        }

        var csv = args.Format == "csv";
        context.Out.WriteLine(csv ? "pair,year,position_mean,unga_agreement,unga_ideal_distance" : $"{"pair",-8} {"year",4} {"position_mean",13} {"unga_agreement",14} {"unga_ideal_distance",19}");
        foreach (var r in rows)
        {
            var (pair, mean, agreement, distance) = ($"{r.CountryA}-{r.CountryB}", F(r.Position), F(r.Agreement), F(r.Distance));
            context.Out.WriteLine(csv ? $"{pair},{r.Year},{mean},{agreement},{distance}" : $"{pair,-8} {r.Year,4} {mean,13} {agreement,14} {distance,19}");
        }

        foreach (var c in correlations)
            context.Error.WriteLine($"r(position_mean, unga_{c.Series}) = {(c.R is { } r ? r.ToString("+0.000;-0.000", CultureInfo.InvariantCulture) : "n/a")} over {c.N} pair-years: {c.Scope}");
        context.Error.WriteLine($"UN series: {Display.Path(path)} (Bailey, Strezhnev and Voeten; data/unga/PROVENANCE.md)");
        return ExitCodes.Ok;
    }

    private static string Span(IReadOnlyList<UngaPairYear> rows) =>
        rows.Count == 0 ? "no years" : $"{rows.Min(r => r.Year)}-{rows.Max(r => r.Year)}";

    private static string F(double? value) => value?.ToString("0.0000", CultureInfo.InvariantCulture) ?? "";
}
