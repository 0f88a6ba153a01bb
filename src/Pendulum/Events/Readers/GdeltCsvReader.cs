using System.Globalization;
using System.Text;
using Pendulum.Internals;

namespace Pendulum.Events.Readers;

/// <summary>
/// Reads GDELT re-exported as CSV by R, pandas or BigQuery: a header names the columns (found by name, extra ones
/// ignored), fields may be quoted. Repairs what such round trips break, and counts each repair: CAMEO codes that
/// lost their leading zeros, dates written in exponent form (<c>2.0180105e+13</c>), <c>NA</c> placeholders.
/// </summary>
public sealed class GdeltCsvReader : EventReader
{
    internal GdeltCsvReader(Stream stream, string file, EventReaderOptions options)
        : base(stream, file, options) => Report.Format = EventFormat.GdeltCsv;

    public override IEnumerable<CodedEvent> ReadEvents(CancellationToken cancellationToken = default)
    {
        var (text, csv, columns) = TextInput.OpenWithHeader(Stream, ',', quoting: true, File);
        using var _ = text;
        var fields = new List<string>();
        var header = columns;
        var index = GdeltFieldNames.IndexIn(header);
        foreach (var required in GdeltFieldNames.Required)
        {
            if (index[(int)required] < 0)
                throw new BadDataException($"the header has no {GdeltFieldNames.Official[(int)required]} column", File, 1);
        }

        Report.FormatDetail = $"GDELT CSV re-export ({header.Length} columns, header)";
        var values = new string[GdeltFieldNames.Count];
        while (TextInput.TryRead(csv, fields, File))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var ev = ReadRecord(csv, fields, header.Length, index, values);
            if (ev is not null)
                yield return ev;
        }
    }

    private CodedEvent? ReadRecord(CsvRowReader csv, List<string> fields, int columns, int[] index, string[] values)
    {
        Report.RowsRead++;
        try
        {
            if (csv.RecordTruncated || fields.Count != columns)
            {
                var why = csv.RecordTruncated || (csv.RecordUnterminated && fields.Count < columns)
                    ? "truncated last row: "
                    : "";
                throw new RowRejectedException(null, $"{why}expected {columns} columns as in the header, found {fields.Count}");
            }

            if (fields.TrueForAll(f => f == "NA"))
            {
                Report.NaRows++;
                return null;
            }

            for (var f = 0; f < values.Length; f++)
                values[f] = index[f] < 0 || fields[index[f]] == "NA" ? "" : fields[index[f]].Trim();
            var source = values[(int)GdeltField.Actor1CountryCode].NullIfEmpty();
            var target = values[(int)GdeltField.Actor2CountryCode].NullIfEmpty();
            var match = Match(source, target);
            if (match != RowMatch.Kept)
            {
                // Left out but touching a listed country: only its day is read, for that country's volume.
                if (match == RowMatch.Counted)
                    Volumes.Add(source, target, FieldParser.CompactDate(RepairDate(values[(int)GdeltField.SqlDate]), GdeltFieldNames.Official[(int)GdeltField.SqlDate]));
                Report.RowsFilteredOut++;
                return null;
            }

            RepairCode(values);
            values[(int)GdeltField.SqlDate] = RepairDate(values[(int)GdeltField.SqlDate]);
            values[(int)GdeltField.DateAdded] = RepairDate(values[(int)GdeltField.DateAdded]);
            var ev = GdeltEventBuilder.Build(values, Options);
            Report.RowsKept++;
            Volumes.Add(ev.Source.Country, ev.Target.Country, ev.Date);
            return ev;
        }
        catch (RowRejectedException rejection)
        {
            Reject(csv.RecordLine, rejection);
            return null;
        }
    }

    private void RepairCode(string[] values)
    {
        var code = values[(int)GdeltField.EventCode];
        var root = values[(int)GdeltField.EventRootCode];
        var repaired = Options.Codebook.Repair(code, root.Length == 0 ? null : root);
        if (repaired is null)
            return; // the builder rejects the code with its own message
        if (repaired != code)
        {
            Report.CodesRepaired++;
            if (repaired.Length == 3)
                Report.CodesRepairedToThreeDigits++;
            else
                Report.CodesRepairedToFourDigits++;
        }

        values[(int)GdeltField.EventCode] = repaired;
        values[(int)GdeltField.EventRootCode] = repaired[..2];
    }

    // R writes large integers such as 20180105001500 as 2.0180105e+13, dropping the digits that do not fit its
    // default 8 significant figures. The value is read as written; the lost minutes cannot be recovered.
    private string RepairDate(string value)
    {
        if (value.Length == 0 || !value.Contains('e', StringComparison.OrdinalIgnoreCase))
            return value;
        if (!decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            || number != decimal.Truncate(number) || number < 0)
            return value;
        Report.ExponentDates++;
        return number.ToString("0", CultureInfo.InvariantCulture);
    }
}
