using Pendulum.Events;

namespace Pendulum.Observe;

/// <summary>
/// How a pair's rows were made: one row per act (hand-coded Pendulum CSV, docs/pendulum-csv.md) or media volume
/// (GDELT, ICEWS: one act is many rows). The crisis detector reads the two with different settings
/// (<see cref="Crises.CrisisDetectorOptions.HandCodedRows"/>); the dashboard and <c>pendulum report</c> pick by this.
/// </summary>
public static class EventRows
{
    /// <summary>The dataset name the Pendulum CSV reader gives hand-coded rows.</summary>
    public const string HandCodedDataset = "pendulum";

    /// <summary>True when more than half of <paramref name="events"/> are hand-coded rows; false for none.</summary>
    public static bool MostlyHandCoded(IEnumerable<CodedEvent> events)
    {
        long handCoded = 0, total = 0;
        foreach (var e in events)
        {
            total++;
            if (e.Dataset == HandCodedDataset)
                handCoded++;
        }

        return 2 * handCoded > total;
    }
}
