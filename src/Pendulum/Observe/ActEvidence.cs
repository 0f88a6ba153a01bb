using Pendulum.Events;
using Pendulum.Events.Cameo;

namespace Pendulum.Observe;

/// <summary>
/// What one act, coded as one row, says about the side that acted: the mapping from a CAMEO code to a log-likelihood
/// ratio (docs/observer.md, "From a CAMEO code to evidence"). The code's Goldstein value comes from CAMEO's Goldstein
/// scale per code (Goldstein 1992, J. Conflict Resolution 36(2), as GDELT publishes it, <see cref="GoldsteinTable.Gdelt"/>),
/// its QuadClass from GDELT's convention, and its weight from the settings. The value is computed by the same day tally
/// the observer reads a record with, so a table made from it cannot drift from the readings.
/// </summary>
/// <param name="Code">The CAMEO code, with its leading zero.</param>
/// <param name="Name">The code's name in the CAMEO codebook.</param>
/// <param name="QuadClass">Its QuadClass (GDELT's convention, which hand-coded rows use).</param>
/// <param name="Goldstein">Its Goldstein value, -10..10.</param>
/// <param name="Nats">The log-likelihood ratio, trustworthy against greedy, of one such row alone on a day (nats).</param>
public sealed record ActEvidence(string Code, string Name, QuadClass QuadClass, double Goldstein, double Nats)
{
    /// <summary>The likelihood ratio <c>P(act | trustworthy) / P(act | greedy)</c>, <c>exp(Nats)</c>.</summary>
    public double Ratio => Math.Exp(Nats);

    /// <summary>The evidence of one row of <paramref name="cameoCode"/> under <paramref name="evidence"/>.</summary>
    /// <exception cref="UsageException">The code has no Goldstein value (not a CAMEO code).</exception>
    public static ActEvidence Of(string cameoCode, EvidenceParameters evidence)
    {
        if (!GoldsteinTable.Gdelt.TryGet(cameoCode, out var goldstein))
            throw new UsageException($"'{cameoCode}' is not a CAMEO code with a Goldstein value", "cameo");
        var quad = QuadClassMapping.Of(cameoCode[..2], QuadClassScheme.Gdelt);
        var day = new DayTally();
        day.Add(quad, goldstein, 1);
        return new ActEvidence(cameoCode, CameoCodebook.Default.NameOf(cameoCode) ?? cameoCode, quad, goldstein, day.Evidence(evidence));
    }

    /// <summary>The twenty root codes, 01 to 20, in order.</summary>
    public static IEnumerable<ActEvidence> RootCodes(EvidenceParameters evidence) =>
        Enumerable.Range(1, 20).Select(r => Of(r.ToString("00", System.Globalization.CultureInfo.InvariantCulture), evidence));
}
