using System.Globalization;
using System.Text.Json;
using Pendulum.Calibrate;
using Pendulum.Reports;
using Spectre.Console;

namespace Pendulum.Cli.Output;

/// <summary>The result of <c>calibrate</c>: parameter and moment tables with the ranges, the held-out check and the verdict, or JSON (fields in docs/cli.md).</summary>
internal static class CalibrationOutput
{
    public static void Write(CliContext context, CalibrationResult result, ObservedRecord record, string source, string fittedPath, string profilePath,
        string format)
    {
        if (format == "json")
        {
            context.Out.WriteLine(JsonSerializer.Serialize(Json(result, record, source, fittedPath, profilePath), new JsonSerializerOptions { WriteIndented = true }));
            return;
        }

        var h = record.History;
        context.Out.WriteLine(I($"Record of {result.Pair}, {record.From:yyyy-MM-dd} .. {record.To:yyyy-MM-dd} ({h.Years:0.0} years; {source}): ")
            + I($"{h.Incidents} incidents, {h.CoreChallenges} core-interest challenges, {h.Suspensions} military suspensions ({h.SuspensionDays.Count} lifted)."));
        var parameters = OutcomeTable.NewTable("parameter", "scenario key", "base", "start", "fitted", "");
        foreach (var p in result.Parameters)
        {
            parameters.AddRow(p.Parameter.Name, Markup.Escape(p.Path), N(p.BaseValue), p.Fitted ? N(p.Start) : "-", N(p.Value),
                !p.Fitted ? "held" : p.AtBound ? "at a bound" : "");
        }

        OutcomeTable.Render(context, parameters);
        Moments(context, result.Moments);
        var o = result.Options;
        context.Out.WriteLine(I($"Objective {result.Objective:0.000} over {result.Moments.Count(m => m.Z is not null)} moments ")
            + I($"(sum of z^2; z = (simulated - observed) / scale, scale = spread between simulated histories of {result.HistoryYears} years at the start)."));
        context.Out.WriteLine(I($"{result.Evaluations} candidates searched (Nelder-Mead{(result.Converged ? ", converged" : ", stopped at --max-evaluations")}), ")
            + I($"{o.Runs} histories each on the same run seeds; {result.TotalRuns:N0} runs in all with the profiles and the held-out check, seed {o.Seed}."));
        if (result.Holdout is { } holdout)
        {
            if (holdout.Note is { } note)
            {
                context.Out.WriteLine(note + ".");
            }
            else
            {
                context.Out.WriteLine(I($"Held-out check: fitted to {record.From:yyyy}-{holdout.Year} (")
                    + string.Join(", ", holdout.Parameters.Where(p => p.Fitted).Select(p => I($"{p.Parameter.Name} {p.Value:0.####}")))
                    + I($"), predicting {holdout.From:yyyy-MM-dd} .. {holdout.To:yyyy-MM-dd}:"));
                Moments(context, holdout.Moments);
            }
        }

        foreach (var line in result.Verdict)
            context.Out.WriteLine(Markup.Remove(line));
        context.Out.WriteLine($"Fitted scenario: {fittedPath}");
        context.Out.WriteLine($"Objective profiles: {profilePath}");
    }

    private static void Moments(CliContext context, IReadOnlyList<MomentFit> moments)
    {
        var table = OutcomeTable.NewTable("moment", "unit", "observed", "simulated", "5-95% of histories", "misfit", "z", "");
        foreach (var m in moments)
        {
            table.AddRow(Markup.Escape(m.Moment.Label), Markup.Escape(m.Moment.Unit), m.Observed is { } o ? N(o) : "-", N(m.Simulated.Mean),
                m.Simulated.Histories > 0 ? $"{N(m.Simulated.P5)} to {N(m.Simulated.P95)}" : "-",
                m.Misfit is { } d ? I($"{d:+0.0000;-0.0000;0}") : "-",
                m.Z is { } z ? I($"{z:+0.00;-0.00;0.00}") : "-",
                m.Matched switch { true => "matched", false => "NOT MATCHED", null => Markup.Escape(m.Note ?? "-") });
        }

        OutcomeTable.Render(context, table);
    }

    private static Dictionary<string, object?> Json(CalibrationResult result, ObservedRecord record, string source, string fittedPath, string profilePath)
    {
        var h = record.History;
        var o = result.Options;
        return new Dictionary<string, object?>
        {
            ["pair"] = result.Pair,
            ["fitted_scenario"] = fittedPath,
            ["profile_csv"] = profilePath,
            ["record"] = new Dictionary<string, object?>
            {
                ["source"] = source,
                ["from"] = Day(record.From),
                ["to"] = Day(record.To),
                ["years"] = h.Years,
                ["incidents"] = record.Incidents.Select(Row).ToList(),
                ["core_challenges"] = record.Challenges.Select(Row).ToList(),
                ["suspensions"] = record.Suspensions.Select(s => new Dictionary<string, object?>
                {
                    ["channel"] = s.ChannelId,
                    ["from"] = Day(s.From),
                    ["to"] = s.To is { } to ? Day(to) : null,
                    ["days"] = s.Days,
                }).ToList(),
                ["channel_years"] = h.ChannelYears,
            },
            ["seed"] = o.Seed,
            ["runs"] = o.Runs,
            ["history_years"] = result.HistoryYears,
            ["evaluations"] = result.Evaluations,
            ["converged"] = result.Converged,
            ["total_runs"] = result.TotalRuns,
            ["parameters"] = result.Parameters.Select(Parameter).ToList(),
            ["moments"] = result.Moments.Select(Moment).ToList(),
            ["objective"] = NumberFormat.Json(result.Objective),
            ["holdout_year"] = result.Holdout?.Year,
            ["holdout_from"] = result.Holdout?.From is { } from ? Day(from) : null,
            ["holdout_to"] = result.Holdout?.To is { } until ? Day(until) : null,
            ["holdout_note"] = result.Holdout?.Note,
            ["holdout_parameters"] = result.Holdout is { Note: null } fit ? fit.Parameters.Select(Parameter).ToList() : null,
            ["holdout"] = result.Holdout is { Note: null } check ? check.Moments.Select(Moment).ToList() : null,
            ["profiles"] = result.Profiles.Select(p => new Dictionary<string, object?>
            {
                ["name"] = p.Parameter.Name,
                ["value"] = NumberFormat.Json(p.Value),
                ["objective"] = NumberFormat.Json(p.Objective),
            }).ToList(),
            ["verdict"] = result.Verdict,
        };
    }

    private static Dictionary<string, object?> Parameter(ParameterFit p) => new()
    {
        ["name"] = p.Parameter.Name,
        ["path"] = p.Path,
        ["value"] = NumberFormat.Json(p.Value),
        ["at_bound"] = p.AtBound,
        ["fitted"] = p.Fitted,
        ["base"] = NumberFormat.Json(p.BaseValue),
        ["start"] = p.Fitted ? NumberFormat.Json(p.Start) : null,
        ["lower"] = NumberFormat.Json(p.Parameter.Lower),
        ["upper"] = NumberFormat.Json(p.Parameter.Upper),
    };

    private static Dictionary<string, object?> Moment(MomentFit m) => new()
    {
        ["name"] = m.Moment.Name,
        ["observed"] = NumberFormat.Json(m.Observed),
        ["simulated_mean"] = NumberFormat.Json(m.Simulated.Mean),
        ["simulated_p5"] = NumberFormat.Json(m.Simulated.P5),
        ["simulated_p95"] = NumberFormat.Json(m.Simulated.P95),
        ["z"] = NumberFormat.Json(m.Z),
        ["matched"] = m.Matched,
        ["unit"] = m.Moment.Unit,
        ["misfit"] = NumberFormat.Json(m.Misfit),
        ["spread"] = NumberFormat.Json(m.Simulated.Spread),
        ["simulated_se"] = NumberFormat.Json(m.Simulated.StandardError),
        ["histories"] = m.Simulated.Histories,
        ["scale"] = NumberFormat.Json(m.Scale),
        ["note"] = m.Note,
    };

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static Dictionary<string, object?> Row(Events.CodedEvent e) => new()
    {
        ["date"] = e.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["event_id"] = e.EventId,
        ["source_country"] = e.Source.Country,
        ["cameo"] = e.CameoCode,
        ["description"] = e.Description,
    };

    private static string N(double value) => NumberFormat.Table(value, Math.Abs(value) >= 100 ? "0.0" : "0.0000");

    private static string I(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
