using System.Text;

namespace Pendulum.Internals;

/// <summary>
/// An RFC 4180 record reader over a <see cref="TextReader"/>: separator, double-quoted fields with <c>""</c>
/// escapes, line breaks inside quotes. It tracks the line each record starts on, so errors can name it, and
/// tells a record cut off by the end of the file (an open quote) from a complete one.
/// </summary>
internal sealed class CsvRowReader(TextReader reader, char separator, bool quoting = true)
{
    private readonly StringBuilder _field = new();
    private long _line = 1;

    /// <summary>The 1-based line on which the last record returned by <see cref="TryRead"/> starts.</summary>
    public long RecordLine { get; private set; }

    /// <summary>True when the last record ended at the end of the file inside an open quote.</summary>
    public bool RecordTruncated { get; private set; }

    /// <summary>True when the last record was the file's last and had no line break after it.</summary>
    public bool RecordUnterminated { get; private set; }

    /// <summary>Reads the next record into <paramref name="fields"/> (cleared first). False at end of input.</summary>
    public bool TryRead(List<string> fields)
    {
        fields.Clear();
        _field.Clear();
        RecordTruncated = false;
        RecordUnterminated = false;
        RecordLine = _line;
        var c = reader.Read();
        if (c < 0)
            return false;
        var inQuotes = false;
        var fieldWasQuoted = false;
        while (true)
        {
            if (c < 0)
            {
                RecordTruncated = inQuotes;
                RecordUnterminated = true;
                fields.Add(_field.ToString());
                return true;
            }

            var ch = (char)c;
            if (inQuotes)
            {
                if (ch == '"')
                {
                    if (reader.Peek() == '"')
                    {
                        reader.Read();
                        _field.Append('"');
                    }
                    else
                    {
                        inQuotes = false;
                    }
                }
                else
                {
                    if (ch == '\n')
                        _line++;
                    _field.Append(ch);
                }
            }
            else if (ch == separator)
            {
                fields.Add(_field.ToString());
                _field.Clear();
                fieldWasQuoted = false;
            }
            else if (ch == '\n' || ch == '\r')
            {
                if (ch == '\r' && reader.Peek() == '\n')
                    reader.Read();
                _line++;
                fields.Add(_field.ToString());
                return true;
            }
            else if (quoting && ch == '"' && _field.Length == 0 && !fieldWasQuoted)
            {
                inQuotes = true;
                fieldWasQuoted = true;
            }
            else
            {
                _field.Append(ch);
            }

            c = reader.Read();
        }
    }
}
