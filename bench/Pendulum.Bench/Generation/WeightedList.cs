using Pendulum.Internals;

namespace Pendulum.Bench.Generation;

/// <summary>Items drawn by weight through an <see cref="AliasTable"/>.</summary>
internal sealed class WeightedList<T>
{
    private readonly T[] _items;
    private readonly AliasTable _table;

    public WeightedList(IReadOnlyList<T> items, IReadOnlyList<double> weights)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(weights);
        if (items.Count != weights.Count)
        {
            throw new ArgumentException($"{items.Count} items but {weights.Count} weights.", nameof(weights));
        }
        _items = [.. items];
        _table = new AliasTable(weights);
    }

    public IReadOnlyList<T> Items => _items;

    public T Sample(RandomStream random) => _items[_table.Sample(random)];
}
