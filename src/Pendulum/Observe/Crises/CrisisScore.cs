namespace Pendulum.Observe.Crises;

/// <summary>
/// Episode-level precision and recall of detected crises against planted ones (docs/crises.md). A detected episode
/// matches a planted one when their day ranges overlap; matching is one to one, each planted episode taking the
/// earliest unmatched detection that overlaps it, so one long detection cannot count for two planted crises.
/// </summary>
/// <param name="Planted">Planted episodes.</param>
/// <param name="Detected">Detected episodes.</param>
/// <param name="Matched">Pairs matched.</param>
/// <param name="StartDelayDays">Sum over matched pairs of detected start minus planted start (days).</param>
public readonly record struct CrisisScore(int Planted, int Detected, int Matched, long StartDelayDays)
{
    /// <summary>Matched / detected; 1 when nothing was detected.</summary>
    public double Precision => Detected == 0 ? 1 : (double)Matched / Detected;

    /// <summary>Matched / planted; 1 when nothing was planted.</summary>
    public double Recall => Planted == 0 ? 1 : (double)Matched / Planted;

    /// <summary>Mean days from a planted start to its detection's start (negative when detected earlier).</summary>
    public double MeanStartDelayDays => Matched == 0 ? 0 : (double)StartDelayDays / Matched;

    /// <summary>Scores one stream.</summary>
    public static CrisisScore Of(IReadOnlyList<PlantedEpisode> planted, IReadOnlyList<CrisisEpisode> detected)
    {
        var taken = new bool[detected.Count];
        var matched = 0;
        long delay = 0;
        foreach (var p in planted)
        {
            for (var i = 0; i < detected.Count; i++)
            {
                if (!taken[i] && detected[i].Start <= p.End && detected[i].End >= p.Start)
                {
                    taken[i] = true;
                    matched++;
                    delay += detected[i].Start.DayNumber - p.Start.DayNumber;
                    break;
                }
            }
        }

        return new CrisisScore(planted.Count, detected.Count, matched, delay);
    }

    /// <summary>Pools two scores (micro-average: counts add up).</summary>
    public static CrisisScore operator +(CrisisScore a, CrisisScore b) =>
        new(a.Planted + b.Planted, a.Detected + b.Detected, a.Matched + b.Matched, a.StartDelayDays + b.StartDelayDays);
}
