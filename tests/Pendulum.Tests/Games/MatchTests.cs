using Pendulum.Games;

namespace Pendulum.Tests.Games;

public sealed class MatchTests
{
    private static readonly MatchOptions TenTurns = new() { Turns = 10 };

    [Fact]
    public void Play_TitForTatAgainstDefectorNoNoise_SuckeredOnceThenMutualDefection()
    {
        var outcome = Match.Play(Strategies.TitForTat, Strategies.Defector, TenTurns, seed: 1);

        Assert.Equal(new MatchOutcome(0, 1, 0, 9), outcome);
        Assert.Equal(0.9, outcome.PayoffPerTurnA(Payoffs.Axelrod), 12);
        Assert.Equal(1.4, outcome.PayoffPerTurnB(Payoffs.Axelrod), 12);
    }

    [Fact]
    public void Play_TitForTwoTatsAgainstDefector_CooperatesTwiceThenDefects()
    {
        var outcome = Match.Play(Strategies.TitForTwoTats, Strategies.Defector, TenTurns, seed: 1);

        Assert.Equal(new MatchOutcome(0, 2, 0, 8), outcome);
    }

    [Fact]
    public void Play_TitForTwoTatsAgainstAlternator_NeverSeesTwoDefectionsInARow()
    {
        var outcome = Match.Play(Strategies.TitForTwoTats, Strategies.Alternator, TenTurns, seed: 1);

        Assert.Equal(new MatchOutcome(5, 5, 0, 0), outcome);
    }

    [Theory]
    [InlineData("Cooperator")]
    [InlineData("Defector")]
    [InlineData("Alternator")]
    [InlineData("SuspiciousTitForTat")]
    [InlineData("Grudger")]
    [InlineData("TitForTwoTats")]
    public void Play_ContriteTitForTatWithoutNoise_PlaysExactlyLikeTitForTat(string opponent)
    {
        var other = Strategies.Get(opponent);
        var options = new MatchOptions { Turns = 50 };

        Assert.Equal(Match.Play(Strategies.TitForTat, other, options, seed: 1),
            Match.Play(Strategies.ContriteTitForTat, other, options, seed: 1));
    }

    [Fact]
    public void Play_FastPathAndGeneralPath_SameDeterministicOutcome()
    {
        var options = new MatchOptions { Turns = 25 };
        var fast = Match.Plan(Strategies.WinStayLoseShift, Strategies.SuspiciousTitForTat, options);
        var general = Match.Plan(Strategies.WinStayLoseShift, Strategies.SuspiciousTitForTat, options, allowFastPath: false);
        var randomA = Pendulum.Internals.Xoshiro256StarStar.ForRun(1, 0);
        var randomB = randomA;

        Assert.True(fast.IsFast);
        Assert.False(general.IsFast);
        Assert.Equal(fast.Play(ref randomA), general.Play(ref randomB));
    }

    [Fact]
    public void Play_SameSeedAndRun_SameOutcome_OtherRun_OtherOutcome()
    {
        var noisy = new MatchOptions { Turns = 200, Noise = 0.05 };

        var first = Match.Play(Strategies.Grudger, Strategies.Random, noisy, seed: 9, run: 3);
        var again = Match.Play(Strategies.Grudger, Strategies.Random, noisy, seed: 9, run: 3);
        var other = Match.Play(Strategies.Grudger, Strategies.Random, noisy, seed: 9, run: 4);

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
        Assert.Equal(200, first.Turns);
    }

    [Theory]
    [InlineData(0, 0.0)]
    [InlineData(10, -0.1)]
    [InlineData(10, 1.5)]
    [InlineData(10, double.NaN)]
    public void Play_OutOfRangeOptions_ThrowsUsageError(int turns, double noise)
    {
        Assert.Throws<UsageException>(() =>
            Match.Play(Strategies.TitForTat, Strategies.TitForTat, new MatchOptions { Turns = turns, Noise = noise }, seed: 1));
    }
}
