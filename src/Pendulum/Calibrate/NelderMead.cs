namespace Pendulum.Calibrate;

/// <summary>
/// The Nelder-Mead simplex search (Nelder and Mead 1965, with the usual coefficients: reflection 1, expansion 2,
/// contraction and shrink 1/2) inside a box: every point tried is clamped to the bounds, so the search can walk to a
/// bound and stop there, and the caller flags a parameter that ends on one. Deterministic: ties keep the earlier
/// vertex. The objective takes a batch of points (the starting simplex, a shrink) so that a batch can be simulated
/// in parallel.
/// </summary>
internal static class NelderMead
{
    /// <summary>The best point found, its value, the evaluations spent and whether the simplex shrank below the tolerance.</summary>
    public readonly record struct Outcome(double[] Best, double Value, int Evaluations, bool Converged);

    /// <param name="start">The starting point.</param>
    /// <param name="steps">The starting simplex's step along each axis (towards the upper bound, or the lower when the upper is too near).</param>
    /// <param name="lower">Lower bounds.</param>
    /// <param name="upper">Upper bounds.</param>
    /// <param name="objective">The values of a batch of points, in order.</param>
    /// <param name="maxEvaluations">Points evaluated at most (the starting simplex included).</param>
    /// <param name="tolerance">Stops when every vertex lies within this distance of the best along every axis.</param>
    public static Outcome Minimize(double[] start, double[] steps, double[] lower, double[] upper,
        Func<IReadOnlyList<double[]>, double[]> objective, int maxEvaluations, double tolerance)
    {
        var n = start.Length;
        double[] Clamp(double[] x) => [.. x.Select((v, i) => Math.Clamp(v, lower[i], upper[i]))];
        var x0 = Clamp(start);
        var simplex = new List<double[]> { x0 };
        for (var i = 0; i < n; i++)
        {
            var vertex = (double[])x0.Clone();
            vertex[i] = x0[i] + steps[i] <= upper[i] ? x0[i] + steps[i] : x0[i] - steps[i];
            simplex.Add(Clamp(vertex));
        }

        var values = objective(simplex).ToList();
        var evaluations = simplex.Count;
        double Evaluate(double[] x)
        {
            evaluations++;
            return objective([x])[0];
        }

        while (true)
        {
            // Sort by value; a stable sort keeps the earlier vertex first on ties.
            var order = Enumerable.Range(0, simplex.Count).OrderBy(k => values[k]).ToArray();
            simplex = [.. order.Select(k => simplex[k])];
            values = [.. order.Select(k => values[k])];
            var converged = simplex.Skip(1).All(v => v.Select((c, i) => Math.Abs(c - simplex[0][i])).Max() <= tolerance);
            if (converged || evaluations >= maxEvaluations || n == 0)
                return new Outcome(simplex[0], values[0], evaluations, converged);

            var worst = simplex[n];
            var centroid = new double[n];
            for (var i = 0; i < n; i++)
                centroid[i] = simplex.Take(n).Average(v => v[i]);
            double[] Toward(double t) => Clamp([.. centroid.Select((c, i) => c + t * (worst[i] - c))]);

            var reflected = Toward(-1);
            var fr = Evaluate(reflected);
            if (fr < values[0])
            {
                var expanded = Toward(-2);
                var fe = evaluations < maxEvaluations ? Evaluate(expanded) : double.PositiveInfinity;
                (simplex[n], values[n]) = fe < fr ? (expanded, fe) : (reflected, fr);
                continue;
            }

            if (fr < values[n - 1])
            {
                (simplex[n], values[n]) = (reflected, fr);
                continue;
            }

            if (evaluations >= maxEvaluations)
                continue;
            var outside = fr < values[n];
            var contracted = Toward(outside ? -0.5 : 0.5);
            var fc = Evaluate(contracted);
            if (fc < (outside ? fr : values[n]) || (outside && fc == fr))
            {
                (simplex[n], values[n]) = (contracted, fc);
                continue;
            }

            // Shrink towards the best vertex.
            var best = simplex[0];
            var shrunk = simplex.Skip(1).Select(v => Clamp([.. v.Select((c, i) => best[i] + (c - best[i]) / 2)])).ToList();
            var shrunkValues = objective(shrunk);
            evaluations += shrunk.Count;
            for (var k = 0; k < shrunk.Count; k++)
                (simplex[k + 1], values[k + 1]) = (shrunk[k], shrunkValues[k]);
        }
    }
}
