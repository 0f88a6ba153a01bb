using System.Globalization;
using System.Text.Json;
using Pendulum.Calibrate;
using Spectre.Console;

namespace Pendulum.Cli.Output;

/// <summary>The result of <c>calibrate</c>: parameter and moment tables with the objective and the verdict, or JSON (fields in docs/cli.md).</summary>
internal static class CalibrationOutput
{
    public static void Write(CliContext context, CalibrationResult result, ObservedRecord record, string source, string fittedPath, string format)
    {
        if (format == "json")
        {
            context.Out.WriteLine(JsonSerializer.Serialize(Json(result, record, source, fittedPath), new JsonSerializerOptions { WriteIndented = true }));
            return;
        }

        var h = record.History;
        context.Out.WriteLine(I($"Record of {result.Pair}, {record.From:yyyy-MM-dd} .. {record.To:yyyy-MM-dd} ({h.Years:0.0} years; {source}): ")
            + I($"{h.Incidents} incidents, {h.CoreChallenges} core-interest challenges, {h.Suspensions} military suspensions ({h.SuspensionDays.Count} lifted)."));
        var parameters = OutcomeTable.NewTable("parameter", "scenario key", "base", "start", "coarse", "fitted", "");
        foreach (var p in result.Parameters)
        {
            parameters.AddRow(p.Parameter.Name, Markup.Escape(p.Path), N(p.BaseValue), p.Fitted ? N(p.Start) : "-", p.Fitted ? N(p.Coarse) : "-", N(p.Value),
                !p.Fitted ? "held" : p.AtEdge ? "edge of range" : "");
        }

        OutcomeTable.Render(context, parameters);
        var moments = OutcomeTable.NewTable("moment", "unit", "observed", "simulated", "± se", "scale", "z");
        foreach (var m in result.Moments)
        {
            moments.AddRow(Markup.Escape(m.Moment.Label), Markup.Escape(m.Moment.Unit), m.Observed is { } o ? N(o) : "-",
                N(m.Simulated.Mean), N(m.Simulated.StandardError), N(m.Scale), m.Z is { } z ? I($"{z:+0.00;-0.00;0.00}") : Markup.Escape(m.Note ?? "-"));
        }

        OutcomeTable.Render(context, moments);
        var o2 = result.Options;
        context.Out.WriteLine(I($"Objective {result.Objective:0.000} over {result.Moments.Count(m => m.Z is not null)} moments ")
            + I($"(sum of z^2; z = (simulated - observed) / scale, scale = spread between simulated histories of {result.HistoryYears} years)."));
        context.Out.WriteLine(I($"{result.Candidates} candidates x {o2.Runs} runs, the best {o2.Shortlist} of each grid and the table on {o2.ReferenceRuns} reference runs, ")
            + I($"{result.TotalRuns:N0} runs in all, seed {o2.Seed}; the same run seeds for every candidate."));
        foreach (var line in result.Verdict)
            context.Out.WriteLine(Markup.Remove(line));
        context.Out.WriteLine($"Fitted scenario: {fittedPath}");
    }

    private static Dictionary<string, object?> Json(CalibrationResult result, ObservedRecord record, string source, string fittedPath)
    {
        var h = record.History;
        var o = result.Options;
        return new Dictionary<string, object?>
        {
            ["pair"] = result.Pair,
            ["fitted_scenario"] = fittedPath,
            ["record"] = new Dictionary<string, object?>
            {
                ["source"] = source,
                ["from"] = record.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["to"] = record.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["years"] = h.Years,
                ["incidents"] = record.Incidents.Select(Row).ToList(),
                ["core_challenges"] = record.Challenges.Select(Row).ToList(),
                ["suspensions"] = record.Suspensions.Select(s => new Dictionary<string, object?>
                {
                    ["channel"] = s.ChannelId,
                    ["from"] = s.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    ["to"] = s.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    ["days"] = s.Days,
                }).ToList(),
                ["channel_years"] = h.ChannelYears,
            },
            ["seed"] = o.Seed,
            ["runs_per_candidate"] = o.Runs,
            ["reference_runs"] = o.ReferenceRuns,
            ["shortlist"] = o.Shortlist,
            ["levels"] = o.Levels,
            ["history_years"] = result.HistoryYears,
            ["candidates"] = result.Candidates,
            ["total_runs"] = result.TotalRuns,
            ["parameters"] = result.Parameters.Select(p => new Dictionary<string, object?>
            {
                ["name"] = p.Parameter.Name,
                ["path"] = p.Path,
                ["base"] = p.BaseValue,
                ["start"] = p.Fitted ? p.Start : null,
                ["coarse"] = p.Fitted ? p.Coarse : null,
                ["value"] = p.Value,
                ["fitted"] = p.Fitted,
                ["at_edge"] = p.AtEdge,
            }).ToList(),
            ["moments"] = result.Moments.Select(m => new Dictionary<string, object?>
            {
                ["name"] = m.Moment.Name,
                ["unit"] = m.Moment.Unit,
                ["observed"] = m.Observed,
                ["simulated"] = OutcomeTable.Finite(m.Simulated.Mean),
                ["simulated_se"] = OutcomeTable.Finite(m.Simulated.StandardError),
                ["spread"] = OutcomeTable.Finite(m.Simulated.Spread),
                ["histories"] = m.Simulated.Histories,
                ["scale"] = m.Scale,
                ["z"] = m.Z,
                ["note"] = m.Note,
            }).ToList(),
            ["objective"] = result.Objective,
            ["verdict"] = result.Verdict,
        };
    }

    private static Dictionary<string, object?> Row(Events.CodedEvent e) => new()
    {
        ["date"] = e.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["event_id"] = e.EventId,
        ["source_country"] = e.Source.Country,
        ["cameo"] = e.CameoCode,
        ["description"] = e.Description,
    };

    private static string N(double value) => double.IsFinite(value) ? value.ToString(Math.Abs(value) >= 100 ? "0.0" : "0.0000", CultureInfo.InvariantCulture) : "-";

    private static string I(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
