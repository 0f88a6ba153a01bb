using Pendulum.Calibrate;

namespace Pendulum.Tests.Calibrate;

public sealed class NelderMeadTests
{
    private static double[] Bowl(IReadOnlyList<double[]> points, double[] centre) =>
        [.. points.Select(p => p.Select((x, i) => (x - centre[i]) * (x - centre[i]) * (i + 1)).Sum())];

    [Fact]
    public void Minimize_BowlInsideTheBox_ConvergesToItsCentreWithinTheTolerance()
    {
        double[] centre = [0.7, -1.3, 2.1];

        var outcome = NelderMead.Minimize([0, 0, 0], [1, 1, 1], [-5, -5, -5], [5, 5, 5], p => Bowl(p, centre), 500, 1e-4);

        Assert.True(outcome.Converged);
        for (var i = 0; i < centre.Length; i++)
            Assert.Equal(centre[i], outcome.Best[i], 3);
    }

    [Fact]
    public void Minimize_BowlBeyondTheUpperBound_StopsOnTheBound()
    {
        var outcome = NelderMead.Minimize([0, 0], [1, 1], [-2, -2], [2, 2], p => Bowl(p, [5, 0.5]), 500, 1e-6);

        Assert.Equal(2, outcome.Best[0]);
        Assert.Equal(0.5, outcome.Best[1], 4);
    }

    [Fact]
    public void Minimize_Budget_EvaluatesNoMorePointsThanAllowed()
    {
        var evaluated = 0;

        var outcome = NelderMead.Minimize([0, 0, 0, 0], [1, 1, 1, 1], [-9, -9, -9, -9], [9, 9, 9, 9], p =>
        {
            evaluated += p.Count;
            return Bowl(p, [3, 3, 3, 3]);
        }, 17, 1e-12);

        Assert.False(outcome.Converged);
        Assert.Equal(evaluated, outcome.Evaluations);
        Assert.InRange(evaluated, 5, 17 + 4);
    }
}
