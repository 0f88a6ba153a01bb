using System.Text.Json;
using Pendulum.Scan;

namespace Pendulum.Reports.Json;

/// <summary>
/// A pair scan as a JSON array, one object per group: <c>period</c> (ISO 8601: 2018-05-08, 2018-05 or 2018),
/// <c>actor1</c>, <c>actor2</c>, <c>quad_class</c>, <c>count</c>, <c>sum_goldstein</c>, <c>sum_num_mentions</c>,
/// <c>sum_goldstein_x_mentions</c>. The sums are written with six decimals, exactly as in the CSV.
/// </summary>
public static class PairScanJson
{
    public static void Write(PairScanResult result, ScanPeriod period, Stream output)
    {
        ArgumentNullException.ThrowIfNull(result);
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true });
        json.WriteStartArray();
        foreach (var g in result.Groups)
        {
            json.WriteStartObject();
            json.WriteString("period", period.IsoText(g.Period));
            json.WriteString("actor1", g.Actor1);
            json.WriteString("actor2", g.Actor2);
            json.WriteNumber("quad_class", g.QuadClass);
            json.WriteNumber("count", g.Count);
            json.WritePropertyName("sum_goldstein");
            json.WriteRawValue(ScaledDecimal.Format(g.SumGoldsteinMillionths));
            json.WriteNumber("sum_num_mentions", g.SumMentions);
            json.WritePropertyName("sum_goldstein_x_mentions");
            json.WriteRawValue(ScaledDecimal.Format(g.SumGoldsteinTimesMentionsMillionths));
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.Flush();
        output.WriteByte((byte)'\n');
    }
}
