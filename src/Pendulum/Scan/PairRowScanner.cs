using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace Pendulum.Scan;

/// <summary>A row a scan could not read: where it starts in its file, the column at fault and why.</summary>
internal readonly record struct ScanFault(long Offset, string Field, string Reason);

/// <summary>
/// The inner loop of a pair scan, one instance per thread. Almost every row is decided by its two country codes:
/// the scanner jumps to column 7 by counting tab bits, and unless it holds one side of the pair, on to the next
/// newline without reading anything else. Only the pair's rows (about 1.5% of GDELT) have their numbers parsed.
/// </summary>
internal sealed class PairRowScanner
{
    private const int Actor1Column = 7;
    private const int Actor2Column = 17;
    private const int QuadClassColumn = 29;

    private readonly byte[] _actorA;
    private readonly byte[] _actorB;
    private readonly bool _sameActors;
    private readonly int _periodColumn;
    private readonly int _periodDigits;
    private readonly string _periodName;
    private readonly bool _lenient;

    public PairRowScanner(PairScanOptions options)
    {
        // Each code is matched together with the tab that ends its field, so USA never matches USAGOV.
        _actorA = Encoding.ASCII.GetBytes(options.ActorA + "\t");
        _actorB = Encoding.ASCII.GetBytes(options.ActorB + "\t");
        _sameActors = options.ActorA == options.ActorB;
        _periodColumn = options.Period.Column();
        _periodDigits = options.Period.Digits();
        _periodName = options.Period.ColumnName();
        _lenient = options.Lenient;
    }

    public PairGroupTable Table { get; } = new();

    public long RowsRead { get; private set; }

    public long RowsKept { get; private set; }

    /// <summary>Rows skipped by a lenient scan, by the column at fault.</summary>
    public Dictionary<string, long> Skipped { get; } = new(StringComparer.Ordinal);

    /// <summary>The first bad row this scanner met (the earliest in the file, since chunks are taken in order).</summary>
    public ScanFault? Fault { get; private set; }

    /// <summary>
    /// Scans the rows that start at or after <paramref name="first"/> and before <paramref name="limit"/>. Each row
    /// must end with a newline inside <paramref name="buffer"/>, and <see cref="SeparatorMasks.Padding"/> bytes must
    /// follow the last one. Returns false when a strict scan met a bad row (see <see cref="Fault"/>).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool ScanRows(byte[] buffer, int first, int limit, long bufferOffset)
    {
        ref var b = ref MemoryMarshal.GetArrayDataReference(buffer);
        var rows = 0L;
        var row = first;
        while (row < limit)
        {
            rows++;
            var actor1 = SeparatorMasks.SkipFields(ref b, row, Actor1Column);
            int next;
            if (actor1 < 0)
            {
                next = ~actor1 + 1;
            }
            else
            {
                var direction = StartsWith(buffer, actor1, _actorA) ? 0 : !_sameActors && StartsWith(buffer, actor1, _actorB) ? 1 : -1;
                if (direction < 0)
                {
                    row = buffer.AsSpan(actor1).IndexOf((byte)'\n') + actor1 + 1;
                    continue;
                }
                next = KeepIfPair(buffer, row, actor1, direction);
                if (next > 0)
                {
                    row = next;
                    continue;
                }
                next = ~next;
            }
            // The row is bad: next is the index just past its newline.
            if (!Reject(buffer, row, bufferOffset))
            {
                RowsRead += rows;
                return false;
            }
            row = next;
        }
        RowsRead += rows;
        return true;
    }

    /// <summary>
    /// Reads a row whose Actor1CountryCode is one side of the pair. Returns the index of the next row, or its
    /// complement when the row is bad.
    /// </summary>
    private int KeepIfPair(byte[] buffer, int row, int actor1, int direction)
    {
        ref var b = ref MemoryMarshal.GetArrayDataReference(buffer);
        var actor2 = SeparatorMasks.SkipFields(ref b, actor1, Actor2Column - Actor1Column);
        if (actor2 < 0)
            return ~(~actor2 + 1);
        if (!StartsWith(buffer, actor2, direction == 0 ? _actorB : _actorA))
            return buffer.AsSpan(actor2).IndexOf((byte)'\n') + actor2 + 1;

        var end = buffer.AsSpan(actor2).IndexOf((byte)'\n') + actor2;
        var quad = SeparatorMasks.SkipFields(ref b, actor2, QuadClassColumn - Actor2Column);
        var period = SeparatorMasks.SkipFields(ref b, row, _periodColumn);
        if (quad < 0 || period < 0
            || !TryQuadClass(buffer, quad, out var quadClass)
            || !ScaledDecimal.TryParseMillionths(buffer, quad + 2, out var goldstein, out var mentionsAt)
            || !ScaledDecimal.TryParseCount(buffer, mentionsAt, out var mentions)
            || !TryPeriod(buffer, period, out var periodValue))
            return ~(end + 1);
        Table.Add(PairGroupTable.Key(periodValue, direction, quadClass), goldstein, mentions);
        RowsKept++;
        return end + 1;
    }

    private static bool StartsWith(byte[] buffer, int at, byte[] prefix) => buffer.AsSpan(at, prefix.Length).SequenceEqual(prefix);

    private static bool TryQuadClass(byte[] buffer, int at, out int quadClass)
    {
        quadClass = buffer[at] - '0';
        return quadClass is >= 1 and <= 4 && buffer[at + 1] == '\t';
    }

    private bool TryPeriod(byte[] buffer, int at, out int period)
    {
        period = 0;
        for (var i = 0; i < _periodDigits; i++)
        {
            var digit = buffer[at + i] - '0';
            if ((uint)digit > 9)
                return false;
            period = period * 10 + digit;
        }
        return buffer[at + _periodDigits] == '\t';
    }

    /// <summary>Records a bad row; returns whether the scan goes on (a lenient scan) or stops.</summary>
    private bool Reject(byte[] buffer, int row, long bufferOffset)
    {
        var fault = Diagnose(buffer, row, bufferOffset + row);
        Fault ??= fault;
        if (!_lenient)
            return false;
        Skipped[fault.Field] = Skipped.GetValueOrDefault(fault.Field) + 1;
        return true;
    }

    /// <summary>Works out, slowly and only for a bad row, which column is at fault and why.</summary>
    private ScanFault Diagnose(byte[] buffer, int row, long offset)
    {
        var end = buffer.AsSpan(row).IndexOf((byte)'\n') + row;
        var fields = Encoding.UTF8.GetString(buffer, row, end - row).TrimEnd('\r').Split('\t');
        string? Field(int column) => column < fields.Length ? fields[column] : null;
        ScanFault Short(string name) => new(offset, name,
            $"the row ends after {fields.Length} fields; a GDELT event row has 57 or 58 (1.0) or 61 (2.0)");
        ScanFault Bad(string name, string value, string expected) => new(offset, name, $"'{Shorten(value)}' is not {expected}");

        if (Field(Actor2Column) is null)
            return Short(Field(Actor1Column) is null ? "Actor1CountryCode" : "Actor2CountryCode");
        if (Field(QuadClassColumn + 2) is null)
            return Short(Field(QuadClassColumn) is null ? "QuadClass" : Field(QuadClassColumn + 1) is null ? "GoldsteinScale" : "NumMentions");
        var quad = fields[QuadClassColumn];
        if (quad is not ("1" or "2" or "3" or "4"))
            return Bad("QuadClass", quad, "a QuadClass (1-4)");
        var goldstein = fields[QuadClassColumn + 1];
        if (!ScaledDecimal.TryParseMillionths(Encoding.ASCII.GetBytes(goldstein + "\t"), 0, out _, out _))
            return Bad("GoldsteinScale", goldstein, "a decimal number with at most 6 decimals (e.g. -2.0)");
        var mentions = fields[QuadClassColumn + 2];
        if (!ScaledDecimal.TryParseCount(Encoding.ASCII.GetBytes(mentions + "\t"), 0, out _))
            return Bad("NumMentions", mentions, "a non-negative integer");
        var period = fields[_periodColumn];
        return Bad(_periodName, period, $"{_periodDigits} digits (the {_periodName} column)");
    }

    private static string Shorten(string value) => value.Length <= 40 ? value : value[..37] + "...";
}
