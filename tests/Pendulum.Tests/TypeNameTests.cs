using Pendulum.Observe;
using Pendulum.Simulate;

namespace Pendulum.Tests;

/// <summary>The library's conventions, read from the assembly.</summary>
public sealed class TypeNameTests
{
    // One idea under one name: a type named the same on both sides was two vocabularies for one thing (issue 23).
    [Fact]
    public void TypeNames_SimulateAndObserve_ShareNone()
    {
        var types = typeof(Scenario).Assembly.GetTypes().Where(t => !t.Name.Contains('<', StringComparison.Ordinal)).ToList();
        static bool In(Type t, string side) => t.Namespace is { } ns && (ns == side || ns.StartsWith(side + ".", StringComparison.Ordinal));
        var simulate = types.Where(t => In(t, "Pendulum.Simulate")).Select(t => t.Name).ToHashSet();
        var observe = types.Where(t => In(t, "Pendulum.Observe")).Select(t => t.Name).ToHashSet();

        Assert.NotEmpty(simulate);
        Assert.Contains(nameof(PairObserver), observe);
        Assert.Empty(simulate.Intersect(observe).Order());
    }
}
