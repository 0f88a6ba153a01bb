using System.Globalization;
using Pendulum.Calibrate;

namespace Pendulum.Reports;

/// <summary>
/// A calibration in a report: the moments observed against simulated with their 5-95% ranges, the held-out check and
/// the objective's profiles (docs/calibration.md).
/// </summary>
public static class CalibrationReport
{
    /// <summary>The section's tables and chart, after a heading the caller writes.</summary>
    /// <param name="report">The report.</param>
    /// <param name="result">The calibration.</param>
    /// <param name="budget">Words on the budget when it is smaller than the shipped default (the demo's), else null.</param>
    public static void Section(HtmlReport report, CalibrationResult result, string? budget = null)
    {
        report.Paragraph(I($"The base scenario's rates were fitted to the record by indirect inference: each candidate's {result.Options.Runs} simulated histories ")
            + I($"of {result.HistoryYears} years were written as hand-coded records and read by the same observer, with the same settings, as the real record ")
            + I($"(objective {result.Objective:0.0}; z is the simulated mean minus the observed value in units of the spread between simulated histories). ")
            + "A moment whose observed value lies outside the simulated 5-95% range is not matched." + (budget is null ? "" : " " + budget));
        report.Table(Header, result.Moments.Select(Row));
        report.Table(["parameter", "scenario key", "base", "fitted", ""], result.Parameters.Where(p => p.Fitted).Select(p => (IReadOnlyList<string>)
            [p.Parameter.Name, p.Path, N(p.BaseValue), N(p.Value), p.AtBound ? "at a bound of the range searched" : ""]));
        foreach (var line in result.Verdict)
            report.Paragraph(line, "note");

        if (result.Holdout is { } holdout)
        {
            report.Heading("Held-out check");
            if (holdout.Note is { } note)
            {
                report.Paragraph(note, "note");
            }
            else
            {
                report.Paragraph(I($"Fitted again on the record up to {holdout.Year} alone; its histories, as long as the whole record, predict the moments of ")
                    + I($"{holdout.From:yyyy-MM-dd} .. {holdout.To:yyyy-MM-dd}, against what the record shows for those years. ")
                    + "Fitted there: " + string.Join(", ", holdout.Parameters.Where(p => p.Fitted).Select(p => I($"{p.Parameter.Name} {p.Value:0.###}"))) + ".");
                report.Table(Header, holdout.Moments.Select(Row));
            }
        }

        if (result.Profiles.Count > 0)
        {
            report.Heading("Identification: the objective along each fitted parameter");
            report.Figure(ProfileChart.Render(result.Profiles, result.Parameters),
                "Each panel moves one fitted parameter from a quarter to four times its fit (the dashed line), the others held at the fit, on the same "
                + "run seeds. A valley says the moments pin the parameter down; a flat stretch says they hardly tell its values apart.");
        }
    }

    private static readonly IReadOnlyList<string> Header = ["moment", "observed", "simulated", "5-95% of histories", "misfit", "z", "matched"];

    private static IReadOnlyList<string> Row(MomentFit m) =>
    [
        m.Moment.Label, N(m.Observed), N(m.Simulated.Mean),
        m.Simulated.Histories > 0 ? $"{N(m.Simulated.P5)} to {N(m.Simulated.P95)}" : "",
        m.Misfit is { } d ? d.ToString("+0.000;-0.000;0.000", CultureInfo.InvariantCulture) : "",
        m.Z is { } z ? z.ToString("+0.00;-0.00;0.00", CultureInfo.InvariantCulture) : "",
        m.Matched switch { true => "yes", false => "not matched", null => m.Note ?? "" },
    ];

    private static string N(double? value) => value is not { } v || !double.IsFinite(v) ? ""
        : v.ToString(Math.Abs(v) >= 100 ? "0" : "0.000", CultureInfo.InvariantCulture);

    private static string I(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
