namespace Pendulum.Games;

/// <summary>
/// Exact expected payoffs of a match between two memory-one strategies: the last turn's outcome is a four-state
/// Markov chain, so the distribution over outcomes can be carried forward turn by turn with no sampling.
/// </summary>
public static class MarkovMatch
{
    /// <summary>Expected payoff per turn to each side over <paramref name="turns"/> turns.</summary>
    /// <param name="a">Row player.</param>
    /// <param name="b">Column player.</param>
    /// <param name="turns">Number of turns, at least 1.</param>
    /// <param name="noise">Execution noise: probability that an intended move is flipped. Unit: probability per move.</param>
    /// <param name="payoffs">Stage game; Axelrod's by default.</param>
    public static (double A, double B) ExpectedPayoffPerTurn(MemoryOneStrategy a, MemoryOneStrategy b, int turns,
        double noise = 0, Payoffs? payoffs = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(turns, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(noise);
        payoffs ??= Payoffs.Axelrod;
        var x = a.WithNoise(noise);
        var y = b.WithNoise(noise);

        // dist[s]: probability of outcome s = (a cooperated ? 0 : 2) + (b cooperated ? 0 : 1), i.e. CC, CD, DC, DD.
        Span<double> dist = [x.First * y.First, x.First * (1 - y.First), (1 - x.First) * y.First, (1 - x.First) * (1 - y.First)];
        Span<double> next = stackalloc double[4];
        double totalA = 0, totalB = 0;
        for (var turn = 0; turn < turns; turn++)
        {
            if (turn > 0)
            {
                next.Clear();
                for (var s = 0; s < 4; s++)
                {
                    bool ac = s < 2, bc = s % 2 == 0;
                    var pa = x.After(ac, bc);
                    var pb = y.After(bc, ac);
                    next[0] += dist[s] * pa * pb;
                    next[1] += dist[s] * pa * (1 - pb);
                    next[2] += dist[s] * (1 - pa) * pb;
                    next[3] += dist[s] * (1 - pa) * (1 - pb);
                }

                next.CopyTo(dist);
            }

            totalA += dist[0] * payoffs.Reward + dist[1] * payoffs.Sucker + dist[2] * payoffs.Temptation + dist[3] * payoffs.Punishment;
            totalB += dist[0] * payoffs.Reward + dist[1] * payoffs.Temptation + dist[2] * payoffs.Sucker + dist[3] * payoffs.Punishment;
        }

        return (totalA / turns, totalB / turns);
    }
}
