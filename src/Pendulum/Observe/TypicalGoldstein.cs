using Pendulum.Events;
using Pendulum.Events.Cameo;

namespace Pendulum.Observe;

/// <summary>
/// The Goldstein value a period aggregate's QuadClass is read with when the provider gives counts only (ICEWS
/// dyad-years): the unweighted mean of the CAMEO root codes' Goldstein values (GDELT's CAMEO.goldsteinscale.txt,
/// embedded) over the roots the dataset's scheme puts in that QuadClass. Under the ICEWS scheme: verbal cooperation
/// 2.3, material cooperation 6.0, verbal conflict -3.8, material conflict -7.67. Unit: Goldstein points in [-10, 10].
/// An assumption, named in docs/observer.md: which codes a count holds is not known, so a count of threats and a count
/// of complaints weigh the same.
/// </summary>
public static class TypicalGoldstein
{
    private static readonly Lazy<double[]> Gdelt = new(() => Means(QuadClassScheme.Gdelt));
    private static readonly Lazy<double[]> Icews = new(() => Means(QuadClassScheme.Icews));

    /// <summary>The typical Goldstein value of <paramref name="quad"/> under <paramref name="scheme"/>.</summary>
    public static double Of(QuadClass quad, QuadClassScheme scheme) =>
        (scheme == QuadClassScheme.Icews ? Icews : Gdelt).Value[(int)quad - 1];

    private static double[] Means(QuadClassScheme scheme)
    {
        var sums = new double[4];
        var counts = new int[4];
        for (var root = 1; root <= 20; root++)
        {
            var code = root.ToString("00", System.Globalization.CultureInfo.InvariantCulture);
            if (!GoldsteinTable.Gdelt.TryGet(code, out var value))
                throw new InvalidOperationException($"the embedded Goldstein table has no root code {code}");
            var q = (int)QuadClassMapping.Of(code, scheme) - 1;
            sums[q] += value;
            counts[q]++;
        }

        return [.. sums.Select((s, q) => s / counts[q])];
    }
}
