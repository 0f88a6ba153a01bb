namespace Pendulum.Games;

/// <summary>
/// The strategies Pendulum knows, by name. Names are matched without regard to case; the usual abbreviations
/// (AllC, AllD, TFT, GTFT, CTFT, WSLS or Pavlov, STFT, TF2T) are accepted too.
/// </summary>
public static class Strategies
{
    /// <summary>Always cooperates (ALLC).</summary>
    public static Strategy Cooperator => MemoryOneStrategy.Cooperator;

    /// <summary>Always defects (ALLD).</summary>
    public static Strategy Defector => MemoryOneStrategy.Defector;

    /// <summary>Cooperates first, then copies the other's last move.</summary>
    public static Strategy TitForTat => MemoryOneStrategy.TitForTat;

    /// <summary>Tit for tat that forgives a defection with probability 1/3, Nowak and Sigmund's optimum for Axelrod's payoffs.</summary>
    public static Strategy GenerousTitForTat { get; } = MemoryOneStrategy.GenerousTitForTat();

    /// <summary>Tit for tat that accepts one retaliation after its own mistaken defection (Boyd 1989); see docs/games.md.</summary>
    public static Strategy ContriteTitForTat { get; } = new ContriteTitForTatStrategy();

    /// <summary>Win-stay, lose-shift (Pavlov).</summary>
    public static Strategy WinStayLoseShift => MemoryOneStrategy.WinStayLoseShift;

    /// <summary>Cooperates until the other's first defection, then defects for good (history-based, not memory-one).</summary>
    public static Strategy Grudger { get; } = new GrudgerStrategy();

    /// <summary>Tit for tat that opens with a defection.</summary>
    public static Strategy SuspiciousTitForTat => MemoryOneStrategy.SuspiciousTitForTat;

    /// <summary>Defects only after two consecutive defections by the other.</summary>
    public static Strategy TitForTwoTats { get; } = new TitForTwoTatsStrategy();

    /// <summary>Cooperates, then alternates its own moves.</summary>
    public static Strategy Alternator => MemoryOneStrategy.Alternator;

    /// <summary>Cooperates with probability 1/2 on every turn.</summary>
    public static Strategy Random => MemoryOneStrategy.Random;

    /// <summary>Every known strategy, in the order the documentation lists them.</summary>
    public static IReadOnlyList<Strategy> All { get; } =
    [
        Cooperator, Defector, TitForTat, GenerousTitForTat, ContriteTitForTat, WinStayLoseShift, Grudger,
        SuspiciousTitForTat, TitForTwoTats, Alternator, Random,
    ];

    private static readonly Dictionary<string, Strategy> ByName = BuildIndex();

    /// <summary>The strategy called <paramref name="name"/> (case-insensitive, abbreviations accepted), if there is one.</summary>
    public static bool TryGet(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Strategy? strategy)
    {
        ArgumentNullException.ThrowIfNull(name);
        return ByName.TryGetValue(name.Trim(), out strategy);
    }

    /// <summary>The strategy called <paramref name="name"/>, or a usage error that lists the known names.</summary>
    /// <param name="name">A name such as <c>TitForTat</c> or <c>tft</c>.</param>
    /// <param name="field">What the name was given as (an option name), for the error message.</param>
    public static Strategy Get(string name, string? field = null) =>
        TryGet(name, out var strategy)
            ? strategy
            : throw new UsageException($"unknown strategy '{name}'; known: {string.Join(", ", All.Select(s => s.Name))}", field);

    private static Dictionary<string, Strategy> BuildIndex()
    {
        var index = All.ToDictionary(s => s.Name, StringComparer.OrdinalIgnoreCase);
        (string Alias, Strategy Strategy)[] aliases =
        [
            ("AllC", Cooperator), ("AllD", Defector), ("TFT", TitForTat), ("GTFT", GenerousTitForTat),
            ("CTFT", ContriteTitForTat), ("WSLS", WinStayLoseShift), ("Pavlov", WinStayLoseShift),
            ("STFT", SuspiciousTitForTat), ("TF2T", TitForTwoTats),
        ];
        foreach (var (alias, strategy) in aliases)
            index.Add(alias, strategy);
        return index;
    }
}
