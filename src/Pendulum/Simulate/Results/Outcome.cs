namespace Pendulum.Simulate;

/// <summary>
/// One outcome the summary tables report, read from each run's <see cref="RunSummary"/>: a share, a rate or a yes/no.
/// Yes/no outcomes get Wilson score intervals; the others normal intervals on the mean over runs.
/// </summary>
/// <param name="Name">Name in tables, CSV and JSON (snake_case).</param>
/// <param name="Label">Words for the table.</param>
/// <param name="Value">The run's value; null when it does not apply to the run (then the run is left out of its mean).</param>
/// <param name="IsYesNo">True for outcomes that are 0 or 1 per run.</param>
public sealed record Outcome(string Name, string Label, Func<RunSummary, double?> Value, bool IsYesNo = false)
{
    /// <summary>The outcomes of <c>simulate</c>, <c>compare</c> and <c>sweep</c>, in table order.</summary>
    public static IReadOnlyList<Outcome> All { get; } =
    [
        new("share_distrust", "time in distrust", r => r.ShareDistrust),
        new("share_understanding", "time in understanding", r => r.ShareUnderstanding),
        new("share_trust", "time in trust", r => r.ShareTrust),
        new("mutual_cooperation", "time both cooperate", r => r.MutualCooperation),
        new("crises_per_decade", "crises per decade", r => r.CrisesPerDecade),
        new("top_rung", "reached the top rung (war)", r => r.TopRung ? 1 : 0, IsYesNo: true),
        new("accidental_war", "accidental war", r => r.AccidentalWar ? 1 : 0, IsYesNo: true),
        new("project_completion", "projects completed / proposed", r => r.ProjectCompletion),
        new("resume_days", "days to resume a suspended channel", r => r.ResumeDays),
        new("final_position", "final pendulum position", r => r.FinalPosition),
        new("mistaken_distrust", "security seeker held in distrust", r => r.MistakenDistrust),
        new("misplaced_trust", "greedy state held in trust", r => r.MisplacedTrust),
        new("belief_brier", "Brier score of beliefs", r => r.BeliefBrier),
    ];
}
