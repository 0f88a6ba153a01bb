using Pendulum.Simulate;

namespace Pendulum.Calibrate;

/// <summary>The outcome of a calibration (fields in docs/cli.md, <c>calibrate</c>).</summary>
/// <param name="Fitted">The scenario with the fitted values (and the base's own horizon).</param>
/// <param name="Pair">The pair's key in the scenario (<c>USA-CHN</c>).</param>
/// <param name="Parameters">Each parameter: fitted or held at the base's value.</param>
/// <param name="Moments">Each moment: observed, simulated at the fit, standardized error.</param>
/// <param name="Objective">Sum of squared standardized errors at the fit, over the moments in the objective.</param>
/// <param name="HistoryYears">Length of each simulated history.</param>
/// <param name="Candidates">Grid candidates simulated (coarse and fine).</param>
/// <param name="TotalRuns">Every run simulated, grids and reference runs together.</param>
/// <param name="Options">The options used.</param>
/// <param name="Verdict">Plain sentences on the fit, the first a summary.</param>
public sealed record CalibrationResult(Scenario Fitted, string Pair, IReadOnlyList<ParameterFit> Parameters, IReadOnlyList<MomentFit> Moments,
    double Objective, int HistoryYears, int Candidates, long TotalRuns, CalibrationOptions Options, IReadOnlyList<string> Verdict);

/// <summary>One parameter of the calibration.</summary>
/// <param name="Parameter">Which.</param>
/// <param name="Path">Its dotted path in the scenario file.</param>
/// <param name="BaseValue">The base scenario's value.</param>
/// <param name="Start">The coarse grid's centre (from the record where it speaks directly, else the base).</param>
/// <param name="Coarse">The coarse grid's best value, the centre of the fine grid.</param>
/// <param name="Value">The fitted value (the base's when not fitted).</param>
/// <param name="Fitted">False when held at the base's value (not asked for, or not identified by the record).</param>
/// <param name="AtEdge">True when the fit lies on the outer edge of the searched range: the best value may lie beyond.</param>
public sealed record ParameterFit(FittedParameter Parameter, string Path, double BaseValue, double Start, double Coarse, double Value, bool Fitted, bool AtEdge);

/// <summary>One moment at the fit.</summary>
/// <param name="Moment">Which.</param>
/// <param name="Observed">The record's value; null when it cannot give one.</param>
/// <param name="Simulated">The mean over the reference histories at the fit, with its spread and Monte Carlo error.</param>
/// <param name="Scale">
/// The standard deviation the error is divided by: the moment's spread between simulated histories as long as the
/// record (at the starting point), at least the moment's floor.
/// </param>
/// <param name="Z">(simulated - observed) / scale; null when the moment is not in the objective.</param>
/// <param name="Note">Why the moment is left out of the objective, when it is.</param>
public sealed record MomentFit(Moment Moment, double? Observed, MomentEstimate Simulated, double Scale, double? Z, string? Note);
