using System.Globalization;
using System.IO.Compression;
using System.Text;
using Pendulum.Events.Countries;
using Pendulum.Events.Readers;
using Pendulum.Internals;
using Pendulum.Observe;

namespace Pendulum.Events.Aggregates;

/// <summary>What reading a period-aggregate table gave: its rows and the reader's counts.</summary>
/// <param name="Layout">The layout found in the header.</param>
/// <param name="Counts">The rows kept, in file order.</param>
/// <param name="Report">Rows read, kept and (lenient) skipped, with the first skipped rows.</param>
public sealed record PeriodCountRead(PeriodCountLayout Layout, IReadOnlyList<PeriodCount> Counts, ReadReport Report);

/// <summary>
/// Reads a table of pair x period x QuadClass counts, plain or gzip-compressed, in either layout of
/// <see cref="PeriodCountLayout"/>. Strict by default: a negative count, an unknown country, a pair acting on
/// itself, a period start that does not open its period, or a directed pair and period given twice stop the read with
/// <c>FILE:LINE: FIELD: reason</c>; lenient, such rows are skipped and reported.
/// </summary>
public static class PeriodCountFile
{
    /// <summary>The format name files are recorded under (<c>pendulum sources</c>).</summary>
    public const string FormatName = "period-counts";

    /// <summary>The layout of <paramref name="path"/>'s header, or null when it is not a period-aggregate table (or cannot be read).</summary>
    public static PeriodCountLayout? Detect(string path)
    {
        try
        {
            using var stream = Open(path);
            using var text = new StreamReader(stream, new UTF8Encoding(false, throwOnInvalidBytes: false), true, 1 << 12);
            var first = text.ReadLine();
            return first is null ? null : PeriodCountColumns.Detect(first.Split(','));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            return null;
        }
    }

    /// <summary>Reads the whole table. Throws <see cref="BadDataException"/> for bad input (strict) or an unknown layout.</summary>
    public static PeriodCountRead Read(string path, EventReaderOptions options, CancellationToken cancellationToken = default)
    {
        Stream stream;
        try
        {
            stream = Open(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputOutputException($"cannot open: {e.Message}", path, e);
        }

        using (stream)
        {
            var (text, rows, header) = TextInput.OpenWithHeader(stream, ',', quoting: true, path);
            using (text)
            {
                var layout = PeriodCountColumns.Detect(header)
                    ?? throw new BadDataException("not a period-aggregate table: the header names neither the ICEWS dyad-year nor the generic columns (docs/formats.md)", path, 1);
                var report = new ReadReport(path, options.SkippedDetailLimit)
                {
                    FormatDetail = layout == PeriodCountLayout.IcewsDyadYear ? "ICEWS dyad-year counts" : "period counts",
                };
                var reader = new RowReader(path, layout, header, options.Lenient, report);
                var fields = new List<string>();
                while (TextInput.TryRead(rows, fields, path))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    if (fields.Count == 1 && fields[0].Length == 0)
                        continue;
                    report.RowsRead++;
                    reader.Add(fields, rows.RecordLine);
                }

                report.RowsKept = reader.Kept.Count;
                return new PeriodCountRead(layout, reader.Kept, report);
            }
        }
    }

    // Gzip is told by its magic bytes, not the file name.
    private static Stream Open(string path)
    {
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        Span<byte> magic = stackalloc byte[2];
        var read = file.ReadAtLeast(magic, 2, throwOnEndOfStream: false);
        file.Position = 0;
        return read == 2 && magic[0] == 0x1F && magic[1] == 0x8B ? new GZipStream(file, CompressionMode.Decompress) : file;
    }

    /// <summary>Turns one record into a <see cref="PeriodCount"/>, or rejects it with its line and field.</summary>
    private sealed class RowReader
    {
        private readonly string _path;
        private readonly PeriodCountLayout _layout;
        private readonly bool _lenient;
        private readonly ReadReport _report;
        private readonly Dictionary<string, int> _index;
        private readonly string[] _countNames;
        private readonly bool _hasGoldstein;
        private readonly HashSet<(string, string, DateOnly, Frequency)> _seen = [];
        private readonly int _columns;

        public RowReader(string path, PeriodCountLayout layout, string[] header, bool lenient, ReadReport report)
        {
            (_path, _layout, _lenient, _report) = (path, layout, lenient, report);
            _columns = header.Length;
            _index = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < header.Length; i++)
                _index.TryAdd(header[i].Trim('"'), i);
            _countNames = layout == PeriodCountLayout.IcewsDyadYear
                ? [.. PeriodCountColumns.IcewsDyadYear.Skip(5)]
                : [.. PeriodCountColumns.Generic.Skip(4)];
            var goldstein = PeriodCountColumns.GoldsteinSums.Count(_index.ContainsKey);
            if (layout == PeriodCountLayout.Generic && goldstein is > 0 and < 4)
            {
                throw new BadDataException("give all four goldstein_ columns or none", path, 1,
                    PeriodCountColumns.GoldsteinSums.First(n => !_index.ContainsKey(n)));
            }

            _hasGoldstein = layout == PeriodCountLayout.Generic && goldstein == 4;
        }

        public List<PeriodCount> Kept { get; } = [];

        public void Add(List<string> fields, long line)
        {
            try
            {
                var count = Parse(fields);
                if (!_seen.Add((count.Source, count.Target, count.PeriodStart, count.Period)))
                {
                    throw new RowRejectedException(_layout == PeriodCountLayout.IcewsDyadYear ? "year" : "period_start",
                        $"{count.Source}->{count.Target} {count.PeriodStart:yyyy-MM-dd} ({count.Period.Name()}) is given twice");
                }

                Kept.Add(count);
            }
            catch (RowRejectedException e)
            {
                if (!_lenient)
                    throw new BadDataException(e.Message, _path, line, e.Field);
                _report.AddSkipped(new SkippedRow(line, e.Field, e.Message));
            }
        }

        private PeriodCount Parse(List<string> fields)
        {
            if (fields.Count != _columns)
                throw new RowRejectedException(null, $"{fields.Count} fields, the header has {_columns}");
            var ab = _layout == PeriodCountLayout.IcewsDyadYear ? ("i_iso3c", "j_iso3c") : ("source", "target");
            var source = Country(fields, ab.Item1);
            var target = Country(fields, ab.Item2);
            if (source == target)
                throw new RowRejectedException(ab.Item2, $"{source} acting on itself belongs to no pair");
            var (start, period) = _layout == PeriodCountLayout.IcewsDyadYear ? Year(fields) : Period(fields);
            var counts = new long[4];
            for (var q = 0; q < 4; q++)
                counts[q] = Count(fields, _countNames[q]);
            double[]? sums = null;
            if (_hasGoldstein)
            {
                sums = new double[4];
                for (var q = 0; q < 4; q++)
                    sums[q] = Goldstein(fields, PeriodCountColumns.GoldsteinSums[q], counts[q]);
            }

            var dataset = _layout == PeriodCountLayout.IcewsDyadYear
                ? PeriodCountColumns.IcewsDyadYearDataset
                : _index.ContainsKey("dataset") && Value(fields, "dataset") is { Length: > 0 } d ? d : PeriodCountColumns.GenericDataset;
            return new PeriodCount(dataset, source, target, start, period, counts, sums);
        }

        private string Value(List<string> fields, string name) => fields[_index[name]].Trim();

        private string Country(List<string> fields, string name)
        {
            var code = Value(fields, name);
            return CountryTable.Default.IsKnownCode(code)
                ? code
                : throw new RowRejectedException(name, $"'{FieldParser.Shorten(code)}' is not an ISO alpha-3 country code Pendulum knows");
        }

        private (DateOnly, Frequency) Year(List<string> fields)
        {
            var text = Value(fields, "year");
            return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1 and <= 9999
                ? (new DateOnly(year, 1, 1), Frequency.Year)
                : throw new RowRejectedException("year", $"'{FieldParser.Shorten(text)}' is not a year");
        }

        private (DateOnly, Frequency) Period(List<string> fields)
        {
            var name = Value(fields, "period");
            var period = Frequencies.Parse(name) ?? throw new RowRejectedException("period", $"'{FieldParser.Shorten(name)}' is not day, week, month or year");
            var text = Value(fields, "period_start");
            if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start))
                throw new RowRejectedException("period_start", $"'{FieldParser.Shorten(text)}' is not an ISO 8601 date (YYYY-MM-DD)");
            if (period.PeriodStart(start) != start)
                throw new RowRejectedException("period_start", $"{text} does not open a {name} (that {name} starts on {period.PeriodStart(start):yyyy-MM-dd})");
            return (start, period);
        }

        private long Count(List<string> fields, string name)
        {
            var text = Value(fields, name);
            if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
                return value >= 0 ? value : throw new RowRejectedException(name, $"a count cannot be negative ({value})");
            // R writes whole numbers stored as doubles with a decimal part of zero.
            return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var real) && real == Math.Floor(real) && real is >= 0 and < 1e15
                ? (long)real
                : throw new RowRejectedException(name, $"'{FieldParser.Shorten(text)}' is not a count (a whole number >= 0)");
        }

        private double Goldstein(List<string> fields, string name, long count)
        {
            var text = Value(fields, name);
            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var sum) || !double.IsFinite(sum))
                throw new RowRejectedException(name, $"'{FieldParser.Shorten(text)}' is not a number");
            return Math.Abs(sum) <= 10.0 * count + 1e-9
                ? sum
                : throw new RowRejectedException(name, $"a sum of {count} Goldstein values lies within +-{10 * count}, not {sum}");
        }
    }
}
