using Pendulum.Events;

namespace Pendulum.Calibrate;

/// <summary>
/// Which hand-coded rows count as an incident and which as a challenge to a core interest, in the vocabulary of the
/// Pendulum CSV format and the US-China dataset (docs/us-china.md, "Coding rules" and "Vocabulary"). Rows of one
/// kind closer than <see cref="SameEpisodeDays"/> to the previous counted row are one episode: the Belgrade bombing
/// and the siege of the US embassy the next day are one incident.
/// </summary>
public sealed record MilestoneRules
{
    /// <summary>The kind tag an incident row carries. Default <c>incident</c>.</summary>
    public string IncidentTag { get; init; } = "incident";

    /// <summary>
    /// Only incident rows of this QuadClass count: the act itself (a collision, a seizure, harassment), not the
    /// reactions and settlements tagged with it (apologies, protests, releases, compensation). Default material conflict.
    /// </summary>
    public QuadClass IncidentQuadClass { get; init; } = QuadClass.MaterialConflict;

    /// <summary>The kind tag a core-interest row carries. Default <c>core-interest</c>.</summary>
    public string ChallengeTag { get; init; } = "core-interest";

    /// <summary>
    /// CAMEO codes of the challenge itself. Default <c>128</c> (Defy norms, law), the dataset's code for an arms sale to
    /// Taiwan, a presidential meeting with the Dalai Lama, Lee Teng-hui's visa; the challenged side's reactions are
    /// other codes and do not count.
    /// </summary>
    public IReadOnlyList<string> ChallengeCodes { get; init; } = ["128"];

    /// <summary>Rows of one kind within this many days of the previous counted row are the same episode. Unit: days. Default 7.</summary>
    public int SameEpisodeDays { get; init; } = 7;

    public bool IsIncident(CodedEvent e) => e.QuadClass == IncidentQuadClass && HasTag(e, IncidentTag);

    public bool IsChallenge(CodedEvent e) => ChallengeCodes.Contains(e.CameoCode) && HasTag(e, ChallengeTag);

    /// <summary>The first row of each episode among the rows <paramref name="counts"/> accepts, by date.</summary>
    public IReadOnlyList<CodedEvent> Episodes(IEnumerable<CodedEvent> events, Func<CodedEvent, bool> counts)
    {
        var episodes = new List<CodedEvent>();
        DateOnly? last = null;
        foreach (var e in events.Where(counts).OrderBy(e => e.Date).ThenBy(e => e.EventId, StringComparer.Ordinal))
        {
            if (last is null || e.Date.DayNumber - last.Value.DayNumber > SameEpisodeDays)
                episodes.Add(e);
            last = e.Date;
        }

        return episodes;
    }

    private static bool HasTag(CodedEvent e, string tag) => e.Tags.Contains(tag, StringComparer.OrdinalIgnoreCase);
}
