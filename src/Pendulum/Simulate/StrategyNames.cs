using Pendulum.Games;

namespace Pendulum.Simulate;

/// <summary>The memory-one strategies (src/Pendulum/Games) a scenario can name, by their scenario-file names.</summary>
public static class StrategyNames
{
    private static readonly Dictionary<string, Func<MemoryOneStrategy>> Known = new(StringComparer.Ordinal)
    {
        ["cooperator"] = () => MemoryOneStrategy.Cooperator,
        ["defector"] = () => MemoryOneStrategy.Defector,
        ["tit_for_tat"] = () => MemoryOneStrategy.TitForTat,
        ["suspicious_tit_for_tat"] = () => MemoryOneStrategy.SuspiciousTitForTat,
        ["generous_tit_for_tat"] = () => MemoryOneStrategy.GenerousTitForTat(),
        ["win_stay_lose_shift"] = () => MemoryOneStrategy.WinStayLoseShift,
        ["alternator"] = () => MemoryOneStrategy.Alternator,
        ["random"] = () => MemoryOneStrategy.Random,
    };

    /// <summary>Every name a scenario may use for a memory-one strategy.</summary>
    public static IReadOnlyCollection<string> All => Known.Keys;

    /// <summary>The strategy named <paramref name="name"/>; null for <c>kydd</c> (not a memory-one strategy).</summary>
    public static MemoryOneStrategy? Resolve(string name) =>
        name == BehaviourParameters.Kydd ? null
        : Known.TryGetValue(name, out var make) ? make()
        : throw new ArgumentException($"unknown strategy '{name}'", nameof(name));
}
