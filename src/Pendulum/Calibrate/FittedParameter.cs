using Pendulum.Simulate;

namespace Pendulum.Calibrate;

/// <summary>
/// A scenario parameter calibration can fit: its name, its dotted path in a scenario file, how to read and set it on
/// a loaded scenario, the range the search may explore, and the first step of the search around its starting value.
/// </summary>
/// <param name="Name">Name on the command line (<c>--fit</c>) and in outputs.</param>
/// <param name="Label">Words for the table.</param>
/// <param name="PairLevel">True when the key lives in the pair's block (<c>pairs.A-B.incidents.rate_per_year</c>), false at the top.</param>
/// <param name="Key">The dotted key below the pair's block, or at the top.</param>
/// <param name="Step">
/// Ratio of the search's first step (the starting simplex spans start to start x step, in the logarithm: docs/calibration.md).
/// </param>
/// <param name="Lower">Smallest value the search may try, in the parameter's unit: a fit here is flagged at its bound.</param>
/// <param name="Upper">Largest value the search may try, in the parameter's unit: a fit here is flagged at its bound.</param>
/// <param name="Get">The value in a scenario, for the pair at the given index.</param>
/// <param name="Set">The scenario with the value set, for the pair at the given index.</param>
public sealed record FittedParameter(string Name, string Label, bool PairLevel, string Key, double Step, double Lower, double Upper,
    Func<Scenario, int, double> Get, Func<Scenario, int, double, Scenario> Set)
{
    // The bounds are wide limits of plausibility, not priors: a rate from once a century to fifty times a year, a
    // suspension from a day to ten years, a log-normal spread from nearly fixed lengths to a factor of twenty.
    public static FittedParameter IncidentRate { get; } = new("incident_rate", "incidents per year", true, "incidents.rate_per_year", 2, 0.01, 50,
        (s, p) => s.Pairs[p].Incidents.RatePerYear,
        (s, p, v) => WithPair(s, p, spec => spec with { Incidents = spec.Incidents with { RatePerYear = v } }));

    public static FittedParameter CoreRate { get; } = new("core_rate", "core-interest challenges per year", true, "core_interest.rate_per_year", 2, 0.01, 50,
        (s, p) => s.Pairs[p].CoreInterest.RatePerYear,
        (s, p, v) => WithPair(s, p, spec => spec with { CoreInterest = spec.CoreInterest with { RatePerYear = v } }));

    public static FittedParameter SuspensionMedian { get; } = new("suspension_median", "median suspension (days)", true,
        "core_interest.suspension_median_days", 2, 1, 3650,
        (s, p) => s.Pairs[p].CoreInterest.SuspensionMedianDays,
        (s, p, v) => WithPair(s, p, spec => spec with { CoreInterest = spec.CoreInterest with { SuspensionMedianDays = v } }));

    public static FittedParameter SuspensionSigma { get; } = new("suspension_sigma", "spread of log suspension length", true,
        "core_interest.suspension_sigma", 2, 0.05, 3,
        (s, p) => s.Pairs[p].CoreInterest.SuspensionSigma,
        (s, p, v) => WithPair(s, p, spec => spec with { CoreInterest = spec.CoreInterest with { SuspensionSigma = v } }));

    // The hazards are weakly tied to any one moment, so the search's first step is wider; from once a century to
    // twelve times a year (monthly steps reach impossible per-step hazards above that).
    public static FittedParameter SwitchToGreedy { get; } = new("switch_to_greedy", "security seeker turns greedy, per year", false,
        "switch_to_greedy_per_year", 3, 0.01, 12, (s, _) => s.SwitchToGreedyPerYear, (s, _, v) => s with { SwitchToGreedyPerYear = v });

    public static FittedParameter SwitchToTrustworthy { get; } = new("switch_to_trustworthy", "greedy turns security seeker, per year", false,
        "switch_to_trustworthy_per_year", 3, 0.01, 12, (s, _) => s.SwitchToTrustworthyPerYear, (s, _, v) => s with { SwitchToTrustworthyPerYear = v });

    /// <summary>Every parameter, in table order.</summary>
    public static IReadOnlyList<FittedParameter> All { get; } =
        [IncidentRate, CoreRate, SuspensionMedian, SuspensionSigma, SwitchToGreedy, SwitchToTrustworthy];

    /// <summary>
    /// What <c>calibrate</c> fits unless told otherwise: the rates and lengths of events. The type-switching hazards
    /// are left out: they say how often a government's intentions really change, a fact with a source, not a knob for
    /// matching zone shares (model.md section 2); fitting them drove the search to governments turning greedy every
    /// year and a world four-fifths greedy. Ask for them with <c>--fit</c>.
    /// </summary>
    public static IReadOnlyList<FittedParameter> Default { get; } = [IncidentRate, CoreRate, SuspensionMedian, SuspensionSigma];

    /// <summary>The parameter named <paramref name="name"/>, or null.</summary>
    public static FittedParameter? Parse(string name) => All.FirstOrDefault(p => p.Name == name);

    /// <summary>The full dotted path of the key in a scenario file, for the pair <paramref name="pairKey"/>.</summary>
    public string PathFor(string pairKey) => PairLevel ? $"pairs.{pairKey}.{Key}" : Key;

    private static Scenario WithPair(Scenario s, int p, Func<PairSpec, PairSpec> change)
    {
        var pairs = s.Pairs.ToArray();
        pairs[p] = change(pairs[p]);
        return s with { Pairs = pairs };
    }
}
