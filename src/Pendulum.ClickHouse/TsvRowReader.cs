using System.Text;

namespace Pendulum.ClickHouse;

/// <summary>
/// Reads ClickHouse's <c>TabSeparated</c> output row by row: fields split on tabs, rows on newlines, backslash escapes
/// undone, <c>\N</c> read as null.
/// </summary>
internal sealed class TsvRowReader(TextReader reader) : IDisposable
{
    private readonly StringBuilder _field = new();
    private readonly List<string?> _row = [];

    /// <summary>The fields of the next row, or null at the end. The list is reused by the next call.</summary>
    public IReadOnlyList<string?>? Read()
    {
        _row.Clear();
        _field.Clear();
        var escaped = false;
        int c;
        while ((c = reader.Read()) >= 0)
        {
            switch (c)
            {
                case '\t':
                    EndField(escaped);
                    escaped = false;
                    break;
                case '\n':
                    EndField(escaped);
                    return _row;
                case '\\':
                    var next = reader.Read();
                    if (next < 0)
                        throw new InvalidDataException("TabSeparated text ends inside an escape");
                    if (next == 'N' && _field.Length == 0)
                        escaped = true; // \N alone is NULL; kept as a marker until the field ends
                    _field.Append(next switch
                    {
                        'n' => '\n',
                        't' => '\t',
                        'r' => '\r',
                        'b' => '\b',
                        'f' => '\f',
                        '0' => '\0',
                        'a' => '\a',
                        'v' => '\v',
                        _ => (char)next,
                    });
                    break;
                default:
                    _field.Append((char)c);
                    break;
            }
        }

        if (_row.Count == 0 && _field.Length == 0)
            return null;
        throw new InvalidDataException("TabSeparated text ends inside a row");
    }

    private void EndField(bool startsWithNull)
    {
        _row.Add(startsWithNull && _field.Length == 1 ? null : _field.ToString());
        _field.Clear();
    }

    public void Dispose() => reader.Dispose();
}
