using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Unicode;
using Pendulum.Events;
using Pendulum.Events.Readers;

namespace Pendulum.Scan;

/// <summary>What one chunk of a filtered GDELT ingest gave.</summary>
internal sealed class FilteredChunk
{
    /// <summary>The kept rows' events, in file order.</summary>
    public List<CodedEvent> Events { get; } = [];

    /// <summary>Rows read.</summary>
    public long Rows { get; set; }

    /// <summary>
    /// True when the chunk holds a row that only the row-by-row reader can report as the user expects (a bad row, a
    /// carriage return): the ingest then starts over with that reader, so errors and skips are exactly its own.
    /// </summary>
    public bool Declined { get; set; }
}

/// <summary>
/// The inner loop of a filtered GDELT ingest, one instance per thread: for each row it counts the tabs and notes
/// where columns 1 (SQLDATE), 7 and 17 (the country codes) start in a single pass over 64-byte tab and newline
/// masks; only rows the filter keeps are decoded to strings and built into events, by the same code as
/// <see cref="GdeltReader"/>. Every row is checked as that reader checks it (column count, UTF-8): anything it would
/// report makes the chunk <see cref="FilteredChunk.Declined"/> instead.
/// </summary>
internal sealed class FilteredRowScanner
{
    private const int DateColumn = 1;
    private const int Actor1Column = 7;
    private const int Actor2Column = 17;

    private readonly int _tabs;
    private readonly string[] _actors;
    private readonly byte[][] _actorFields;
    private readonly ActorMatch _match;
    private readonly EventReaderOptions _options;
    private readonly GdeltRowDecoder _decoder;

    // The listed countries' events per day, keyed by day number x listed index: an integer key is a cheap hash, and
    // hundreds of thousands of rows per GB touch a listed country. Folded into a CountryDayTally when the scan is done.
    private readonly KeyCounts _volumes = new();

    /// <param name="columns">The file's column count (57, 58 or 61), from its first row.</param>
    /// <param name="fieldIndex">The layout's column of each <see cref="GdeltField"/>.</param>
    /// <param name="options">The reader options; <see cref="EventReaderOptions.Actors"/> must be set.</param>
    public FilteredRowScanner(int columns, int[] fieldIndex, EventReaderOptions options)
    {
        _tabs = columns - 1;
        _decoder = new GdeltRowDecoder(fieldIndex);
        _options = options;
        _actors = [.. options.Actors!.Order(StringComparer.Ordinal)];
        // Each code is matched together with the tab that ends its field, so USA never matches USAGOV.
        _actorFields = [.. _actors.Select(a => Encoding.UTF8.GetBytes(a + "\t"))];
        _match = options.ActorMatch;
    }

    /// <summary>Adds the listed countries' events per day among all the rows this scanner read to <paramref name="total"/>.</summary>
    public void AddVolumesTo(CountryDayTally total)
    {
        foreach (var (key, events) in _volumes.Entries())
            total.Add(_actors[(int)(key % _actors.Length)], DateOnly.FromDayNumber((int)(key / _actors.Length)), events);
    }

    /// <summary>
    /// Reads the rows that start at or after <paramref name="first"/> and before <paramref name="limit"/> (each ends
    /// with a newline inside the buffer, followed by <see cref="SeparatorMasks.Padding"/> spare bytes) into
    /// <paramref name="chunk"/>. Stops at the first row it declines.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void ScanRows(byte[] buffer, int first, int limit, FilteredChunk chunk)
    {
        if (first >= limit)
            return;
        ref var b = ref MemoryMarshal.GetArrayDataReference(buffer);
        Span<int> starts = stackalloc int[3];
        var row = first;
        while (row < limit)
        {
            var end = FindColumns(ref b, row, starts, out var tabs, out var nonAscii);
            chunk.Rows++;
            // Rows end with a newline, which no UTF-8 sequence holds, so checking row by row checks the whole chunk.
            if (tabs != _tabs || (end > row && buffer[end - 1] == (byte)'\r')
                || (nonAscii && !Utf8.IsValid(buffer.AsSpan(row, end - row))))
            {
                chunk.Declined = true;
                return;
            }

            var source = ActorAt(buffer, starts[1]);
            var target = ActorAt(buffer, starts[2]);
            var match = RowMatches.Of(_match, source >= 0, target >= 0, source == target);
            if (match == RowMatch.Kept)
            {
                CodedEvent e;
                try
                {
                    e = _decoder.Decode(buffer.AsSpan(row, end - row), _options);
                }
                catch (RowRejectedException)
                {
                    chunk.Declined = true;
                    return;
                }

                chunk.Events.Add(e);
                CountVolume(source, target, e.Date);
            }
            else if (match == RowMatch.Counted)
            {
                // SQLDATE is the eight bytes before a tab, read as the row reader reads it.
                if (buffer[starts[0] + 8] != (byte)'\t' || !FieldParser.TryCompactDate(buffer.AsSpan(starts[0], 8), out var date))
                {
                    chunk.Declined = true;
                    return;
                }

                CountVolume(source, target, date);
            }

            row = end + 1;
        }
    }

    /// <summary>Counts a row for its listed sides (given as indices, -1 when not listed), once when both are the same.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void CountVolume(int source, int target, DateOnly date)
    {
        if (source >= 0)
            _volumes.Increment((long)date.DayNumber * _actors.Length + source);
        if (target >= 0 && target != source)
            _volumes.Increment((long)date.DayNumber * _actors.Length + target);
    }

    /// <summary>
    /// Walks one row's masks once: returns the index of its newline, its tab count, and in <paramref name="starts"/>
    /// where columns 1, 7 and 17 begin (left as they were when the row has fewer columns; the tab count tells).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int FindColumns(ref byte b, int row, Span<int> starts, out int tabs, out bool nonAscii)
    {
        tabs = 0;
        var wanted = 0;
        var column = DateColumn;
        var at = row;
        var nonAsciiBits = 0UL;
        while (true)
        {
            SeparatorMasks.Load(ref Unsafe.Add(ref b, at), out var tabBits, out var newlineBits, out var highBits);
            // Only the bytes before this block's first newline belong to the row; with no newline, all of them do.
            var rowBits = (newlineBits & (0 - newlineBits)) - 1;
            tabBits &= rowBits;
            nonAsciiBits |= highBits & rowBits;
            var found = BitOperations.PopCount(tabBits);
            while (column <= tabs + found)
            {
                var bits = tabBits;
                for (var k = column - tabs; k > 1; k--)
                    bits &= bits - 1;
                starts[wanted++] = at + BitOperations.TrailingZeroCount(bits) + 1;
                column = wanted switch { 1 => Actor1Column, 2 => Actor2Column, _ => int.MaxValue };
            }

            tabs += found;
            if (newlineBits != 0)
            {
                nonAscii = nonAsciiBits != 0;
                return at + BitOperations.TrailingZeroCount(newlineBits);
            }

            at += 64;
        }
    }

    /// <summary>The listed country whose code fills the field at <paramref name="at"/>, as an index into the sorted list, or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int ActorAt(byte[] buffer, int at)
    {
        if (buffer[at] == (byte)'\t')
            return -1;
        for (var i = 0; i < _actorFields.Length; i++)
        {
            if (buffer.AsSpan(at, _actorFields[i].Length).SequenceEqual(_actorFields[i]))
                return i;
        }

        return -1;
    }
}
