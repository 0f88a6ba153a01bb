using System.Globalization;
using Pendulum.Observe;

namespace Pendulum.Reports;

/// <summary>The report's sections for a pair read from period aggregates: a country beside its partners, and the UN series.</summary>
public static class AggregateReport
{
    /// <summary>
    /// A table of <paramref name="country"/> with each partner, period by period: the position each year, its mean,
    /// and the raw cooperative share of the counts beside it, so a reader sees both what the pendulum reads and what
    /// the counts alone say.
    /// </summary>
    public static void Partners(HtmlReport report, string country, IReadOnlyList<PartnerReading> partners)
    {
        if (partners.Count == 0)
            return;
        var periods = partners.SelectMany(p => p.Measurement.Periods.Select(x => x.Period)).Distinct().Order().ToList();
        report.Heading($"{country} beside its partners");
        report.Paragraph($"Each pair read from the same period aggregates with the same settings, one step per period: the position at each "
            + "period's end, the mean over the periods, and the share of the counts that are cooperative (QuadClass 1 or 2). "
            + "Counts are media coverage: a busier year is not a warmer one, and an ally can draw more conflict reports than a rival.", "note");
        report.Table(["partner", .. periods.Select(p => p.Year.ToString(CultureInfo.InvariantCulture)), "mean", "cooperative share", "events"],
            partners.OrderByDescending(p => p.MeanPosition).Select(p => (IReadOnlyList<string>)
            [
                p.Partner,
                .. periods.Select(d => p.Measurement.Periods.FirstOrDefault(x => x.Period == d) is { } x ? Signed(x.Position) : ""),
                Signed(p.MeanPosition),
                p.CooperativeShare.ToString("0.000", CultureInfo.InvariantCulture),
                p.Events.ToString("N0", CultureInfo.InvariantCulture),
            ]));
    }

    /// <summary>The pair's yearly position beside the UN General Assembly series, for the years both cover.</summary>
    public static void Unga(HtmlReport report, PairMeasurement measurement, UngaPairs unga)
    {
        var (a, b) = (measurement.CountryA, measurement.CountryB);
        var rows = YearReading.Of(measurement)
            .Select(y => (y, Agreement: unga.Agreement(a, b, y.Year), Distance: unga.Distance(a, b, y.Year)))
            .Where(r => r.Agreement is not null || r.Distance is not null)
            .ToList();
        if (rows.Count == 0)
            return;
        report.Heading("Beside the UN General Assembly");
        report.Paragraph("An outside view of the same years: how often the two voted alike in the General Assembly, and the distance "
            + "between their ideal points (Bailey, Strezhnev and Voeten, Harvard Dataverse hdl:1902.1/12379; data/unga/PROVENANCE.md). "
            + "Not an input to the pendulum; docs/validation.md gives the correlations.", "note");
        report.Table(["year", "mean position", "UN vote agreement", "ideal-point distance"],
            rows.Select(r => (IReadOnlyList<string>)[r.y.Year.ToString(CultureInfo.InvariantCulture), Signed(r.y.Mean),
                PairReport.Number(r.Agreement), PairReport.Number(r.Distance)]));
    }

    private static string Signed(double value) => value.ToString("+0.000;-0.000;0.000", CultureInfo.InvariantCulture);
}
