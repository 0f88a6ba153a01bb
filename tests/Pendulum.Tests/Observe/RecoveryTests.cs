using Pendulum.Belief;
using Pendulum.Events;
using Pendulum.Observe;

namespace Pendulum.Tests.Observe;

/// <summary>
/// Can the observer recover trust it cannot see? Streams are simulated from a hidden type path (security seeker or
/// greedy, switching with the filter's own hazards); each day's events are Poisson draws per QuadClass whose rates
/// depend on the type. The best any observer can do is the exact posterior under those likelihoods; Pendulum's
/// observer does not know them and uses its generic evidence weights. The figures are in docs/observer.md.
/// </summary>
public sealed class RecoveryTests
{
    private const int Streams = 20;
    private const int Days = 3650;
    private static readonly double[] Goldstein = [2.0, 6.0, -2.0, -8.0];
    private static readonly double[] RatesIfSecuritySeeker = [3.0, 0.8, 0.8, 0.05];
    private static readonly double[] RatesIfGreedy = [1.5, 0.2, 2.0, 0.6];

    [Fact]
    public void Measure_SimulatedStreams_TracksTheHiddenTypeAndTheExactPosterior()
    {
        var parameters = new ObserverParameters { DriversPerPeriod = 0 };
        double absoluteError = 0, agreement = 0;
        for (var seed = 0; seed < Streams; seed++)
        {
            var (events, types, posterior) = Simulate(seed, parameters.Belief);
            var accumulator = new PairAccumulator("USA", "CHN", 0);
            foreach (var e in events)
                accumulator.Add(e);
            var first = new DateOnly(2000, 1, 1);
            var periods = accumulator.Measure(Frequency.Day, parameters, first, first.AddDays(Days - 1)).Periods;
            for (var d = 0; d < Days; d++)
            {
                absoluteError += Math.Abs(periods[d].MuAb - posterior[d]);
                agreement += (periods[d].MuAb > 0.5) == types[d] ? 1 : 0;
            }
        }

        var meanError = absoluteError / (Streams * Days);
        var accuracy = agreement / (Streams * Days);
        Assert.True(accuracy >= 0.8, $"the observer's mu sides with the hidden type on {accuracy:P1} of days");
        Assert.True(meanError <= 0.25, $"mean |mu - exact posterior| is {meanError:0.000}");
    }

    private static (List<CodedEvent> Events, bool[] Types, double[] Posterior) Simulate(int seed, BeliefParameters belief)
    {
        var random = new Random(seed);
        var events = new List<CodedEvent>();
        var types = new bool[Days];
        var posterior = new double[Days];
        var securitySeeker = random.NextDouble() < belief.Prior;
        var exact = belief.Prior;
        var id = 0;
        for (var d = 0; d < Days; d++)
        {
            var hazard = securitySeeker ? belief.HazardTrustworthyToGreedy : belief.HazardGreedyToTrustworthy;
            if (random.NextDouble() < hazard)
                securitySeeker = !securitySeeker;
            types[d] = securitySeeker;
            var rates = securitySeeker ? RatesIfSecuritySeeker : RatesIfGreedy;
            var logLikelihood = 0.0;
            for (var q = 0; q < 4; q++)
            {
                var n = Poisson(random, rates[q]);
                logLikelihood += n * Math.Log(RatesIfSecuritySeeker[q] / RatesIfGreedy[q]) - (RatesIfSecuritySeeker[q] - RatesIfGreedy[q]);
                for (var i = 0; i < n; i++)
                    events.Add(Event(id++, new DateOnly(2000, 1, 1).AddDays(d), (QuadClass)(q + 1), Goldstein[q]));
            }

            exact = BeliefFilter.Update(BeliefFilter.Predict(exact, belief), logLikelihood);
            posterior[d] = exact;
        }

        return (events, types, posterior);
    }

    private static CodedEvent Event(int id, DateOnly date, QuadClass quad, double goldstein) => new()
    {
        Dataset = "synthetic",
        EventId = id.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Date = date,
        Source = new EventActor("USA"),
        Target = new EventActor("CHN"),
        CameoCode = quad switch
        {
            QuadClass.VerbalCooperation => "040",
            QuadClass.MaterialCooperation => "061",
            QuadClass.VerbalConflict => "112",
            _ => "190",
        },
        QuadClass = quad,
        Goldstein = goldstein,
    };

    private static int Poisson(Random random, double rate)
    {
        var limit = Math.Exp(-rate);
        var product = random.NextDouble();
        var n = 0;
        while (product > limit)
        {
            product *= random.NextDouble();
            n++;
        }

        return n;
    }
}
