using Pendulum.Simulate;

namespace Pendulum.Calibrate;

/// <summary>The outcome of a calibration (fields in docs/cli.md, <c>calibrate</c>).</summary>
/// <param name="Fitted">The scenario with the fitted values (and the base's own horizon).</param>
/// <param name="Pair">The pair's key in the scenario (<c>USA-CHN</c>).</param>
/// <param name="Parameters">Each parameter: fitted or held at the base's value.</param>
/// <param name="Moments">Each moment: observed, simulated at the fit with its 5-95% range, standardized error.</param>
/// <param name="Objective">Sum of squared standardized errors at the fit, over the moments in the objective.</param>
/// <param name="HistoryYears">Length of each simulated history.</param>
/// <param name="Evaluations">Candidates the search evaluated (the profiles not included).</param>
/// <param name="Converged">True when the search stopped on its tolerance, false when it ran out of evaluations.</param>
/// <param name="Profiles">The objective along each fitted parameter, the others held at the fit.</param>
/// <param name="TotalRuns">Every run simulated (search, profiles and held-out check).</param>
/// <param name="Options">The options used.</param>
/// <param name="Verdict">Plain sentences on the fit, the first a summary.</param>
public sealed record CalibrationResult(Scenario Fitted, string Pair, IReadOnlyList<ParameterFit> Parameters, IReadOnlyList<MomentFit> Moments,
    double Objective, int HistoryYears, int Evaluations, bool Converged, IReadOnlyList<ProfilePoint> Profiles, long TotalRuns,
    CalibrationOptions Options, IReadOnlyList<string> Verdict)
{
    /// <summary>The held-out check, when the options asked for one (<see cref="CalibrationOptions.HoldoutYear"/>).</summary>
    public HoldoutResult? Holdout { get; init; }
}

/// <summary>One parameter of the calibration.</summary>
/// <param name="Parameter">Which.</param>
/// <param name="Path">Its dotted path in the scenario file.</param>
/// <param name="BaseValue">The base scenario's value.</param>
/// <param name="Start">Where the search started (from the record where it speaks directly, else the base).</param>
/// <param name="Value">The fitted value (the base's when not fitted).</param>
/// <param name="Fitted">False when held at the base's value (not asked for, or not identified by the record).</param>
/// <param name="AtBound">True when the fit lies on a bound of the searched range (within 1%): the best value may lie beyond.</param>
public sealed record ParameterFit(FittedParameter Parameter, string Path, double BaseValue, double Start, double Value, bool Fitted, bool AtBound);

/// <summary>One moment at the fit.</summary>
/// <param name="Moment">Which.</param>
/// <param name="Observed">The record's value; null when it cannot give one.</param>
/// <param name="Simulated">Over the histories at the fit: mean, spread, Monte Carlo error and the 5-95% range.</param>
/// <param name="Scale">
/// The standard deviation the error is divided by: the moment's spread between simulated histories as long as the
/// record (at the search's starting point), at least the moment's floor.
/// </param>
/// <param name="Z">(simulated - observed) / scale; null when the moment is not in the objective.</param>
/// <param name="Note">Why the moment is left out of the objective, when it is.</param>
public sealed record MomentFit(Moment Moment, double? Observed, MomentEstimate Simulated, double Scale, double? Z, string? Note)
{
    /// <summary>Simulated mean minus observed, in the moment's own unit; null when not observed.</summary>
    public double? Misfit => Observed is { } o && Simulated.Histories > 0 ? Simulated.Mean - o : null;

    /// <summary>
    /// True when the observed value lies within the simulated 5-95% range; false when outside (the moment is not
    /// matched); null when the record or no history gives a value.
    /// </summary>
    public bool? Matched => Observed is { } o && Simulated.Histories > 0 ? Simulated.Covers(o) : null;
}

/// <summary>One point of a profile: the objective with one parameter moved and the others at the fit.</summary>
/// <param name="Parameter">The parameter moved.</param>
/// <param name="Value">Its value.</param>
/// <param name="Objective">The objective there (infinite where the candidate is not a valid scenario).</param>
public sealed record ProfilePoint(FittedParameter Parameter, double Value, double Objective);

/// <summary>
/// The held-out check: the fit on the record's earlier years, its simulated histories as long as the whole record,
/// and the moments of the later years predicted against observed (docs/calibration.md, "Held-out check").
/// </summary>
/// <param name="Year">The last year fitted.</param>
/// <param name="From">First held-out day.</param>
/// <param name="To">Last held-out day.</param>
/// <param name="Parameters">The fit on the earlier years.</param>
/// <param name="Moments">The held-out years' moments: observed, predicted with its range, error in units of its spread.</param>
/// <param name="Note">Why there is no check (the record does not reach past the year), when there is none.</param>
public sealed record HoldoutResult(int Year, DateOnly? From, DateOnly? To, IReadOnlyList<ParameterFit> Parameters, IReadOnlyList<MomentFit> Moments, string? Note);
