using System.Globalization;
using Pendulum.Simulate;

namespace Pendulum.Cli.Output;

/// <summary>
/// The columns of runs.csv, written and read back (by <c>merge</c>) from one list, so the two cannot drift apart.
/// Numbers are written in round-trip form, so a merged summary recomputes bit-identical statistics.
/// </summary>
internal static class RunSummaryCsv
{
    private sealed record Column(string Name, Func<RunSummary, string> Write, Func<RunSummary, string, RunSummary> Read);

    private static readonly Column[] Columns =
    [
        new("run", r => I(r.Run), (r, v) => r with { Run = long.Parse(v, CultureInfo.InvariantCulture) }),
        new("pair", r => r.Pair, (r, v) => r with { Pair = v }),
        D("share_distrust", r => r.ShareDistrust, (r, v) => r with { ShareDistrust = v }),
        D("share_understanding", r => r.ShareUnderstanding, (r, v) => r with { ShareUnderstanding = v }),
        D("share_trust", r => r.ShareTrust, (r, v) => r with { ShareTrust = v }),
        D("mutual_cooperation", r => r.MutualCooperation, (r, v) => r with { MutualCooperation = v }),
        N("crises", r => r.Crises, (r, v) => r with { Crises = v }),
        D("crises_per_decade", r => r.CrisesPerDecade, (r, v) => r with { CrisesPerDecade = v }),
        N("top_rung", r => r.TopRung ? 1 : 0, (r, v) => r with { TopRung = v == 1 }),
        N("accidental_war", r => r.AccidentalWar ? 1 : 0, (r, v) => r with { AccidentalWar = v == 1 }),
        O("war_day", r => r.WarDay, (r, v) => r with { WarDay = v }),
        N("incidents", r => r.Incidents, (r, v) => r with { Incidents = v }),
        N("incidents_read_as_deliberate", r => r.IncidentsReadAsDeliberate, (r, v) => r with { IncidentsReadAsDeliberate = v }),
        N("hotline_reveals", r => r.HotlineReveals, (r, v) => r with { HotlineReveals = v }),
        N("core_challenges", r => r.CoreChallenges, (r, v) => r with { CoreChallenges = v }),
        N("suspensions", r => r.Suspensions, (r, v) => r with { Suspensions = v }),
        O("resume_days", r => r.ResumeDays, (r, v) => r with { ResumeDays = v }),
        N("projects_proposed", r => r.ProjectsProposed, (r, v) => r with { ProjectsProposed = v }),
        N("projects_committed", r => r.ProjectsCommitted, (r, v) => r with { ProjectsCommitted = v }),
        N("projects_completed", r => r.ProjectsCompleted, (r, v) => r with { ProjectsCompleted = v }),
        O("project_completion", r => r.ProjectCompletion, (r, v) => r with { ProjectCompletion = v }),
        N("signals_sent", r => r.SignalsSent, (r, v) => r with { SignalsSent = v }),
        O("first_distrust_day", r => r.FirstDistrustDay, (r, v) => r with { FirstDistrustDay = v }),
        O("mistaken_distrust", r => r.MistakenDistrust, (r, v) => r with { MistakenDistrust = v }),
        O("misplaced_trust", r => r.MisplacedTrust, (r, v) => r with { MisplacedTrust = v }),
        O("belief_brier", r => r.BeliefBrier, (r, v) => r with { BeliefBrier = v }),
        D("final_mu_ab", r => r.FinalMuAB, (r, v) => r with { FinalMuAB = v }),
        D("final_mu_ba", r => r.FinalMuBA, (r, v) => r with { FinalMuBA = v }),
        D("final_position", r => r.FinalPosition, (r, v) => r with { FinalPosition = v }),
        O("mean_arms_a", r => r.MeanArmsA, (r, v) => r with { MeanArmsA = v }),
        O("mean_arms_b", r => r.MeanArmsB, (r, v) => r with { MeanArmsB = v }),
    ];

    public static string Header { get; } = string.Join(',', Columns.Select(c => c.Name));

    public static string Row(RunSummary run) => string.Join(',', Columns.Select(c => CsvText.Field(c.Write(run))));

    /// <summary>Reads a row written by <see cref="Row"/>; the header must be <see cref="Header"/>.</summary>
    public static RunSummary Parse(IReadOnlyList<string> fields)
    {
        if (fields.Count != Columns.Length)
            throw new FormatException($"expected {Columns.Length} fields, found {fields.Count}");
        var run = new RunSummary { Run = 0, Pair = "" };
        for (var i = 0; i < Columns.Length; i++)
            run = Columns[i].Read(run, fields[i]);
        return run;
    }

    private static Column D(string name, Func<RunSummary, double> get, Func<RunSummary, double, RunSummary> set) =>
        new(name, r => R(get(r)), (r, v) => set(r, double.Parse(v, CultureInfo.InvariantCulture)));

    private static Column O(string name, Func<RunSummary, double?> get, Func<RunSummary, double?, RunSummary> set) =>
        new(name, r => get(r) is { } v ? R(v) : "", (r, v) => set(r, v.Length == 0 ? null : double.Parse(v, CultureInfo.InvariantCulture)));

    private static Column N(string name, Func<RunSummary, int> get, Func<RunSummary, int, RunSummary> set) =>
        new(name, r => I(get(r)), (r, v) => set(r, int.Parse(v, CultureInfo.InvariantCulture)));

    private static string R(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string I(long value) => value.ToString(CultureInfo.InvariantCulture);
}
