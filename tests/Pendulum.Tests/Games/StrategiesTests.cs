using Pendulum.Games;
using Pendulum.Internals;

namespace Pendulum.Tests.Games;

public sealed class StrategiesTests
{
    [Theory]
    [InlineData("TitForTat", "TitForTat")]
    [InlineData("titfortat", "TitForTat")]
    [InlineData(" GRUDGER ", "Grudger")]
    [InlineData("tft", "TitForTat")]
    [InlineData("AllD", "Defector")]
    [InlineData("pavlov", "WinStayLoseShift")]
    [InlineData("ctft", "ContriteTitForTat")]
    public void Get_KnownNameInAnyCase_ReturnsTheStrategy(string name, string expected)
    {
        Assert.Equal(expected, Strategies.Get(name).Name);
    }

    [Fact]
    public void Get_UnknownName_ThrowsUsageErrorListingEveryKnownName()
    {
        var error = Assert.Throws<UsageException>(() => Strategies.Get("TitForThree", "--a"));

        Assert.Equal(ExitCodes.Usage, error.ExitCode);
        Assert.StartsWith("--a: unknown strategy 'TitForThree'; known: ", error.Message, StringComparison.Ordinal);
        Assert.All(Strategies.All, s => Assert.Contains(s.Name, error.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void All_EveryStrategy_HasAUniqueNameThatFindsIt()
    {
        Assert.Equal(11, Strategies.All.Select(s => s.Name).Distinct().Count());
        Assert.All(Strategies.All, s => Assert.Same(s, Strategies.Get(s.Name)));
    }

    [Fact]
    public void GenerousTitForTat_Registry_ForgivesWithOneThird()
    {
        var gtft = Assert.IsType<MemoryOneStrategy>(Strategies.GenerousTitForTat);

        Assert.Equal(1.0 / 3, gtft.AfterCD, 12);
        Assert.Equal(1.0 / 3, gtft.AfterDD, 12);
    }

    [Fact]
    public void Grudger_CooperationAfterTheGrudge_KeepsDefectingUnlikeMemoryOneGrim()
    {
        var grim = new MemoryOneStrategy("Grim", 1, 1, 0, 0, 0);

        // (my move, their move) as actually played; the last turn is mutual cooperation, e.g. both moves flipped by noise.
        var moves = Play(Strategies.Grudger, (true, true), (true, false), (false, false), (true, true));

        Assert.Equal([true, true, false, false, false], moves);
        Assert.Equal(1.0, grim.After(true, true));
    }

    [Fact]
    public void TitForTwoTats_OneDefectionThenTwo_DefectsOnlyAfterTheSecondInARow()
    {
        var moves = Play(Strategies.TitForTwoTats, (true, false), (true, true), (true, false), (true, false), (false, true));

        Assert.Equal([true, true, true, true, false, true], moves);
    }

    [Fact]
    public void ContriteTitForTat_OwnMistakenDefection_AcceptsOneRetaliationWithoutRetaliating()
    {
        // Turn 2: its intended cooperation came out as a defection; turn 3: the partner retaliates; turn 4: back to CC.
        var moves = Play(Strategies.ContriteTitForTat, (true, true), (false, true), (true, false), (true, true));

        Assert.Equal([true, true, true, true, true], moves);
    }

    [Fact]
    public void ContriteTitForTat_PartnersMistakenDefection_PunishesOnceThenForgives()
    {
        // Turn 2: the partner defects by mistake; turn 3: it punishes while the contrite partner cooperates.
        var moves = Play(Strategies.ContriteTitForTat, (true, true), (true, false), (false, true), (true, true));

        Assert.Equal([true, true, false, true, true], moves);
    }

    [Fact]
    public void ContriteTitForTat_AfterOwnMistakePartnerDefectsTwice_RetaliatesAgainstTheSecond()
    {
        // The first retaliation is accepted; a second defection, against a side back in good standing, is not.
        var moves = Play(Strategies.ContriteTitForTat, (false, true), (true, false), (true, false));

        Assert.Equal([true, true, true, false], moves);
    }

    [Fact]
    public void TitForTat_MemoryOne_CopiesTheOthersLastMove()
    {
        var moves = Play(Strategies.TitForTat, (true, false), (false, true), (true, true));

        Assert.Equal([true, false, true, true], moves);
    }

    /// <summary>The intended moves of a strategy fed the given turns: the first move, then one after each turn.</summary>
    private static bool[] Play(Strategy strategy, params (bool Mine, bool Theirs)[] turns)
    {
        var random = new Xoshiro256StarStar(1);
        var player = strategy.CreatePlayer();
        var moves = new List<bool> { player.First(ref random) };
        foreach (var (mine, theirs) in turns)
            moves.Add(player.Next(mine, theirs, ref random));
        return [.. moves];
    }
}
