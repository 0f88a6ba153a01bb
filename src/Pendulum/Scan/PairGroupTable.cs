using System.Runtime.InteropServices;

namespace Pendulum.Scan;

/// <summary>
/// One scanning thread's sums, keyed by period, direction and QuadClass packed into one integer. Every sum is an
/// integer (GoldsteinScale in millionths), so tables merge in any order to the same result.
/// </summary>
internal sealed class PairGroupTable
{
    private readonly Dictionary<long, GroupSums> _groups = [];

    public int Count => _groups.Count;

    /// <summary>The key of a group: period digits, then direction (0: A to B, 1: B to A), then QuadClass - 1.</summary>
    public static long Key(int period, int direction, int quadClass) => ((long)period << 3) | ((long)direction << 2) | (long)(quadClass - 1);

    public void Add(long key, long goldsteinMillionths, long mentions)
    {
        ref var sums = ref CollectionsMarshal.GetValueRefOrAddDefault(_groups, key, out _);
        sums.Count++;
        sums.Goldstein += goldsteinMillionths;
        sums.Mentions += mentions;
        sums.GoldsteinTimesMentions += (Int128)goldsteinMillionths * mentions;
    }

    public void MergeInto(PairGroupTable total)
    {
        foreach (var (key, sums) in _groups)
        {
            ref var into = ref CollectionsMarshal.GetValueRefOrAddDefault(total._groups, key, out _);
            into.Count += sums.Count;
            into.Goldstein += sums.Goldstein;
            into.Mentions += sums.Mentions;
            into.GoldsteinTimesMentions += sums.GoldsteinTimesMentions;
        }
    }

    /// <summary>The groups as output rows, in the order <see cref="PairScanResult.Groups"/> promises.</summary>
    public List<PairScanGroup> ToGroups(string actorA, string actorB)
    {
        var groups = new List<PairScanGroup>(_groups.Count);
        foreach (var (key, sums) in _groups)
        {
            var direction = (int)(key >> 2) & 1;
            var (actor1, actor2) = direction == 0 ? (actorA, actorB) : (actorB, actorA);
            groups.Add(new PairScanGroup((int)(key >> 3), actor1, actor2, (int)(key & 3) + 1,
                sums.Count, sums.Goldstein, sums.Mentions, sums.GoldsteinTimesMentions));
        }
        groups.Sort(static (x, y) =>
        {
            var c = x.Period.CompareTo(y.Period);
            if (c == 0) c = string.CompareOrdinal(x.Actor1, y.Actor1);
            if (c == 0) c = string.CompareOrdinal(x.Actor2, y.Actor2);
            return c != 0 ? c : x.QuadClass.CompareTo(y.QuadClass);
        });
        return groups;
    }

    private struct GroupSums
    {
        public long Count;
        public long Goldstein;
        public long Mentions;
        public Int128 GoldsteinTimesMentions;
    }
}
