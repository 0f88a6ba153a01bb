using Pendulum.Games;

namespace Pendulum.Tests.Games;

public sealed class TournamentTests
{
    private static readonly Strategy[] AxelrodTutorial =
        [Strategies.Cooperator, Strategies.Defector, Strategies.TitForTat, Strategies.Grudger];

    /// <summary>docs/model.md section 5 item 1, to the last digit.</summary>
    [Fact]
    public void Run_AxelrodTutorialTenTurns_PublishedScoresAndRanks()
    {
        var result = Tournament.Run(AxelrodTutorial, new MatchOptions { Turns = 10 }, new MonteCarloOptions { Runs = 1 });

        Assert.Equal(
            [("Defector", 2.6, 1), ("TitForTat", 2.3, 2), ("Grudger", 2.3, 2), ("Cooperator", 2.0, 4)],
            result.Standings.Select(s => (s.Strategy.Name, s.MeanPayoffPerTurn, s.Rank)));
    }

    [Fact]
    public void Run_AxelrodTutorial_PayoffMatrixHasNoSelfPlay()
    {
        var result = Tournament.Run(AxelrodTutorial, new MatchOptions { Turns = 10 }, new MonteCarloOptions { Runs = 3 });

        for (var i = 0; i < 4; i++)
            Assert.True(double.IsNaN(result.PayoffPerTurn[i, i]));
        Assert.Equal(5.0, result.PayoffPerTurn[1, 0]);  // Defector against Cooperator
        Assert.Equal(0.0, result.PayoffPerTurn[0, 1]);
        Assert.Equal(1.4, result.PayoffPerTurn[1, 3], 12); // Defector against Grudger
    }

    [Fact]
    public void Run_TiesInOtherEntryOrder_KeepEntryOrderAndShareTheBestRank()
    {
        Strategy[] reordered = [Strategies.Grudger, Strategies.Cooperator, Strategies.TitForTat, Strategies.Defector];

        var result = Tournament.Run(reordered, new MatchOptions { Turns = 10 }, new MonteCarloOptions { Runs = 1 });

        Assert.Equal(["Defector", "Grudger", "TitForTat", "Cooperator"], result.Standings.Select(s => s.Strategy.Name));
        Assert.Equal([1, 2, 2, 4], result.Standings.Select(s => s.Rank));
    }

    [Fact]
    public void Run_NoisyTournamentOnOneAndTwoThreads_IdenticalResults()
    {
        var match = new MatchOptions { Turns = 100, Noise = 0.05 };
        var one = new MonteCarloOptions { Runs = 600, Seed = 3, Threads = 1 };

        var single = Tournament.Run(Strategies.All, match, one);
        var dual = Tournament.Run(Strategies.All, match, one with { Threads = 2 });

        Assert.Equal(single.Standings, dual.Standings);
        Assert.Equal(single.PayoffPerTurn, dual.PayoffPerTurn);
    }

    [Fact]
    public void Run_SameStrategyTwice_ThrowsUsageError()
    {
        var error = Assert.Throws<UsageException>(() => Tournament.Run([Strategies.TitForTat, Strategies.Get("tft")],
            new MatchOptions(), new MonteCarloOptions { Runs = 1 }));

        Assert.Contains("entered twice", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_OneEntrant_ThrowsUsageError()
    {
        Assert.Throws<UsageException>(() => Tournament.Run([Strategies.TitForTat], new MatchOptions(), new MonteCarloOptions { Runs = 1 }));
    }
}
