using Pendulum.Games;

namespace Pendulum.Simulate;

/// <summary>
/// The repeated-game strategies (src/Pendulum/Games) a scenario can name, by their scenario-file names. Memory-one
/// strategies play from their probability vectors; the others (grudger, contrite tit for tat, tit for two tats)
/// keep a history per pair and side.
/// </summary>
public static class StrategyNames
{
    private static readonly Dictionary<string, Func<Strategy>> Known = new(StringComparer.Ordinal)
    {
        ["cooperator"] = () => MemoryOneStrategy.Cooperator,
        ["defector"] = () => MemoryOneStrategy.Defector,
        ["tit_for_tat"] = () => MemoryOneStrategy.TitForTat,
        ["suspicious_tit_for_tat"] = () => MemoryOneStrategy.SuspiciousTitForTat,
        ["generous_tit_for_tat"] = () => MemoryOneStrategy.GenerousTitForTat(),
        ["win_stay_lose_shift"] = () => MemoryOneStrategy.WinStayLoseShift,
        ["alternator"] = () => MemoryOneStrategy.Alternator,
        ["random"] = () => MemoryOneStrategy.Random,
        ["grudger"] = () => Strategies.Grudger,
        ["contrite_tit_for_tat"] = () => Strategies.ContriteTitForTat,
        ["tit_for_two_tats"] = () => Strategies.TitForTwoTats,
    };

    /// <summary>Every name a scenario may use for a strategy (besides <c>kydd</c>).</summary>
    public static IReadOnlyCollection<string> All => Known.Keys;

    /// <summary>The strategy named <paramref name="name"/>; null for <c>kydd</c> (Kydd's threshold rule, not a game strategy).</summary>
    public static Strategy? Resolve(string name) =>
        name == BehaviourParameters.Kydd ? null
        : Known.TryGetValue(name, out var make) ? make()
        : throw new ArgumentException($"unknown strategy '{name}'", nameof(name));
}
