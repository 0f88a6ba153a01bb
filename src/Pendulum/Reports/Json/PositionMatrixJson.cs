using Pendulum.Belief;
using Pendulum.Observe;

namespace Pendulum.Reports.Json;

/// <summary>The matrix of pair positions at a date.</summary>
/// <param name="At">The day (beliefs as of its end).</param>
/// <param name="Countries">Row and column order.</param>
/// <param name="Positions">Row i, column j: the position of the pair (i, j); null on the diagonal.</param>
/// <param name="Pairs">Each unordered pair with its beliefs.</param>
public sealed record PositionMatrixJson(DateOnly At, IReadOnlyList<string> Countries, IReadOnlyList<IReadOnlyList<double?>> Positions,
    IReadOnlyList<PairPositionJson> Pairs)
{
    public static PositionMatrixJson From(PositionMatrix matrix)
    {
        var n = matrix.Countries.Count;
        var positions = Enumerable.Range(0, n).Select(i => (IReadOnlyList<double?>)Enumerable.Range(0, n).Select(j => matrix.Position(i, j)).ToList()).ToList();
        var pairs = matrix.Pairs.Select(p => new PairPositionJson($"{p.CountryA}-{p.CountryB}", p.Events, p.MuAb, p.MuBa, p.Position, p.Zone.Name())).ToList();
        return new(matrix.At, matrix.Countries, positions, pairs);
    }
}

/// <summary>One pair's standing in a <see cref="PositionMatrixJson"/>.</summary>
public sealed record PairPositionJson(string Pair, long Events, double MuAb, double MuBa, double Position, string Zone);
