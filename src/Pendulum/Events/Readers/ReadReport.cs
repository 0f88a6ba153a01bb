namespace Pendulum.Events.Readers;

/// <summary>A row a lenient read skipped, and why.</summary>
/// <param name="Line">1-based line number where the row starts.</param>
/// <param name="Field">The field at fault, when one is.</param>
/// <param name="Reason">Why the row was skipped.</param>
public sealed record SkippedRow(long Line, string? Field, string Reason)
{
    public override string ToString() => Field is null ? $"line {Line}: {Reason}" : $"line {Line}: {Field}: {Reason}";
}

/// <summary>What a reader saw in one file. Filled in while reading; complete once the events are consumed.</summary>
public sealed class ReadReport
{
    private readonly List<SkippedRow> _skipped = [];
    private readonly int _detailLimit;

    internal ReadReport(string file, int detailLimit)
    {
        File = file;
        _detailLimit = detailLimit;
    }

    /// <summary>The file read.</summary>
    public string File { get; }

    /// <summary>The reader that was used.</summary>
    public EventFormat Format { get; internal set; }

    /// <summary>What the reader detected, e.g. <c>GDELT 2.0 (61 columns)</c>.</summary>
    public string FormatDetail { get; internal set; } = "";

    /// <summary>Data rows seen (header excluded).</summary>
    public long RowsRead { get; internal set; }

    /// <summary>Rows turned into events.</summary>
    public long RowsKept { get; internal set; }

    /// <summary>Rows left out by the actor filter.</summary>
    public long RowsFilteredOut { get; internal set; }

    /// <summary>Pendulum CSV rows marked <c>unchecked</c> that <see cref="EventReaderOptions.CheckedOnly"/> left out.</summary>
    public long RowsUnchecked { get; internal set; }

    /// <summary>Bad rows skipped (lenient mode only; strict mode stops at the first).</summary>
    public long RowsSkipped { get; internal set; }

    /// <summary>Rows of R's <c>NA</c> placeholders (every field <c>NA</c>): reported, never stored, not an error.</summary>
    public long NaRows { get; internal set; }

    /// <summary>CAMEO event codes whose lost leading zeros were restored (<c>42</c> -> <c>042</c>, <c>311</c> -> <c>0311</c>).</summary>
    public long CodesRepaired { get; internal set; }

    /// <summary>Of <see cref="CodesRepaired"/>, three-digit codes that had been written with two digits.</summary>
    public long CodesRepairedToThreeDigits { get; internal set; }

    /// <summary>Of <see cref="CodesRepaired"/>, four-digit codes that had been written with three digits.</summary>
    public long CodesRepairedToFourDigits { get; internal set; }

    /// <summary>Dates written in exponent form (<c>2.0180105e+13</c>) that were read.</summary>
    public long ExponentDates { get; internal set; }

    /// <summary>The first skipped rows (up to the detail limit, 10 by default), in file order.</summary>
    public IReadOnlyList<SkippedRow> Skipped => _skipped;

    internal void AddSkipped(SkippedRow row)
    {
        RowsSkipped++;
        if (_skipped.Count < _detailLimit)
            _skipped.Add(row);
    }
}
