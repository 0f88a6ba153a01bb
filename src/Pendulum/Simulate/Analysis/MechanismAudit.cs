namespace Pendulum.Simulate;

/// <summary>
/// <c>pendulum audit</c>: each mechanism's effect alone (docs/model.md section 6). For every mechanism the scenario has
/// on, the scenario with only that one switched off runs on the same run seeds as the scenario itself (common random
/// numbers); each outcome's paired difference (off minus on) is set beside the sign theory expects
/// (<see cref="MechanismExpectation"/>).
/// </summary>
public static class MechanismAudit
{
    /// <summary>The mechanisms switched on in <paramref name="scenario"/>, in audit order.</summary>
    public static IReadOnlyList<string> Mechanisms(Scenario scenario) =>
        [.. MechanismSwitches.All.Where(m => m.IsOn(scenario.Mechanisms)).Select(m => m.Name)];

    /// <summary>The scenario with one mechanism switched off.</summary>
    public static Scenario Without(Scenario scenario, string mechanism) => scenario with
    {
        Name = $"{scenario.Name} without {mechanism}",
        Mechanisms = scenario.Mechanisms.With(mechanism, on: false)
            ?? throw new UsageException($"unknown mechanism '{mechanism}'; known: {string.Join(", ", MechanismSwitches.All.Select(m => m.Name))}", "--mechanism"),
    };

    /// <summary>
    /// Runs the scenario and, for each of <paramref name="mechanisms"/> (default: all it has on), the scenario without
    /// it. Cancellation stops after the simulation under way; the rows then cover the mechanisms finished.
    /// </summary>
    public static AuditResult Run(Scenario scenario, SimulationOptions options, IReadOnlyList<string>? mechanisms = null,
        SimulationScope<ScenarioRunSet>? scope = null, CancellationToken cancel = default)
    {
        scope ??= (_, work) => work(null);
        mechanisms ??= Mechanisms(scenario);
        var variants = mechanisms.Select(m => (Mechanism: m, Scenario: Without(scenario, m))).ToList(); // validated before any run
        var baseline = scope(scenario.Name, progress => ScenarioRunSet.Collect(scenario, options, progress, cancel));
        var rows = new List<AuditRow>();
        var done = 0;
        foreach (var (mechanism, variant) in variants)
        {
            if (baseline.Cancelled || cancel.IsCancellationRequested)
                break;
            var off = scope($"without {mechanism}", progress => ScenarioRunSet.Collect(variant, options with { Runs = baseline.Runs.Count }, progress, cancel));
            if (off.Cancelled)
                break;
            rows.AddRange(Rows(mechanism, baseline, off));
            done++;
        }

        return new AuditResult(scenario, options, baseline.Runs.Count, rows, done < variants.Count);
    }

    /// <summary>The rows of one mechanism: per pair and outcome, the paired difference off minus on and its verdict.</summary>
    public static IEnumerable<AuditRow> Rows(string mechanism, ScenarioRunSet on, ScenarioRunSet off)
    {
        var pairs = on.Scenario.Pairs.Select(p => p.Key).ToList();
        foreach (var d in ScenarioComparison.Of(on.Runs, off.Runs, pairs))
        {
            var expectation = MechanismExpectation.For(mechanism, d.Outcome.Name);
            yield return new AuditRow(mechanism, d.Pair, d.Outcome, expectation?.Sign, d.Difference, Verdict(expectation?.Sign, d.Difference), expectation?.Source);
        }
    }

    /// <summary>
    /// True when the interval lies wholly on the expected side of 0, false when it lies wholly on the other side (or,
    /// for an expected 0, off it); null when it spans 0, when there is no expectation, or when no run had a value.
    /// </summary>
    public static bool? Verdict(int? expected, Estimate difference)
    {
        if (expected is not { } sign || difference.Runs < 2 || double.IsNaN(difference.Low))
            return null;
        var observed = difference.Low > 0 ? 1 : difference.High < 0 ? -1 : 0;
        if (observed == 0)
            return null;
        return observed == sign;
    }
}

/// <summary>One mechanism, pair and outcome of an audit.</summary>
/// <param name="Mechanism">The mechanism switched off.</param>
/// <param name="Pair">The pair.</param>
/// <param name="Outcome">The outcome.</param>
/// <param name="ExpectedSign">The sign theory expects of off minus on; null where it says nothing.</param>
/// <param name="Difference">The mean paired difference off minus on, with its 95% interval.</param>
/// <param name="Agrees">Whether the interval agrees with the expected sign (<see cref="MechanismAudit.Verdict"/>).</param>
/// <param name="Source">Where the expectation comes from.</param>
public sealed record AuditRow(string Mechanism, string Pair, Outcome Outcome, int? ExpectedSign, Estimate Difference, bool? Agrees, string? Source);

/// <summary>An audit's rows, over <paramref name="Runs"/> paired runs per mechanism.</summary>
public sealed record AuditResult(Scenario Scenario, SimulationOptions Options, int Runs, IReadOnlyList<AuditRow> Rows, bool Cancelled);
