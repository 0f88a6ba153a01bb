using Pendulum.Events;

namespace Pendulum.Internals;

/// <summary>
/// Counts the events offered and keeps the first <c>capacity</c> of them in an order: what a status change or a
/// crisis day reports, with memory bounded by the capacity rather than by the number of events.
/// </summary>
internal sealed class StrongestEvents(int capacity, Comparison<CodedEvent> order)
{
    private readonly List<CodedEvent> _kept = new(Math.Min(capacity, 16));

    /// <summary>Most conflictual first: lowest Goldstein, then most mentioned, then dataset and id (a total order).</summary>
    public static readonly Comparison<CodedEvent> MostConflictual = (a, b) =>
        a.Goldstein != b.Goldstein ? a.Goldstein.CompareTo(b.Goldstein) : Tie(a, b);

    /// <summary>Most reported first: most mentioned, then highest Goldstein, then dataset and id.</summary>
    public static readonly Comparison<CodedEvent> MostMentioned = (a, b) =>
        a.Mentions != b.Mentions ? b.Mentions.CompareTo(a.Mentions)
        : a.Goldstein != b.Goldstein ? b.Goldstein.CompareTo(a.Goldstein)
        : Ids(a, b);

    /// <summary>Events offered, kept or not.</summary>
    public int Count { get; private set; }

    /// <summary>The kept events, in order.</summary>
    public IReadOnlyList<CodedEvent> Kept => _kept;

    public void Add(CodedEvent e)
    {
        Count++;
        if (capacity == 0)
            return;
        var at = _kept.Count;
        while (at > 0 && order(e, _kept[at - 1]) < 0)
            at--;
        if (at >= capacity)
            return;
        if (_kept.Count == capacity)
            _kept.RemoveAt(capacity - 1);
        _kept.Insert(at, e);
    }

    private static int Tie(CodedEvent a, CodedEvent b) => a.Mentions != b.Mentions ? b.Mentions.CompareTo(a.Mentions) : Ids(a, b);

    private static int Ids(CodedEvent a, CodedEvent b)
    {
        var byDataset = string.CompareOrdinal(a.Dataset, b.Dataset);
        return byDataset != 0 ? byDataset : string.CompareOrdinal(a.EventId, b.EventId);
    }
}
