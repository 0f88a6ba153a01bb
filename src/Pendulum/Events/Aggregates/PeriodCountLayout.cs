namespace Pendulum.Events.Aggregates;

/// <summary>The column layouts of a period-aggregate table (docs/formats.md, "Period aggregates").</summary>
public enum PeriodCountLayout
{
    /// <summary>
    /// ICEWS dyad-year counts as the R package netify ships them: <c>i, j, year, i_iso3c, j_iso3c, verbCoop, matlCoop,
    /// verbConf, matlConf</c>; <c>i</c> is the source. QuadClasses follow the ICEWS convention.
    /// </summary>
    IcewsDyadYear,

    /// <summary>
    /// Pendulum's generic layout: <c>source, target, period_start, period, verbal_cooperation, material_cooperation,
    /// verbal_conflict, material_conflict</c>, optionally <c>dataset</c> and the four <c>goldstein_...</c> sums.
    /// </summary>
    Generic,
}

/// <summary>The header names of each <see cref="PeriodCountLayout"/>.</summary>
public static class PeriodCountColumns
{
    /// <summary>The dataset name the ICEWS dyad-year layout is stored under.</summary>
    public const string IcewsDyadYearDataset = "icews-dyad-year";

    /// <summary>The dataset name of a generic table without a <c>dataset</c> column.</summary>
    public const string GenericDataset = "period-counts";

    /// <summary>The ICEWS dyad-year columns, all required.</summary>
    public static IReadOnlyList<string> IcewsDyadYear { get; } =
        ["i", "j", "year", "i_iso3c", "j_iso3c", "verbCoop", "matlCoop", "verbConf", "matlConf"];

    /// <summary>The generic layout's required columns.</summary>
    public static IReadOnlyList<string> Generic { get; } =
        ["source", "target", "period_start", "period", "verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict"];

    /// <summary>The generic layout's optional Goldstein sums, all four or none, in QuadClass order.</summary>
    public static IReadOnlyList<string> GoldsteinSums { get; } =
        ["goldstein_verbal_cooperation", "goldstein_material_cooperation", "goldstein_verbal_conflict", "goldstein_material_conflict"];

    /// <summary>The layout a header line names, or null when it is no period-aggregate table.</summary>
    public static PeriodCountLayout? Detect(IReadOnlyCollection<string> header)
    {
        var names = header.Select(h => h.Trim().Trim('"')).ToHashSet(StringComparer.Ordinal);
        if (names.IsSupersetOf(IcewsDyadYear))
            return PeriodCountLayout.IcewsDyadYear;
        return names.IsSupersetOf(Generic) ? PeriodCountLayout.Generic : null;
    }
}
