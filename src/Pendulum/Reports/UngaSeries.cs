using System.Globalization;

namespace Pendulum.Reports;

/// <summary>One year of the UN General Assembly series shown beside the US-China record.</summary>
/// <param name="Agreement">Vote agreement of the pair (yes 1, abstain 0.5, no 0), or null when the series has no value.</param>
/// <param name="Distance">Absolute distance between the pair's ideal points (the release's fp series), or null.</param>
public readonly record struct UngaYear(double? Agreement, double? Distance);

/// <summary>
/// The two yearly USA-CHN series of <c>data/us-china/unga</c> (see its PROVENANCE.md):
/// <c>usa-chn-agreement-by-year.csv</c> (columns <c>year</c>, <c>mean_agreement_yes1_abst05_no0</c>) and
/// <c>usa-chn-ideal-points-by-year.csv</c> (columns <c>year</c>, <c>absdist_fp</c>). A missing file gives no values.
/// </summary>
public sealed class UngaSeries
{
    private UngaSeries(SortedDictionary<int, UngaYear> years) => Years = years;

    /// <summary>The years with a value in either series.</summary>
    public IReadOnlyDictionary<int, UngaYear> Years { get; }

    public static UngaSeries Load(string folder)
    {
        var agreement = Column(Path.Combine(folder, "usa-chn-agreement-by-year.csv"), "mean_agreement_yes1_abst05_no0");
        var distance = Column(Path.Combine(folder, "usa-chn-ideal-points-by-year.csv"), "absdist_fp");
        var years = new SortedDictionary<int, UngaYear>();
        foreach (var year in agreement.Keys.Union(distance.Keys))
            years[year] = new UngaYear(agreement.TryGetValue(year, out var a) ? a : null, distance.TryGetValue(year, out var d) ? d : null);
        return new UngaSeries(years);
    }

    // A plain numeric CSV with a quoted header: year -> value of one column; NA and empty cells are left out.
    private static Dictionary<int, double> Column(string path, string column)
    {
        var values = new Dictionary<int, double>();
        if (!File.Exists(path))
            return values;
        var lines = File.ReadAllLines(path);
        if (lines.Length == 0)
            return values;
        var header = lines[0].Split(',').Select(h => h.Trim().Trim('"')).ToList();
        var yearAt = header.IndexOf("year");
        var valueAt = header.IndexOf(column);
        if (yearAt < 0 || valueAt < 0)
            throw new InvalidDataException($"{path}:1: the header has no 'year' and '{column}' columns");
        for (var i = 1; i < lines.Length; i++)
        {
            var fields = lines[i].Split(',');
            if (fields.Length <= Math.Max(yearAt, valueAt))
                continue;
            if (int.TryParse(fields[yearAt].Trim('"'), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
                && double.TryParse(fields[valueAt].Trim('"'), NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
                values[year] = value;
        }

        return values;
    }
}
