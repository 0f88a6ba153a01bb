using Pendulum.Games;

namespace Pendulum.Tests.Games;

public sealed class MonteCarloMatchTests
{
    private static readonly MemoryOneStrategy[] MemoryOne =
    [
        MemoryOneStrategy.Cooperator, MemoryOneStrategy.Defector, MemoryOneStrategy.TitForTat,
        (MemoryOneStrategy)Strategies.GenerousTitForTat, MemoryOneStrategy.WinStayLoseShift,
        MemoryOneStrategy.SuspiciousTitForTat, MemoryOneStrategy.Alternator, MemoryOneStrategy.Random,
    ];

    /// <summary>docs/model.md section 5 item 3: the Monte Carlo mean's 95% interval holds the exact Markov value.</summary>
    [Theory]
    [InlineData("TitForTat", 0.01)]
    [InlineData("TitForTat", 0.05)]
    [InlineData("GenerousTitForTat", 0.01)]
    [InlineData("GenerousTitForTat", 0.05)]
    [InlineData("WinStayLoseShift", 0.01)]
    [InlineData("WinStayLoseShift", 0.05)]
    public void Run_SelfPlayWithNoise200Turns_IntervalHoldsTheExactValue(string name, double noise)
    {
        var strategy = (MemoryOneStrategy)Strategies.Get(name);
        var match = new MatchOptions { Turns = 200, Noise = noise };
        var (exactA, exactB) = MarkovMatch.ExpectedPayoffPerTurn(strategy, strategy, 200, noise);

        var estimate = MonteCarloMatch.Run(strategy, strategy, match, new MonteCarloOptions { Runs = 50_000, Seed = 1 });

        Assert.True(estimate.PayoffA.Contains95(exactA),
            $"{exactA} outside [{estimate.PayoffA.Low95}, {estimate.PayoffA.High95}]");
        Assert.True(estimate.PayoffB.Contains95(exactB),
            $"{exactB} outside [{estimate.PayoffB.Low95}, {estimate.PayoffB.High95}]");
        Assert.InRange(estimate.PayoffA.High95 - estimate.PayoffA.Low95, 0, 0.02);
    }

    /// <summary>
    /// Every pair of memory-one strategies, both paths: the simulated mean lies within 4 standard errors of the exact
    /// value (a correct simulator fails one of these 144 checks with probability about 1%; a wrong one by far more).
    /// </summary>
    [Theory]
    [InlineData(0.0, true)]
    [InlineData(0.05, true)]
    [InlineData(0.05, false)]
    public void Run_EveryMemoryOnePair_AgreesWithTheExactValue(double noise, bool fastPath)
    {
        var match = new MatchOptions { Turns = 200, Noise = noise };
        var runs = new MonteCarloOptions { Runs = fastPath ? 4_000 : 1_000, Seed = 5 };
        foreach (var a in MemoryOne)
        {
            foreach (var b in MemoryOne)
            {
                var (exactA, exactB) = MarkovMatch.ExpectedPayoffPerTurn(a, b, 200, noise);

                var estimate = MonteCarloMatch.RunWith(a, b, match, runs, fastPath, CancellationToken.None);

                Assert.True(Math.Abs(estimate.PayoffA.Mean - exactA) <= 4 * estimate.PayoffA.StandardError + 1e-12,
                    $"{a.Name} vs {b.Name}: A {estimate.PayoffA.Mean} +- {estimate.PayoffA.StandardError}, exact {exactA}");
                Assert.True(Math.Abs(estimate.PayoffB.Mean - exactB) <= 4 * estimate.PayoffB.StandardError + 1e-12,
                    $"{a.Name} vs {b.Name}: B {estimate.PayoffB.Mean} +- {estimate.PayoffB.StandardError}, exact {exactB}");
            }
        }
    }

    [Theory]
    [InlineData("TitForTat", "TitForTat")]
    [InlineData("Grudger", "ContriteTitForTat")]
    public void Run_OneThreadAndTwoThreads_IdenticalResults(string a, string b)
    {
        var match = new MatchOptions { Turns = 200, Noise = 0.01 };
        // Not a multiple of the chunk size, and several chunks, so both threads get work.
        var one = new MonteCarloOptions { Runs = 5 * MonteCarloMatch.ChunkRuns + 123, Seed = 11, Threads = 1 };

        var single = MonteCarloMatch.Run(Strategies.Get(a), Strategies.Get(b), match, one);
        var dual = MonteCarloMatch.Run(Strategies.Get(a), Strategies.Get(b), match, one with { Threads = 2 });

        Assert.Equal(single.PayoffA, dual.PayoffA);
        Assert.Equal(single.PayoffB, dual.PayoffB);
    }

    [Fact]
    public void Run_RunR_IsMatchPlayWithRunIndexR()
    {
        var match = new MatchOptions { Turns = 30, Noise = 0.2 };
        var two = new MonteCarloOptions { Runs = 2, Seed = 4 };
        var payoffs = Enumerable.Range(0, 2)
            .Select(r => Match.Play(Strategies.TitForTwoTats, Strategies.Random, match, 4, r).PayoffPerTurnA(Payoffs.Axelrod))
            .ToArray();

        var estimate = MonteCarloMatch.Run(Strategies.TitForTwoTats, Strategies.Random, match, two);

        Assert.Equal((payoffs[0] + payoffs[1]) / 2, estimate.PayoffA.Mean, 12);
        Assert.Equal(Math.Abs(payoffs[0] - payoffs[1]) / 2, estimate.PayoffA.StandardError, 12);
    }

    [Fact]
    public void Run_GrudgerSelfPlayWithNoise_BelowMemoryOneGrimsExactValue()
    {
        // Memory-one grim can return to cooperation when noise flips both moves; Grudger never does.
        var grim = new MemoryOneStrategy("Grim", 1, 1, 0, 0, 0);
        var match = new MatchOptions { Turns = 200, Noise = 0.05 };
        var (grimExact, _) = MarkovMatch.ExpectedPayoffPerTurn(grim, grim, 200, 0.05);

        var grudger = MonteCarloMatch.Run(Strategies.Grudger, Strategies.Grudger, match, new MonteCarloOptions { Runs = 20_000 });
        var grimSimulated = MonteCarloMatch.RunWith(grim, grim, match, new MonteCarloOptions { Runs = 20_000 }, false, CancellationToken.None);

        Assert.True(grudger.PayoffA.High95 < grimExact, $"Grudger {grudger.PayoffA}, grim {grimExact}");
        Assert.True(Math.Abs(grimSimulated.PayoffA.Mean - grimExact) <= 4 * grimSimulated.PayoffA.StandardError);
    }

    [Fact]
    public void Run_ContriteSelfPlayWithNoise_RecoversBetterThanTitForTat()
    {
        var match = new MatchOptions { Turns = 200, Noise = 0.01 };
        var (tft, _) = MarkovMatch.ExpectedPayoffPerTurn(MemoryOneStrategy.TitForTat, MemoryOneStrategy.TitForTat, 200, 0.01);

        var contrite = MonteCarloMatch.Run(Strategies.ContriteTitForTat, Strategies.ContriteTitForTat, match,
            new MonteCarloOptions { Runs = 20_000 });

        Assert.True(contrite.PayoffA.Low95 > tft + 0.3, $"contrite {contrite.PayoffA}, TFT {tft}");
    }

    [Fact]
    public void Run_OneRun_ThrowsUsageError()
    {
        Assert.Throws<UsageException>(() => MonteCarloMatch.Run(Strategies.TitForTat, Strategies.TitForTat,
            new MatchOptions(), new MonteCarloOptions { Runs = 1 }));
    }
}
