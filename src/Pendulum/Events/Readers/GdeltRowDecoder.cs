using System.Text;
using Pendulum.Internals;

namespace Pendulum.Events.Readers;

/// <summary>
/// Decodes GDELT rows of one layout into events, reusing its scratch arrays and the strings of repeated fields from
/// row to row. One per reading thread: the row-by-row reader has one, each thread of a chunked ingest another.
/// </summary>
internal sealed class GdeltRowDecoder
{
    private readonly int[] _fieldIndex;
    private readonly string[] _values = new string[GdeltFieldNames.Count];
    private readonly int[] _fieldStarts = new int[62];
    private readonly Utf8StringCache _strings = new();

    /// <param name="fieldIndex">The layout's column of each <see cref="GdeltField"/> (-1 when it has none).</param>
    public GdeltRowDecoder(int[] fieldIndex) => _fieldIndex = fieldIndex;

    /// <summary>
    /// Builds the event of one row (no newline, no carriage return, valid UTF-8, the layout's column count).
    /// Throws <see cref="RowRejectedException"/>.
    /// </summary>
    public CodedEvent Decode(ReadOnlySpan<byte> line, EventReaderOptions options)
    {
        SplitFields(line, _fieldStarts);
        for (var f = 0; f < _values.Length; f++)
        {
            var at = _fieldIndex[f];
            if (at < 0)
            {
                _values[f] = "";
                continue;
            }

            var field = line[_fieldStarts[at]..(_fieldStarts[at + 1] - 1)];
            // Event ids never repeat within a file: caching them would only push out values that do.
            _values[f] = f == (int)GdeltField.GlobalEventId ? Encoding.UTF8.GetString(field) : _strings.Get(field);
        }

        return GdeltEventBuilder.Build(_values, options);
    }

    // Field starts: fieldStarts[i] is the first byte of field i, fieldStarts[count] one past the end plus one,
    // so field i is [fieldStarts[i], fieldStarts[i + 1] - 1).
    private static void SplitFields(ReadOnlySpan<byte> line, int[] fieldStarts)
    {
        var field = 0;
        var at = 0;
        fieldStarts[0] = 0;
        while (true)
        {
            var tab = line[at..].IndexOf((byte)'\t');
            if (tab < 0)
                break;
            at += tab + 1;
            fieldStarts[++field] = at;
        }

        fieldStarts[field + 1] = line.Length + 1;
    }
}
