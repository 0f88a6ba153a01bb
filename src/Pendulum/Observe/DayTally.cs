using Pendulum.Events;

namespace Pendulum.Observe;

/// <summary>
/// One direction's events of one day, summed by QuadClass. Folding events into tallies is the observer's hot path:
/// a struct of fixed size, no allocation per event.
/// </summary>
public struct DayTally
{
    private Quads _quads;

    /// <summary>Events of the day.</summary>
    public readonly long Events => _quads[0].Count + _quads[1].Count + _quads[2].Count + _quads[3].Count;

    /// <summary>Adds one event.</summary>
    public void Add(CodedEvent e) => Add(e.QuadClass, e.Goldstein, e.Mentions);

    /// <summary>Adds one event by its parts.</summary>
    public void Add(QuadClass quad, double goldstein, int mentions)
    {
        ref var q = ref _quads[(int)quad - 1];
        var weight = Math.Max(mentions, 1);
        var micro = QuadSums.ToMicro(goldstein);
        q.Count++;
        q.GoldsteinMicro += micro;
        q.Mentions += weight;
        q.WeightedGoldsteinMicro += micro * weight;
    }

    /// <summary>Adds sums computed elsewhere for one QuadClass.</summary>
    public void Add(QuadClass quad, QuadSums sums) => _quads[(int)quad - 1].Add(sums);

    /// <summary>The sums of one QuadClass.</summary>
    public readonly QuadSums Of(QuadClass quad) => _quads[(int)quad - 1];

    /// <summary>The day's evidence <c>E_t</c> (nats) under <paramref name="parameters"/>.</summary>
    public readonly double Evidence(EvidenceParameters parameters) =>
        Term(QuadClass.VerbalCooperation, parameters) + Term(QuadClass.MaterialCooperation, parameters)
        + Term(QuadClass.VerbalConflict, parameters) + Term(QuadClass.MaterialConflict, parameters);

    /// <summary>One QuadClass's share of the day's evidence (nats).</summary>
    public readonly double Term(QuadClass quad, EvidenceParameters parameters)
    {
        var q = Of(quad);
        return q.Count == 0
            ? 0
            : parameters.WeightOf(quad) * (q.WeightedGoldstein / q.Mentions / 10) * (1 - Math.Exp(-q.Count / parameters.SaturationEvents));
    }

    /// <summary>Adds another tally (for periods longer than a day).</summary>
    public void Add(in DayTally other)
    {
        for (var i = 0; i < 4; i++)
            _quads[i].Add(other._quads[i]);
    }

    [System.Runtime.CompilerServices.InlineArray(4)]
    private struct Quads
    {
        private QuadSums _first;
    }
}

/// <summary>
/// Sums of one QuadClass: events, Goldstein, mentions, mention-weighted Goldstein. Goldstein sums are kept in
/// millionths as integers, so they are exact and do not depend on the order events arrive in (floating-point sums
/// do): the same events give the same bytes out, from a store, from files, on any number of threads.
/// </summary>
public struct QuadSums
{
    public long Count;
    public long GoldsteinMicro;
    public long Mentions;
    public long WeightedGoldsteinMicro;

    /// <summary>Sum of Goldstein values.</summary>
    public readonly double Goldstein => GoldsteinMicro / 1e6;

    /// <summary>Sum of Goldstein values times mentions.</summary>
    public readonly double WeightedGoldstein => WeightedGoldsteinMicro / 1e6;

    /// <summary>A Goldstein value in millionths (values have at most one decimal in every published table).</summary>
    public static long ToMicro(double goldstein) => (long)Math.Round(goldstein * 1e6, MidpointRounding.AwayFromZero);

    public void Add(QuadSums other)
    {
        Count += other.Count;
        GoldsteinMicro += other.GoldsteinMicro;
        Mentions += other.Mentions;
        WeightedGoldsteinMicro += other.WeightedGoldsteinMicro;
    }
}
