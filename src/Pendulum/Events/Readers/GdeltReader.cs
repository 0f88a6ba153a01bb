using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Unicode;

namespace Pendulum.Events.Readers;

/// <summary>
/// Reads GDELT event tables: tab-separated, no header, 57 or 58 columns (1.0) or 61 (2.0), detected from the
/// first line and then required of every line.
/// </summary>
/// <remarks>
/// The hot path works on UTF-8 bytes in a large reusable buffer: a line is found with a vectorised search, its
/// tabs counted, and only when the actor filter keeps it are its fields decoded to strings. Rows outside the
/// filter cost a few vectorised scans and no allocation.
/// </remarks>
public sealed class GdeltReader : EventReader
{
    private const int InitialBufferSize = 1 << 20;
    private const int MaxLineLength = 1 << 24;

    private readonly string[]? _actors;
    private readonly byte[][]? _actorBytes;
    private GdeltRowDecoder? _decoder;
    private int _columns;

    internal GdeltReader(Stream stream, string file, EventReaderOptions options)
        : base(stream, file, options)
    {
        Report.Format = EventFormat.Gdelt;
        _actors = options.Actors?.Order(StringComparer.Ordinal).ToArray();
        _actorBytes = _actors?.Select(a => Encoding.UTF8.GetBytes(a)).ToArray();
    }

    /// <summary>The GDELT version seen on the first good line: 1 or 2 (0 before reading).</summary>
    public int Version => _columns == 61 ? 2 : _columns is 57 or 58 ? 1 : 0;

    public override IEnumerable<CodedEvent> ReadEvents(CancellationToken cancellationToken = default)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(InitialBufferSize);
        try
        {
            int start = 0, end = 0;
            var eof = false;
            long line = 0;
            while (true)
            {
                var newline = buffer.AsSpan(start, end - start).IndexOf((byte)'\n');
                if (newline < 0)
                {
                    if (eof)
                    {
                        if (start < end)
                        {
                            line++;
                            var last = ReadLine(buffer.AsSpan(start, end - start), line, true);
                            start = end;
                            if (last is not null)
                                yield return last;
                        }

                        break;
                    }

                    cancellationToken.ThrowIfCancellationRequested();
                    (buffer, start, end, eof) = Refill(buffer, start, end, line);
                    continue;
                }

                line++;
                var ev = ReadLine(buffer.AsSpan(start, newline), line, false);
                start += newline + 1;
                if (ev is not null)
                    yield return ev;
            }

            if (line == 0)
                throw new BadDataException("the file is empty", File);
            if (_columns == 0 && Report.RowsSkipped == 0)
                throw new BadDataException("no GDELT rows found", File);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private (byte[] Buffer, int Start, int End, bool Eof) Refill(byte[] buffer, int start, int end, long line)
    {
        if (start > 0)
        {
            Buffer.BlockCopy(buffer, start, buffer, 0, end - start);
            end -= start;
        }

        if (end == buffer.Length)
        {
            if (buffer.Length >= MaxLineLength)
                throw new BadDataException($"line longer than {MaxLineLength / (1 << 20)} MiB: is this a GDELT file?", File, line + 1);
            var bigger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
            Buffer.BlockCopy(buffer, 0, bigger, 0, end);
            ArrayPool<byte>.Shared.Return(buffer);
            buffer = bigger;
        }

        var read = Stream.Read(buffer, end, buffer.Length - end);
        return (buffer, 0, end + read, read == 0);
    }

    private CodedEvent? ReadLine(ReadOnlySpan<byte> line, long lineNumber, bool unterminated)
    {
        if (line.Length > 0 && line[^1] == (byte)'\r')
            line = line[..^1];
        Report.RowsRead++;
        try
        {
            var columns = line.Count((byte)'\t') + 1;
            if (_columns == 0)
                DetectLayout(columns, line);
            if (columns != _columns)
            {
                var why = unterminated ? "truncated last line: " : "";
                throw new RowRejectedException(null,
                    $"{why}expected {_columns} tab-separated columns ({Report.FormatDetail}, detected on the first line), found {columns}");
            }

            if (!Utf8.IsValid(line))
                throw new RowRejectedException(null, "not valid UTF-8 (GDELT files are UTF-8; was the file re-encoded?)");
            if (_actorBytes is not null && !KeepsActors(line))
                return null;

            var ev = _decoder!.Decode(line, Options);
            Report.RowsKept++;
            Volumes.Add(ev.Source.Country, ev.Target.Country, ev.Date);
            return ev;
        }
        catch (RowRejectedException rejection)
        {
            Reject(lineNumber, rejection);
            return null;
        }
    }

    private void DetectLayout(int columns, ReadOnlySpan<byte> line)
    {
        if (Layout(columns) is not { } layout)
        {
            throw new RowRejectedException(null,
                $"expected 57 or 58 (GDELT 1.0) or 61 (GDELT 2.0) tab-separated columns, found {columns}"
                + (line.StartsWith("GLOBALEVENTID"u8) ? "; the line is a header: use --format gdelt-csv" : ""));
        }

        _columns = columns;
        (Report.FormatDetail, var fieldIndex) = layout;
        _decoder = new GdeltRowDecoder(fieldIndex);
    }

    /// <summary>
    /// The layout of a GDELT table with this many columns: what to call it and, for each <see cref="GdeltField"/>,
    /// its column (or -1); null when no GDELT table has that many.
    /// </summary>
    internal static (string Detail, int[] FieldIndex)? Layout(int columns) => columns switch
    {
        57 => ("GDELT 1.0 (57 columns, historical backfile)", GdeltFieldNames.IndexIn(GdeltColumns.Version1[..57])),
        58 => ("GDELT 1.0 (58 columns, daily file)", GdeltFieldNames.IndexIn(GdeltColumns.Version1[..58])),
        61 => ("GDELT 2.0 (61 columns)", GdeltFieldNames.IndexIn(GdeltColumns.Version2[..61])),
        _ => null,
    };

    /// <summary>
    /// True when the filter keeps the row. A row it leaves out is counted as such, and when it touches a listed
    /// country its SQLDATE is read (a bad one rejects the row) so that the country's volume counts it.
    /// </summary>
    private bool KeepsActors(ReadOnlySpan<byte> line)
    {
        // SQLDATE, Actor1CountryCode and Actor2CountryCode sit at columns 1, 7 and 17 in every GDELT layout.
        var rest = line;
        ReadOnlySpan<byte> date = default;
        var source = -1;
        for (var column = 0; column < 17; column++)
        {
            var tab = rest.IndexOf((byte)'\t');
            if (column == 1)
                date = rest[..tab];
            else if (column == 7)
                source = ActorIndex(rest[..tab]);
            rest = rest[(tab + 1)..];
        }

        var target = ActorIndex(rest[..rest.IndexOf((byte)'\t')]);
        var match = RowMatches.Of(Options.ActorMatch, source >= 0, target >= 0, source == target);
        if (match == RowMatch.Kept)
            return true;
        if (match == RowMatch.Counted)
        {
            // A bad date is reported by the string reader, with the field's name and value.
            var day = FieldParser.TryCompactDate(date, out var read)
                ? read
                : FieldParser.CompactDate(Encoding.UTF8.GetString(date), GdeltFieldNames.Official[(int)GdeltField.SqlDate]);
            Volumes.Add(source >= 0 ? _actors![source] : null, target >= 0 ? _actors![target] : null, day);
        }

        Report.RowsFilteredOut++;
        return false;
    }

    /// <summary>The code's place among the sorted listed countries, or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int ActorIndex(ReadOnlySpan<byte> code)
    {
        if (code.Length == 0)
            return -1;
        for (var i = 0; i < _actorBytes!.Length; i++)
        {
            if (code.SequenceEqual(_actorBytes[i]))
                return i;
        }

        return -1;
    }
}
