using Pendulum.Observe;
using Pendulum.Observe.Pairs;
using Pendulum.Store;

namespace Pendulum.Reports;

/// <summary>One pair-year: the pendulum's yearly mean position beside the UN General Assembly series.</summary>
/// <param name="CountryA">First country of the pair.</param>
/// <param name="CountryB">Second country.</param>
/// <param name="Year">The year.</param>
/// <param name="Position">The pendulum's mean position over the year (<see cref="YearReading.Mean"/>).</param>
/// <param name="Agreement">UN vote agreement of the two, or null.</param>
/// <param name="Distance">Distance between their UN ideal points, or null.</param>
public sealed record UngaPairYear(string CountryA, string CountryB, int Year, double Position, double? Agreement, double? Distance);

/// <summary>A Pearson correlation over a set of pair-years.</summary>
/// <param name="Scope">What was correlated, e.g. <c>USA-CHN, 2002-2014</c> or <c>USA with every partner, 2013</c>.</param>
/// <param name="Series">The UN series: <c>agreement</c> or <c>ideal_distance</c>.</param>
/// <param name="N">Pair-years with both values.</param>
/// <param name="R">Pearson's r; null below three pair-years or without variance.</param>
public sealed record UngaCorrelation(string Scope, string Series, int N, double? R);

/// <summary>
/// Sets the pendulum beside the UN General Assembly series and measures how far they go together (docs/validation.md,
/// "Beside the UN General Assembly"): each pair read as <c>measure</c> reads it, one reading per year, with the
/// settings chosen from the data.
/// </summary>
public static class UngaComparison
{
    /// <summary>The years of one pair that had events, each with the UN series where the file covers it.</summary>
    public static IReadOnlyList<UngaPairYear> Pair(PairSource source, string a, string b, UngaPairs unga, CancellationToken cancellationToken = default)
    {
        var analysis = PairAnalysis.Run(source, new PairWindow(a, b), new PairAnalysisOptions { Frequency = Frequency.Year, CrisesAndChannels = false },
            cancellationToken);
        return YearReading.Of(analysis.Measurement!).Where(y => y.HasEvents)
            .Select(y => new UngaPairYear(a, b, y.Year, y.Mean, unga.Agreement(a, b, y.Year), unga.Distance(a, b, y.Year)))
            .ToList();
    }

    /// <summary>The pair-years of <paramref name="country"/> with every partner the store holds (events or period aggregates).</summary>
    public static IReadOnlyList<UngaPairYear> Partners(IEventStore store, string country, UngaPairs unga, CancellationToken cancellationToken = default)
    {
        var source = PairSource.FromStore(store);
        return StorePairs.Of(store)
            .Where(p => p.CountryA == country || p.CountryB == country)
            .SelectMany(p => Pair(source, country, p.CountryA == country ? p.CountryB : p.CountryA, unga, cancellationToken))
            .ToList();
    }

    /// <summary>Pearson's r between position and each UN series over <paramref name="years"/>.</summary>
    public static IReadOnlyList<UngaCorrelation> Correlate(string scope, IReadOnlyList<UngaPairYear> years) =>
    [
        Pearson(scope, "agreement", years.Where(y => y.Agreement is not null).Select(y => (y.Position, y.Agreement!.Value)).ToList()),
        Pearson(scope, "ideal_distance", years.Where(y => y.Distance is not null).Select(y => (y.Position, y.Distance!.Value)).ToList()),
    ];

    private static UngaCorrelation Pearson(string scope, string series, IReadOnlyList<(double X, double Y)> pairs)
    {
        if (pairs.Count < 3)
            return new UngaCorrelation(scope, series, pairs.Count, null);
        var (mx, my) = (pairs.Average(p => p.X), pairs.Average(p => p.Y));
        double sxy = 0, sxx = 0, syy = 0;
        foreach (var (x, y) in pairs)
        {
            sxy += (x - mx) * (y - my);
            sxx += (x - mx) * (x - mx);
            syy += (y - my) * (y - my);
        }

        return new UngaCorrelation(scope, series, pairs.Count, sxx > 0 && syy > 0 ? sxy / Math.Sqrt(sxx * syy) : null);
    }
}
